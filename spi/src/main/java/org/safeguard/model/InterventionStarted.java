package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** An intervention was mobilised. */
@Value.Immutable
@ModelStyle
public abstract class InterventionStarted implements CaseEvent {
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

  public static InterventionStarted of(String caseId, long revision, Intervention intervention) {
    return ImmutableInterventionStarted.of(caseId, revision, intervention);
  }
}
