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
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.outcome.Rate;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;

/**
 * What a MARAC coordinator reports of its meetings on a day: attendance by agency across the
 * meetings held by then, and each agency's actions still outstanding and overdue. Counts only;
 * reports made on the same day {@link #merge merge} into the report of their meetings together.
 * Immutable and thread-safe.
 */
public final class MeetingReport {
  private static final int AGENCIES = Agency.values().length;
  /** Per agency: meetings invited to with attendance recorded, attended, invited with none recorded, actions open, overdue. */
  private static final int INVITED = 0;
  private static final int ATTENDED = 1;
  private static final int NOT_RECORDED = 2;
  private static final int OPEN = 3;
  private static final int OVERDUE = 4;
  private static final int SLOTS = 5;
  private static final int MEETINGS = AGENCIES * SLOTS;
  private static final int HEARD = MEETINGS + 1;
  private static final int ACTIONS = HEARD + 1;
  private static final int SIZE = ACTIONS + 1;

  private final LocalDate asOf;
  private final long[] counts;

  private MeetingReport(LocalDate asOf, long[] counts) {
    this.asOf = asOf;
    this.counts = counts;
  }

  /**
   * The report of a set of meetings on a day: the meetings held by then count, later ones do not.
   *
   * @param meetings the meetings, each once
   * @param asOf the day of the report
   * @return the report
   */
  public static MeetingReport of(Iterable<MaracMeeting> meetings, LocalDate asOf) {
    MissingValueException.requireElements("meetings", meetings);
    RecordDates.require("asOf", asOf);
    long[] counts = new long[SIZE];
    for (MaracMeeting m : meetings) {
      if (m.on().isAfter(asOf)) {
        continue;
      }
      counts[MEETINGS]++;
      counts[HEARD] += m.heard().size();
      counts[ACTIONS] += m.actions().size();
      for (Agency agency : m.invited()) {
        int at = agency.ordinal() * SLOTS;
        if (m.attendanceRecorded()) {
          counts[at + INVITED]++;
          counts[at + ATTENDED] += m.attended().contains(agency) ? 1 : 0;
        } else {
          counts[at + NOT_RECORDED]++;
        }
      }
      for (MaracAction a : m.actions()) {
        int at = a.owner().ordinal() * SLOTS;
        counts[at + OPEN] += a.openOn(asOf) ? 1 : 0;
        counts[at + OVERDUE] += a.overdueOn(asOf) ? 1 : 0;
      }
    }
    return new MeetingReport(asOf, counts);
  }

  /**
   * This report and another made on the same day together.
   *
   * @param other the other report
   * @return the report of the meetings of both
   * @throws InvalidInputException when the two were made on different days
   */
  public MeetingReport merge(MeetingReport other) {
    MissingValueException.require("other", other);
    if (!other.asOf.equals(asOf)) {
      throw new InvalidInputException("other", other.asOf, "merges only with a report made on the same day, " + asOf);
    }
    long[] sum = counts.clone();
    for (int i = 0; i < SIZE; i++) {
      sum[i] = Math.addExact(sum[i], other.counts[i]);
    }
    return new MeetingReport(asOf, sum);
  }

  /**
   * The day of the report.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The meetings held by the day.
   *
   * @return the number of meetings
   */
  public long meetings() {
    return counts[MEETINGS];
  }

  /**
   * The cases heard at them.
   *
   * @return the number of hearings
   */
  public long casesHeard() {
    return counts[HEARD];
  }

  /**
   * The actions agreed at them.
   *
   * @return the number of actions
   */
  public long actionsAgreed() {
    return counts[ACTIONS];
  }

  /**
   * An agency's attendance: the meetings it attended of those it was invited to.
   *
   * @param agency the agency
   * @return meetings attended over meetings invited to with attendance recorded; left out, those
   *     with no attendance recorded
   */
  public Rate attendance(Agency agency) {
    MissingValueException.require("agency", agency);
    int at = agency.ordinal() * SLOTS;
    return Rate.of(counts[at + ATTENDED], counts[at + INVITED], counts[at + NOT_RECORDED], "attendance not recorded");
  }

  /**
   * An agency's actions still open on the day.
   *
   * @param agency the owning agency
   * @return the number outstanding
   */
  public long outstanding(Agency agency) {
    MissingValueException.require("agency", agency);
    return counts[agency.ordinal() * SLOTS + OPEN];
  }

  /**
   * An agency's overdue actions: still open on the day and due before it.
   *
   * @param agency the owning agency
   * @return overdue over outstanding
   */
  public Rate overdue(Agency agency) {
    MissingValueException.require("agency", agency);
    int at = agency.ordinal() * SLOTS;
    return Rate.of(counts[at + OVERDUE], counts[at + OPEN], 0, "");
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MeetingReport r && asOf.equals(r.asOf) && Arrays.equals(counts, r.counts);
  }

  @Override
  public int hashCode() {
    return asOf.hashCode() * 31 + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "MeetingReport[" + meetings() + " meetings to " + asOf + "]";
  }
}
