package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** An intervention was mobilised. */
@Value.Immutable
@ModelStyle
public abstract non-sealed class InterventionStarted implements CaseEvent {
  @Override
  @Value.Parameter
  public abstract String caseId();

  @Override
  @Value.Parameter
  public abstract long revision();

  @Value.Parameter
  public abstract Intervention intervention();

  @Override
  public LocalDate on() {
    return intervention().start();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.INTERVENTION_STARTED;
  }

  public static InterventionStarted of(String caseId, long revision, Intervention intervention) {
    return ImmutableInterventionStarted.of(caseId, revision, intervention);
  }
}
