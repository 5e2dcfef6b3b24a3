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
package org.safeguard.model;

import java.time.LocalDate;

/**
 * The dates a record may carry: from {@value #EARLIEST_YEAR}-01-01 to {@value #LATEST_YEAR}-12-31.
 * A date outside that range is a typing or conversion slip (a year of 0, or {@link LocalDate#MAX}
 * standing for "none"), and refusing it at the edge keeps every date sum the engine does, such as
 * a twelve-month repeat window, inside the calendar.
 */
public final class RecordDates {
  /** The first year a record may be dated in. */
  public static final int EARLIEST_YEAR = 1900;
  /** The last year a record may be dated in. */
  public static final int LATEST_YEAR = 2199;
  /** The first date a record may carry. */
  public static final LocalDate EARLIEST = LocalDate.of(EARLIEST_YEAR, 1, 1);
  /** The last date a record may carry. */
  public static final LocalDate LATEST = LocalDate.of(LATEST_YEAR, 12, 31);

  private RecordDates() {}

  /**
   * Returns the date, or throws naming the field when it is null or outside the range.
   *
   * @param field the name of the field or parameter, as the caller knows it
   * @param date the date to check
   * @return the date, unchanged
   * @throws MissingValueException when the date is null
   * @throws InvalidInputException when the date is before {@link #EARLIEST} or after {@link #LATEST}
   */
  public static LocalDate require(String field, LocalDate date) {
    InvalidInputException.requireFieldName(field);
    MissingValueException.require(field, date);
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new InvalidInputException(field, date, "a record's date is from " + EARLIEST + " to " + LATEST);
    }
    return date;
  }
}
