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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.model.InvalidInputException;

/** Counts of aggregate cells: exact, or suppressed below a small-cell threshold, written and read back. */
class CountTest {
  @Property
  void aCountIsWrittenAndReadBackExactOrSuppressed(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long n,
      @ForAll @IntRange(min = 1, max = Count.MAX_THRESHOLD) int threshold) {
    Count exact = Count.of(n);
    assertEquals(exact, Count.parse("f", exact.toString()));
    Count shown = exact.suppressedBelow(threshold);
    assertEquals(shown, Count.parse("f", shown.toString()));
    assertEquals(n > 0 && n < threshold, shown.suppressed());
    assertEquals(shown, shown.suppressedBelow(threshold), "suppressing is idempotent");
    if (!shown.suppressed()) {
      assertSame(exact, shown);
    }
  }

  /** A suppressed count under a later threshold says no more than the wider of the two: {@code <2} (the count is 1) never passes a threshold of 5. */
  @Property
  void aSuppressedCountIsSuppressedBelowTheWiderOfTheTwoThresholds(@ForAll @IntRange(min = 2, max = Count.MAX_THRESHOLD) int first,
      @ForAll @IntRange(min = 1, max = Count.MAX_THRESHOLD) int later) {
    Count suppressed = Count.fewerThan(first);
    assertEquals("<" + first, suppressed.toString());
    Count shown = suppressed.suppressedBelow(later);
    assertTrue(shown.suppressed());
    assertEquals(Math.max(first, later), shown.threshold());
  }

  @Test
  void zeroIsNeverSuppressedAndTheThresholdItselfIsShown() {
    assertEquals("0", Count.of(0).suppressedBelow(5).toString());
    assertEquals("<5", Count.of(1).suppressedBelow(5).toString());
    assertEquals("<5", Count.of(4).suppressedBelow(5).toString());
    assertEquals("5", Count.of(5).suppressedBelow(5).toString());
    assertEquals("3", Count.of(3).suppressedBelow(1).toString());
  }

  @Test
  void aWithheldCountIsWrittenAsConfidentialAndStaysWithheld() {
    Count withheld = Count.withheld();
    assertEquals("[c]", withheld.toString());
    assertTrue(withheld.suppressed() && withheld.isWithheld());
    assertSame(withheld, Count.parse("f", "[c]"));
    assertSame(withheld, withheld.suppressedBelow(5));
    assertThrows(IllegalStateException.class, withheld::value);
    assertThrows(IllegalStateException.class, withheld::threshold);
    assertFalse(Count.fewerThan(5).isWithheld());
    assertFalse(Count.of(5).isWithheld());
  }

  @Test
  void aSuppressedCountHasNoValueAndAnExactOneNoThreshold() {
    assertThrows(IllegalStateException.class, () -> Count.fewerThan(5).value());
    assertThrows(IllegalStateException.class, () -> Count.of(5).threshold());
    assertFalse(Count.of(7).equals(Count.fewerThan(7)));
    assertTrue(Count.of(7).equals(Count.of(7)));
  }

  @Test
  void badCountsAndThresholdsAreRefusedNamingTheRule() {
    InvalidInputException negative = assertThrows(InvalidInputException.class, () -> Count.of(-1));
    assertEquals("count", negative.field());
    assertThrows(InvalidInputException.class, () -> Count.fewerThan(1));
    assertThrows(InvalidInputException.class, () -> Count.fewerThan(Count.MAX_THRESHOLD + 1));
    InvalidInputException threshold = assertThrows(InvalidInputException.class, () -> Count.of(3).suppressedBelow(0));
    assertEquals("threshold", threshold.field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "<", "-1", "<1", "<05", "<1001", "1.5", "12a", " 3", "<5 ", "99999999999999999999", "five", "[C]", "[c]x"})
  void anythingButACountIsRefusedWithoutEchoingIt(String text) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Count.parse("cohort-report.cases", text));
    assertEquals("cohort-report.cases", e.field());
    assertFalse(text.length() > 1 && e.getMessage().contains(text), e.getMessage());
  }
}
