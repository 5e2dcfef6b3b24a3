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
import java.time.Period;

/**
 * The windows around a perpetrator's work that re-appearance at MARAC and police incidents are
 * counted in (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019: "during",
 * "6 months post", "12 months post" and "more than 12 months post", and for police data the six
 * months before). The work runs from its first day to its last; the windows meet without gap or
 * overlap, so a day falls in one window only. The MARAC that referred the perpetrator is not a
 * re-appearance, and {@link FollowUpReport} leaves it out of every window.
 */
public enum FollowUpWindow {
  /** The six months before the work: from six months before the start to the day before it. */
  BEFORE_6_MONTHS,
  /** During the work: from its first day to its last. */
  DURING,
  /** Up to six months after: from the day after the end to six months after it. */
  POST_6_MONTHS,
  /** Six to twelve months after. */
  POST_12_MONTHS,
  /** More than twelve months after, for as long as the data run. */
  AFTER_12_MONTHS;

  /**
   * Whether a day falls in this window of a piece of work.
   *
   * @param day the day
   * @param start the work's first day
   * @param end the work's last day
   * @return true when the day is in the window
   */
  boolean contains(LocalDate day, LocalDate start, LocalDate end) {
    return switch (this) {
      case BEFORE_6_MONTHS -> !day.isBefore(start.minus(Period.ofMonths(6))) && day.isBefore(start);
      case DURING -> !day.isBefore(start) && !day.isAfter(end);
      case POST_6_MONTHS -> day.isAfter(end) && !day.isAfter(end.plusMonths(6));
      case POST_12_MONTHS -> day.isAfter(end.plusMonths(6)) && !day.isAfter(end.plusMonths(12));
      case AFTER_12_MONTHS -> day.isAfter(end.plusMonths(12));
    };
  }

  /**
   * Whether data covering some days cover this window of a piece of work: every day of it, or for
   * the open-ended last window, at least its first day.
   */
  boolean coveredBy(DataCoverage coverage, LocalDate start, LocalDate end) {
    LocalDate first = switch (this) {
      case BEFORE_6_MONTHS -> start.minus(Period.ofMonths(6));
      case DURING -> start;
      case POST_6_MONTHS -> end.plusDays(1);
      case POST_12_MONTHS -> end.plusMonths(6).plusDays(1);
      case AFTER_12_MONTHS -> end.plusMonths(12).plusDays(1);
    };
    LocalDate last = switch (this) {
      case BEFORE_6_MONTHS -> start.minusDays(1);
      case DURING -> end;
      case POST_6_MONTHS -> end.plusMonths(6);
      case POST_12_MONTHS -> end.plusMonths(12);
      case AFTER_12_MONTHS -> first;
    };
    return !coverage.from().isAfter(first) && !coverage.until().isBefore(last);
  }
}
