package org.safeguard.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/** One version of a case's safety plan. Plans are revised, never edited: every version is kept. */
@Value.Immutable
@ModelStyle
public abstract class SafetyPlan {
  /** 1 for the first plan, then one more for each revision. */
  public abstract int version();

  public abstract LocalDate revisedOn();

  public abstract List<SafetyAction> actions();

  public static ImmutableSafetyPlan.Builder builder() {
    return ImmutableSafetyPlan.builder();
  }

  @Value.Check
  protected void check() {
    if (version() < 1) {
      throw new InvalidInputException("safetyPlan.version", version(), "versions start at 1");
    }
    Set<String> ids = new HashSet<>();
    for (SafetyAction action : actions()) {
      if (!ids.add(action.id())) {
        throw new InvalidInputException("safetyPlan.actions", action.id(), "action ids are unique within a plan");
      }
    }
  }
}
