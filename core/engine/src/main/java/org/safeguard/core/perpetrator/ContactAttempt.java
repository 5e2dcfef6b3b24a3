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
 * An attempt to contact the perpetrator (the first letter, a call, a visit) and whether it made
 * contact.
 *
 * @param on the day of the attempt
 * @param made whether contact was made
 */
public record ContactAttempt(LocalDate on, boolean made) {
  /**
   * Checks the date.
   *
   * @param on the day of the attempt
   * @param made whether contact was made
   * @throws org.safeguard.model.InvalidInputException when the date is missing or out of range
   */
  public ContactAttempt {
    RecordDates.require("contactAttempt.on", on);
  }

  /**
   * An attempt that made contact.
   *
   * @param on the day of the attempt
   * @return the attempt
   * @throws org.safeguard.model.InvalidInputException when the date is missing or out of range
   */
  public static ContactAttempt succeeded(LocalDate on) {
    return new ContactAttempt(on, true);
  }

  /**
   * An attempt that did not make contact (no answer, a letter unanswered).
   *
   * @param on the day of the attempt
   * @return the attempt
   * @throws org.safeguard.model.InvalidInputException when the date is missing or out of range
   */
  public static ContactAttempt failed(LocalDate on) {
    return new ContactAttempt(on, false);
  }
}
