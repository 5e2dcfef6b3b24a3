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
package org.safeguard.core.perpetrator;

import java.time.LocalDate;
import org.safeguard.model.RecordDates;

/**
 * A police incident involving the perpetrator, from the police's records: the day, whether it was
 * flagged domestic-abuse related, and whether it was recorded as a crime.
 *
 * @param on the day of the incident
 * @param domesticAbuse whether it was flagged as domestic-abuse related
 * @param crimed whether it was recorded as a crime
 */
public record PoliceIncident(LocalDate on, boolean domesticAbuse, boolean crimed) {
  /**
   * Checks the day.
   *
   * @param on the day
   * @param domesticAbuse whether domestic-abuse related
   * @param crimed whether crimed
   * @throws org.safeguard.model.InvalidInputException when the day is missing or out of range
   */
  public PoliceIncident {
    RecordDates.require("incident.on", on);
  }

  /**
   * Whether the incident falls in a class (a name Kotlin calls as written, where {@code is} is a keyword).
   *
   * @param incidentClass the class
   * @return true when it falls in it
   */
  public boolean fallsIn(IncidentClass incidentClass) {
    return switch (org.safeguard.model.MissingValueException.require("incidentClass", incidentClass)) {
      case DOMESTIC_ABUSE -> domesticAbuse;
      case DOMESTIC_ABUSE_CRIMED -> domesticAbuse && crimed;
      case OTHER -> !domesticAbuse;
      case OTHER_CRIMED -> !domesticAbuse && crimed;
    };
  }
}
