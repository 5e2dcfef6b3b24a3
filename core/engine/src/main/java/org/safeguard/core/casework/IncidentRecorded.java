/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
