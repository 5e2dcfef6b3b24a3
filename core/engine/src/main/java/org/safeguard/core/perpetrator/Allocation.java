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
import org.safeguard.model.StableId;

/**
 * The case manager a perpetrator case is allocated to, and from when.
 *
 * @param caseManagerId the case manager's staff id: letters, digits and {@code .-_:}, at most 64
 * @param on the day of allocation
 */
public record Allocation(String caseManagerId, LocalDate on) {
  /**
   * Checks the parts.
   *
   * @param caseManagerId the case manager's staff id
   * @param on the day of allocation
   * @throws org.safeguard.model.MissingValueException when a part is null
   * @throws org.safeguard.model.InvalidInputException when the id is not a reference or the date is out of range
   */
  public Allocation {
    StableId.requireReference("caseManagerId", caseManagerId);
    RecordDates.require("allocation.on", on);
  }
}
