package org.safeguard.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One intervention mobilised for a case: which kind, when it started and ended, and how it turned out. */
@Value.Immutable
@ModelStyle
public abstract class Intervention {
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

  public static ImmutableIntervention.Builder builder() {
    return ImmutableIntervention.builder();
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
