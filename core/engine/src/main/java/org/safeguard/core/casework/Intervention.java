package org.safeguard.core.casework;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.model.InvalidInputException;

/** One intervention mobilised for a case: which kind, when it started and ended, and how it turned out. */
@Value.Immutable
@ValueStyle
public abstract class Intervention {
  /** Only the generated implementation in this package extends it. */
  Intervention() {}

  /** Unique within the case. */
  public abstract String id();

  /** The id of an intervention kind in the catalogue. */
  public abstract String kind();

  public abstract LocalDate start();

  public abstract Optional<LocalDate> end();

  @Value.Default
  public InterventionResult result() {
    return InterventionResult.ONGOING;
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Intervention}; building runs its checks. */
  public static final class Builder extends ImmutableIntervention.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    if (end().isPresent() && end().get().isBefore(start())) {
      throw new InvalidInputException("intervention.end", end().get(), "an intervention cannot end before it starts on " + start());
    }
    if (end().isPresent() == (result() == InterventionResult.ONGOING)) {
      throw new InvalidInputException("intervention.result", result(), "an ended intervention has a result, and only an ongoing one has no end");
    }
  }
}
