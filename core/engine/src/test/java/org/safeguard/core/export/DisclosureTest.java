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
package org.safeguard.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.export.Disclosure.Cell;
import org.safeguard.export.Count;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;

/**
 * The suppression routine's rules one at a time, on cells declared by hand rather than through a
 * record's own rule set, so that each test's numbers make exactly one rule matter. The cells are
 * the six top counts of MARAC return records, used only as places to hold numbers.
 */
class DisclosureTest {
  private static final List<String> FIELDS = List.of("casesHeard", "referrals", "accepted", "rejected", "transferred", "children");
  private static final int THRESHOLD = 5;

  /** A record holding up to six counts, in the order of {@link #FIELDS}. */
  private static ExportRecord holding(long... counts) {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.MARAC_RETURN).set("from", ExportDate.of(LocalDate.of(2026, 1, 1)))
        .set("to", ExportDate.of(LocalDate.of(2026, 3, 31))).set("maracIds", "M-1").set("adultWomen", 100_000L);
    for (int i = 0; i < counts.length; i++) {
      b.set(FIELDS.get(i), Count.of(counts[i]));
    }
    return b.build();
  }

  /** The cells of a record, one per count it holds. */
  private static Cell[] cells(Disclosure d, ExportRecord r, int n) {
    Cell[] c = new Cell[n];
    for (int i = 0; i < n; i++) {
      c[i] = d.cell(r, FIELDS.get(i));
    }
    return c;
  }

  /**
   * A group settled later can withhold a part of a group settled earlier; the rules are applied
   * again until nothing more is hidden. Here 20 + 30 = 50 is declared first and 2 + 30 = 32 after:
   * the small 2 withholds the 30, and only on a second round does 50 - 30 withhold the 20.
   */
  @Test
  void theRulesAreAppliedAgainUntilNothingMoreIsHidden() {
    Disclosure d = new Disclosure();
    Cell[] c = cells(d, holding(20, 30, 50, 2, 32), 5);
    d.group(List.of(c[0], c[1]), c[2]);
    d.group(List.of(c[3], c[1]), c[4]);
    d.settle(THRESHOLD);
    assertEquals(List.of(true, true, false, true, false), hidden(d, c), "20, 30 and 2 hidden; the totals shown");
  }

  /**
   * A hidden total whose parts are all shown has its smallest part above zero withheld, and then,
   * with a part and the total hidden, nothing more. The total 50 is hidden as the same count as a
   * 50 withheld in another group (2 + 50 = 52).
   */
  @Test
  void aHiddenTotalWithAllItsPartsShownWithholdsItsSmallestPartAndNoMore() {
    Disclosure d = new Disclosure();
    Cell[] c = cells(d, holding(20, 30, 50, 2, 50, 52), 6);
    d.group(List.of(c[0], c[1]), c[2]);
    d.group(List.of(c[3], c[4]), c[5]);
    d.same(c[2], c[4]);
    d.settle(THRESHOLD);
    assertEquals(List.of(true, false, true, true, true, false), hidden(d, c),
        "the 20 withheld for the total hidden; the 30 shown, since 50 - 20 cannot be worked out");
  }

  /** A part of zero is never the one withheld: beside a small 2, the 40 is withheld, not the 0. */
  @Test
  void zeroIsPassedOverWhenAPartIsWithheld() {
    Disclosure d = new Disclosure();
    Cell[] c = cells(d, holding(2, 0, 40, 42), 4);
    d.group(List.of(c[0], c[1], c[2]), c[3]);
    d.settle(THRESHOLD);
    assertEquals(List.of(true, false, true, false), hidden(d, c));
  }

  /**
   * The total is withheld only when no part is left to withhold, even when it is smaller than the
   * parts (a group whose parts do not add up to it: a case counted in more than one band).
   */
  @Test
  void aPartIsWithheldRatherThanTheTotalEvenWhenTheTotalIsSmaller() {
    Disclosure d = new Disclosure();
    Cell[] c = cells(d, holding(2, 30, 40, 20), 4);
    d.group(List.of(c[0], c[1], c[2]), c[3]);
    d.settle(THRESHOLD);
    assertEquals(List.of(true, true, false, false), hidden(d, c), "the 30 withheld, the 20 total shown");
  }

  /**
   * A total hidden whose parts are all zero has nothing left to withhold, and settling ends: hiding
   * what is hidden already changes nothing.
   */
  @Test
  void settlingEndsWhenAHiddenTotalHasNoPartAboveZero() {
    Disclosure d = new Disclosure();
    Cell[] c = cells(d, holding(0, 0, 3), 3);
    d.group(List.of(c[0], c[1]), c[2]);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> d.settle(THRESHOLD), "settling must end");
    assertEquals(List.of(false, false, true), hidden(d, c));
  }

  /** Declaring two cells the same count again, either way round, or a cell the same as itself, is one count still. */
  @Test
  void theSameCountDeclaredTwiceIsStillOneCount() {
    Disclosure d = new Disclosure();
    Cell[] c = cells(d, holding(3, 3, 3), 3);
    d.same(c[0], c[1]);
    d.same(c[1], c[0]);
    d.same(c[0], c[0]);
    d.same(c[2], c[1]);
    assertEquals(3, c[0].same.size());
    assertEquals(c[0].same, c[2].same);
    d.settle(THRESHOLD);
    assertEquals(List.of(true, true, true), hidden(d, c));
  }

  private static List<Boolean> hidden(Disclosure d, Cell[] c) {
    return java.util.Arrays.stream(c).map(d::isHidden).toList();
  }
}
