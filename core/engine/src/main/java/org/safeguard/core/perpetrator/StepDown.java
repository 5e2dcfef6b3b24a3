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
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RecordDates;

/**
 * A step-down after the active work: check-ins (a monthly call, say) over a period, to give a late
 * engager more time or to consolidate change.
 *
 * @param from the first day of the step-down
 * @param until the last day
 */
public record StepDown(LocalDate from, LocalDate until) {
  /**
   * Checks the dates.
   *
   * @param from the first day
   * @param until the last day, not before the first
   * @throws InvalidInputException when a date is missing, out of range, or the last is before the first
   */
  public StepDown {
    RecordDates.require("stepDown.from", from);
    RecordDates.require("stepDown.until", until);
    if (until.isBefore(from)) {
      throw new InvalidInputException("stepDown.until", until, "is not before the step-down's first day, " + from);
    }
  }
}
