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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/** Dates to the day or the month, and ages exact or banded, as exports write and read them. */
class ExportValuesTest {
  @Test
  void aDayIsWrittenInIsoFormAndReadBack() {
    ExportDate day = ExportDate.of(LocalDate.of(2026, 3, 4));
    assertEquals("2026-03-04", day.toString());
    assertFalse(day.monthOnly());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 4)), day.day());
    assertEquals(YearMonth.of(2026, 3), day.yearMonth());
    assertEquals(day, ExportDate.parse("f", "2026-03-04"));
    assertEquals(List.of(2026, 3, 4), List.of(day.year(), day.month(), day.dayOfMonth().getAsInt()));
    assertEquals(OptionalInt.empty(), day.toMonth().dayOfMonth());
    assertEquals(3, day.toMonth().month());
  }

  @Test
  void aMonthHasNoDayAndIsWrittenYearAndMonth() {
    ExportDate month = ExportDate.of(LocalDate.of(1999, 12, 31)).toMonth();
    assertEquals("1999-12", month.toString());
    assertTrue(month.monthOnly());
    assertEquals(Optional.empty(), month.day());
    assertEquals(ExportDate.ofMonth(YearMonth.of(1999, 12)), month);
    assertEquals(month, month.toMonth());
    assertEquals(month, ExportDate.parse("f", "1999-12"));
    assertNotEquals(month, ExportDate.of(LocalDate.of(1999, 12, 1)));
  }

  @Test
  void aMonthSortsBeforeTheDaysItCoversAndDaysSortInOrder() {
    ExportDate month = ExportDate.ofMonth(YearMonth.of(2026, 3));
    ExportDate first = ExportDate.of(LocalDate.of(2026, 3, 1));
    ExportDate second = ExportDate.of(LocalDate.of(2026, 3, 2));
    assertTrue(month.compareTo(first) < 0);
    assertTrue(first.compareTo(second) < 0);
    assertTrue(second.compareTo(ExportDate.of(LocalDate.of(2026, 4, 1))) < 0);
    assertTrue(ExportDate.of(LocalDate.of(2025, 12, 31)).compareTo(month) < 0);
    assertEquals(0, first.compareTo(ExportDate.of(LocalDate.of(2026, 3, 1))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2026", "2026-3", "2026-13", "2026-02-30", "26-03-04", "2026/03/04", "1899-12", "2200-01-01", "2026-03-04T10"})
  void anythingButADayOrAMonthIsRefusedWithoutEchoingIt(String text) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExportDate.parse("case.openedOn", text));
    assertEquals("case.openedOn", e.field());
    assertFalse(!text.isEmpty() && e.getMessage().contains(text), e.getMessage());
  }

  @Test
  void datesOutsideTheYearsARecordMayCarryAreRefusedWithoutShowingThem() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExportDate.of(LocalDate.of(1899, 12, 31)));
    assertFalse(e.getMessage().contains("1899-12-31"), e.getMessage());
    assertEquals("date", e.field());
    ExportDate.of(LocalDate.of(1900, 1, 1));
    ExportDate.of(LocalDate.of(2199, 12, 31));
    assertThrows(InvalidInputException.class, () -> ExportDate.of(LocalDate.of(2200, 1, 1)));
    assertThrows(InvalidInputException.class, () -> ExportDate.ofMonth(YearMonth.of(1899, 12)));
    assertThrows(InvalidInputException.class, () -> ExportDate.ofMonth(YearMonth.of(2200, 1)));
    assertThrows(MissingValueException.class, () -> ExportDate.parse("f", null));
  }

  @Property
  void everyDayAndItsMonthReadBackAsWritten(@ForAll @IntRange(min = 0, max = 109_000) int offset) {
    ExportDate day = ExportDate.of(LocalDate.of(1900, 1, 1).plusDays(offset));
    assertEquals(day, ExportDate.parse("f", day.toString()));
    assertEquals(day.toMonth(), ExportDate.parse("f", day.toMonth().toString()));
    assertEquals(day.yearMonth(), day.toMonth().yearMonth());
    assertEquals(day.hashCode(), ExportDate.parse("f", day.toString()).hashCode());
  }

  @Test
  void theResearchBandsFollowTheMaracAgesThenTenYears() {
    assertEquals("0-15", AgeRange.band(0).toString());
    assertEquals("0-15", AgeRange.band(15).toString());
    assertEquals("16-17", AgeRange.band(16).toString());
    assertEquals("16-17", AgeRange.band(17).toString());
    assertEquals("18-24", AgeRange.band(18).toString());
    assertEquals("18-24", AgeRange.band(24).toString());
    assertEquals("25-34", AgeRange.band(25).toString());
    assertEquals("55-64", AgeRange.band(64).toString());
    assertEquals("65+", AgeRange.band(65).toString());
    assertEquals("65+", AgeRange.band(AgeRange.MAX_AGE).toString());
    assertEquals(OptionalInt.empty(), AgeRange.band(70).high());
    assertEquals(OptionalInt.of(34), AgeRange.band(30).high());
    assertEquals(25, AgeRange.band(30).low());
    assertFalse(AgeRange.band(30).exact());
  }

  @Test
  void anExactAgeIsOneYearWide() {
    AgeRange age = AgeRange.exact(34);
    assertTrue(age.exact());
    assertEquals(34, age.low());
    assertEquals(OptionalInt.of(34), age.high());
    assertEquals("34", age.toString());
    assertEquals(AgeRange.band(34), age.toBand());
    assertEquals(AgeRange.band(34), AgeRange.band(34).toBand());
    assertNotEquals(AgeRange.exact(25), AgeRange.band(25));
  }

  @Property
  void everyAgeFallsInItsBandAndBothReadBack(@ForAll @IntRange(min = 0, max = AgeRange.MAX_AGE) int years) {
    AgeRange band = AgeRange.band(years);
    assertTrue(band.low() <= years && years <= band.high().orElse(AgeRange.MAX_AGE));
    assertEquals(band, AgeRange.parse("f", band.toString()));
    assertEquals(AgeRange.exact(years), AgeRange.parse("f", Integer.toString(years)));
    assertEquals(band.hashCode(), AgeRange.parse("f", band.toString()).hashCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "131", "20-29", "25-35", "64+", "66+", "x", "18-", "+", "1.5"})
  void anythingButAnAgeOrAResearchBandIsRefusedWithoutEchoingIt(String text) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AgeRange.parse("case.victimAge", text));
    assertEquals("case.victimAge", e.field());
    assertFalse(e.getMessage().contains("= " + text + ":"), e.getMessage());
  }

  @Test
  void theYoungestAgeIsExactNotOpen() {
    assertEquals(OptionalInt.of(0), AgeRange.exact(0).high());
    assertEquals("0", AgeRange.exact(0).toString());
    assertTrue(AgeRange.exact(0).exact());
  }

  @Test
  void aMonthIsItsOwnMonth() {
    ExportDate month = ExportDate.ofMonth(YearMonth.of(2026, 3));
    org.junit.jupiter.api.Assertions.assertSame(month, month.toMonth());
  }

  /** Equal values hash alike, and different ones almost never do, so they serve as keys. */
  @Test
  void datesAndAgesHashApart() {
    java.util.Set<Integer> days = new java.util.HashSet<>();
    java.util.Set<Integer> months = new java.util.HashSet<>();
    for (int d = 0; d < 800; d++) {
      ExportDate day = ExportDate.of(LocalDate.of(2025, 1, 1).plusDays(d));
      days.add(day.hashCode());
      months.add(day.toMonth().hashCode());
    }
    assertEquals(800, days.size());
    assertEquals(27, months.size());
    java.util.Set<Integer> ages = new java.util.HashSet<>();
    for (int a = 0; a <= AgeRange.MAX_AGE; a++) {
      ages.add(AgeRange.exact(a).hashCode());
      ages.add(AgeRange.band(a).hashCode());
    }
    assertEquals(AgeRange.MAX_AGE + 1 + 8, ages.size(), "every age and every band");
  }

  @Test
  void agesOutsideZeroToTheOldestAreRefused() {
    assertThrows(InvalidInputException.class, () -> AgeRange.exact(-1));
    assertThrows(InvalidInputException.class, () -> AgeRange.band(AgeRange.MAX_AGE + 1));
  }
}
