package org.safeguard.core.casework;

import java.time.LocalDate;
import org.safeguard.model.MissingValueException;

/**
 * A new version of the safety plan.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param plan the new version of the safety plan
 */
public record SafetyPlanRevised(String caseId, long revision, SafetyPlan plan) implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param plan the new version of the safety plan
   * @throws MissingValueException when a part is null
   */
  public SafetyPlanRevised {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("plan", plan);
  }

  @Override
  public LocalDate on() {
    return plan.revisedOn();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.SAFETY_PLAN_REVISED;
  }
}
