package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** An intervention ended; carries it with its end and result. */
@Value.Immutable
@ModelStyle
public abstract non-sealed class InterventionEnded implements CaseEvent {
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
    return intervention().end().orElseThrow();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.INTERVENTION_ENDED;
  }

  public static InterventionEnded of(String caseId, long revision, Intervention intervention) {
    return ImmutableInterventionEnded.of(caseId, revision, intervention);
  }
}
