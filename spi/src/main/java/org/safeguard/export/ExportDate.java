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
package org.safeguard.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;

/**
 * A date in an export: a day, or under {@link Purpose#RESEARCH} only its month. Written in ISO
 * form, {@code 2026-03-14} or {@code 2026-03}, which FHIR, JSON readers and spreadsheets all read.
 * Years run from {@value RecordDates#EARLIEST_YEAR} to {@value RecordDates#LATEST_YEAR}, as for
 * every date a record may carry.
 */
public final class ExportDate implements Comparable<ExportDate> {
  private final int year;
  private final int month;
  /** 0 when only the month is known. */
  private final int day;

  private ExportDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * A day.
   *
   * @param date the day, within the years a record may carry
   * @return the date
   * @throws InvalidInputException when the year is out of range
   */
  public static ExportDate of(LocalDate date) {
    MissingValueException.require("date", date);
    checkYear("date", date.getYear());
    return new ExportDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * A month, the day not given.
   *
   * @param month the month, within the years a record may carry
   * @return the date
   * @throws InvalidInputException when the year is out of range
   */
  public static ExportDate ofMonth(YearMonth month) {
    MissingValueException.require("month", month);
    checkYear("month", month.getYear());
    return new ExportDate(month.getYear(), month.getMonthValue(), 0);
  }

  /** Refuses a year no record may carry, without showing the date, which may be personal. */
  private static void checkYear(String field, int year) {
    if (year < RecordDates.EARLIEST_YEAR || year > RecordDates.LATEST_YEAR) {
      throw new InvalidInputException(field, "(not shown)", "a record's date is from " + RecordDates.EARLIEST_YEAR + " to "
          + RecordDates.LATEST_YEAR);
    }
  }

  /**
   * Reads the ISO form this class writes: {@code yyyy-MM-dd} or {@code yyyy-MM}.
   *
   * @param field the field the text came from, for the error
   * @param text the text
   * @return the date
   * @throws InvalidInputException naming the field when the text is neither form; the text is not echoed
   */
  public static ExportDate parse(String field, String text) {
    InvalidInputException.requireFieldName(field);
    MissingValueException.require(field, text);
    try {
      if (text.length() == 7) {
        return ofMonth(YearMonth.parse(text));
      }
      if (text.length() == 10) {
        return of(LocalDate.parse(text));
      }
    } catch (DateTimeException | InvalidInputException e) {
      // refused below, under the caller's field name and without the text
    }
    throw new InvalidInputException(field, "(" + text.length() + " characters, not shown)",
        "a date is yyyy-MM-dd, or yyyy-MM for a month, with a year from " + RecordDates.EARLIEST_YEAR + " to " + RecordDates.LATEST_YEAR);
  }

  /**
   * Whether only the month is given.
   *
   * @return true for a month, false for a day
   */
  public boolean monthOnly() {
    return day == 0;
  }

  /**
   * The year.
   *
   * @return the year, {@value RecordDates#EARLIEST_YEAR} to {@value RecordDates#LATEST_YEAR}
   */
  public int year() {
    return year;
  }

  /**
   * The month of the year.
   *
   * @return 1 to 12
   */
  public int month() {
    return month;
  }

  /**
   * The day of the month, when given.
   *
   * @return 1 to 31, empty for a month
   */
  public java.util.OptionalInt dayOfMonth() {
    return day == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(day);
  }

  /** Writes the ISO form from the start of a buffer of ten places and says how many it wrote. */
  private int writeIso(char[] into, int at) {
    digits(into, at, year, 4);
    into[at + 4] = '-';
    digits(into, at + 5, month, 2);
    if (day == 0) {
      return 7;
    }
    into[at + 7] = '-';
    digits(into, at + 8, day, 2);
    return 10;
  }

  /**
   * The month, always known.
   *
   * @return the year and month
   */
  public YearMonth yearMonth() {
    return YearMonth.of(year, month);
  }

  /**
   * The day, when given.
   *
   * @return the day, empty for a month
   */
  public Optional<LocalDate> day() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * The same date to the month.
   *
   * @return this date's month
   */
  public ExportDate toMonth() {
    return day == 0 ? this : new ExportDate(year, month, 0);
  }

  /** Months before days within a month, so that sorting puts a coarse date before the days it covers. */
  @Override
  public int compareTo(ExportDate other) {
    MissingValueException.require("other", other);
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(month, other.month);
    }
    return c != 0 ? c : Integer.compare(day, other.day);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExportDate && ((ExportDate) o).year == year && ((ExportDate) o).month == month && ((ExportDate) o).day == day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /** The ISO form: {@code 2026-03-14}, or {@code 2026-03} for a month. */
  @Override
  public String toString() {
    char[] text = new char[10];
    return new String(text, 0, writeIso(text, 0));
  }

  private static void digits(char[] into, int at, int value, int width) {
    int v = value;
    for (int i = at + width - 1; i >= at; i--) {
      into[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }
}
