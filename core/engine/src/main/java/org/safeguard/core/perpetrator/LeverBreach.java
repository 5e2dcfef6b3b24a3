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
import org.safeguard.model.Agency;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * A breach of a statutory lever: the day and the agency that reported it (often the case manager's
 * own service, acting without relying on the victim to report it).
 *
 * @param leverId the id of the lever breached, on the same case
 * @param on the day of the breach
 * @param reportedBy the agency that reported it
 */
public record LeverBreach(String leverId, LocalDate on, Agency reportedBy) {
  /**
   * Checks the parts.
   *
   * @param leverId the lever's id
   * @param on the day
   * @param reportedBy the agency
   * @throws MissingValueException when a part is null
   * @throws org.safeguard.model.InvalidInputException when the id is not an id or the day is out of range
   */
  public LeverBreach {
    StableId.require("breach.leverId", leverId);
    RecordDates.require("breach.on", on);
    MissingValueException.require("breach.reportedBy", reportedBy);
  }
}
