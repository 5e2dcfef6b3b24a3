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
 * A contact-safety judgement, made from background research before any contact: whether the
 * perpetrator can be contacted without raising the risk to the victim. Contact is attempted only
 * on a day when the judgement in force then (the latest made by that day) says it is safe.
 *
 * @param on the day of the judgement
 * @param safe whether contact was judged safe
 */
public record ContactSafety(LocalDate on, boolean safe) {
  /**
   * Checks the date.
   *
   * @param on the day of the judgement
   * @param safe whether contact was judged safe
   * @throws org.safeguard.model.InvalidInputException when the date is missing or out of range
   */
  public ContactSafety {
    RecordDates.require("contactSafety.on", on);
  }

  /**
   * A judgement that contact is safe.
   *
   * @param on the day of the judgement
   * @return the judgement
   * @throws org.safeguard.model.InvalidInputException when the date is missing or out of range
   */
  public static ContactSafety judgedSafe(LocalDate on) {
    return new ContactSafety(on, true);
  }

  /**
   * A judgement that contact is not safe: no contact is attempted while it is in force.
   *
   * @param on the day of the judgement
   * @return the judgement
   * @throws org.safeguard.model.InvalidInputException when the date is missing or out of range
   */
  public static ContactSafety judgedUnsafe(LocalDate on) {
    return new ContactSafety(on, false);
  }
}
