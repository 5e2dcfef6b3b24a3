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
 * The days a source's data cover for one perpetrator: records from and until. A window outside them
 * is not covered, and a rate over it leaves the perpetrator out rather than counting nothing
 * happened; the Drive evaluation had 12 months after the work for only some of its cohort.
 *
 * @param from the first day the data cover
 * @param until the last day the data cover
 */
public record DataCoverage(LocalDate from, LocalDate until) {
  /**
   * Checks the days.
   *
   * @param from the first day
   * @param until the last day
   * @throws InvalidInputException when a day is missing or out of range, or the data end before they start
   */
  public DataCoverage {
    RecordDates.require("coverage.from", from);
    RecordDates.require("coverage.until", until);
    if (until.isBefore(from)) {
      throw new InvalidInputException("coverage.until", until, "is not before the data start, " + from);
    }
  }

  /**
   * Whether the data cover a day.
   *
   * @param on the day
   * @return true from the first day to the last
   */
  public boolean covers(LocalDate on) {
    RecordDates.require("on", on);
    return !on.isBefore(from) && !on.isAfter(until);
  }
}
