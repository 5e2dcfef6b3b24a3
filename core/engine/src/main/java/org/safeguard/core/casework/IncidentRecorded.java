package org.safeguard.core.casework;

import java.time.LocalDate;
import org.safeguard.core.marac.Incident;
import org.safeguard.model.MissingValueException;

/**
 * An incident reported by any agency.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param incident the incident, as the reporting agency gave it
 */
public record IncidentRecorded(String caseId, long revision, Incident incident) implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param incident the incident, as the reporting agency gave it
   * @throws MissingValueException when a part is null
   */
  public IncidentRecorded {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("incident", incident);
  }

  @Override
  public LocalDate on() {
    return incident.date();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.INCIDENT_RECORDED;
  }
}
