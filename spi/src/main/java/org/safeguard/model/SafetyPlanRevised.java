package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A new version of the safety plan. */
@Value.Immutable
@ModelStyle
public abstract non-sealed class SafetyPlanRevised implements CaseEvent {
  @Override
  @Value.Parameter
  public abstract String caseId();

  @Override
  @Value.Parameter
  public abstract long revision();

  @Value.Parameter
  public abstract SafetyPlan plan();

  @Override
  public LocalDate on() {
    return plan().revisedOn();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.SAFETY_PLAN_REVISED;
  }

  public static SafetyPlanRevised of(String caseId, long revision, SafetyPlan plan) {
    return ImmutableSafetyPlanRevised.of(caseId, revision, plan);
  }
}
