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
 * A perpetrator's appearance at a MARAC, from the MARAC's own records: the day and the victim's case
 * heard. Appearances with different victims make a perpetrator serial; appearances after the work
 * began are re-appearances.
 *
 * @param on the day of the MARAC
 * @param victimCaseId the victim's case id there: letters, digits and {@code .-_:}, at most 64
 */
public record MaracAppearance(LocalDate on, String victimCaseId) {
  /**
   * Checks the parts.
   *
   * @param on the day
   * @param victimCaseId the victim's case id
   * @throws org.safeguard.model.InvalidInputException when a part is missing or out of range
   */
  public MaracAppearance {
    RecordDates.require("marac.on", on);
    StableId.requireReference("marac.victimCaseId", victimCaseId);
  }
}
