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
package org.safeguard.core.marac;

import java.time.LocalDate;
import org.safeguard.model.Agency;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;

/**
 * A "flag and tag": an agency marks its own records so that the next call or contact about the
 * victim is handled as a MARAC case.
 *
 * @param agency the agency whose records carry the flag
 * @param on the day the flag was set
 */
public record Flag(Agency agency, LocalDate on) {
  /**
   * Refuses a missing part or a day out of range, naming it.
   *
   * @param agency the agency whose records carry the flag
   * @param on the day the flag was set
   * @throws org.safeguard.model.InvalidInputException when a part is missing or out of range
   */
  public Flag {
    MissingValueException.require("agency", agency);
    RecordDates.require("on", on);
  }
}
