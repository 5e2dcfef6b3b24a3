package org.safeguard.core.casework;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.core.marac.MaracDecision;

/**
 * What a command returns: the case as it now is, the events that took it there, and, for a MARAC
 * screen, the decision.
 */
@Value.Immutable
@ValueStyle
public abstract class CaseChange {
  /** Only the generated implementation in this package extends it. */
  CaseChange() {}

  public abstract CaseFile caseFile();

  public abstract List<CaseEvent> events();

  public abstract Optional<MaracDecision> maracDecision();

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseChange}; building runs its checks. */
  public static final class Builder extends ImmutableCaseChange.Builder {
    Builder() {}
  }
}
