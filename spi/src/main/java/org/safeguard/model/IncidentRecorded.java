package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** An incident reported by any agency. */
@Value.Immutable
@ModelStyle
public abstract non-sealed class IncidentRecorded implements CaseEvent {
  @Override
  @Value.Parameter
  public abstract String caseId();

  @Override
  @Value.Parameter
  public abstract long revision();

  @Value.Parameter
  public abstract Incident incident();

  @Override
  public LocalDate on() {
    return incident().date();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.INCIDENT_RECORDED;
  }

  public static IncidentRecorded of(String caseId, long revision, Incident incident) {
    return ImmutableIncidentRecorded.of(caseId, revision, incident);
  }
}
