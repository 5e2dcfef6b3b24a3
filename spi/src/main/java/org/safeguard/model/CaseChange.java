package org.safeguard.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a command returns: the case as it now is, the events that took it there, and, for a MARAC
 * screen, the decision.
 */
@Value.Immutable
@ModelStyle
public abstract class CaseChange {
  public abstract CaseFile caseFile();

  public abstract List<CaseEvent> events();

  public abstract Optional<MaracDecision> maracDecision();

  public static ImmutableCaseChange.Builder builder() {
    return ImmutableCaseChange.builder();
  }
}
