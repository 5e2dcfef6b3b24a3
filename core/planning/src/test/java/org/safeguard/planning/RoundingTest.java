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
package org.safeguard.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.planning.Figures.assertFigure;
import static org.safeguard.planning.Figures.d;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Rounding rules: to a step in any mode, to significant figures, and how each reads in a trace. */
class RoundingTest {
  @Test
  void upToTheNearestHalfRaisesAnythingAboveAMultiple() {
    assertFigure("6.0", Rounding.UP_TO_HALF.apply(d("5.798164")));
    assertFigure("5.5", Rounding.UP_TO_HALF.apply(d("5.0000001")));
    assertFigure("5.0", Rounding.UP_TO_HALF.apply(d("5")));
    assertFigure("0.5", Rounding.UP_TO_HALF.apply(d("0.01")));
    assertFigure("0", Rounding.UP_TO_HALF.apply(d("0")));
  }

  @Test
  void nearestHalfRoundsTiesUp() {
    assertFigure("4.5", Rounding.NEAREST_HALF.apply(d("4.615")));
    assertFigure("5.0", Rounding.NEAREST_HALF.apply(d("4.75")));
    assertFigure("4.5", Rounding.NEAREST_HALF.apply(d("4.7058")));
    assertFigure("6.0", Rounding.NEAREST_HALF.apply(d("6.1538")));
  }

  @Test
  void aStepOfAHundredOrAThousandRoundsPeople() {
    assertFigure("8000", Rounding.nearest(1000).apply(d("8058.22")));
    assertFigure("200", Rounding.nearest(100).apply(d("214.76")));
    assertFigure("1000", Rounding.to(d(100), RoundingMode.HALF_DOWN).apply(d("1050")));
    assertFigure("1100", Rounding.nearest(100).apply(d("1050")));
  }

  @Test
  void downToAStepTruncates() {
    assertFigure("1300000", Rounding.downTo(100_000).apply(d("1364400")));
    assertFigure("175", Rounding.downTo(1).apply(d("175.72")));
  }

  @Test
  void negativeValuesRoundByTheirMode() {
    assertFigure("-1.0", Rounding.UP_TO_HALF.apply(d("-1.2")));
    assertFigure("-1.5", Rounding.downTo(d("0.5")).apply(d("-1.2")));
    assertFigure("-2", Rounding.NEAREST_WHOLE.apply(d("-1.5")));
  }

  @Test
  void significantFiguresRoundHeadlineSums() {
    assertFigure("200000000", Rounding.significantFigures(1, RoundingMode.DOWN).apply(d("230000000")));
    assertFigure("400000000", Rounding.significantFigures(1, RoundingMode.DOWN).apply(d("460000000")));
    assertFigure("0", Rounding.significantFigures(1, RoundingMode.DOWN).apply(d("0")));
  }

  @Test
  void exactLeavesTheValueAlone() {
    assertFigure("4.615384", Rounding.EXACT.apply(d("4.615384")));
    assertTrue(Rounding.EXACT.isExact());
  }

  @Test
  void eachRuleSaysInWordsHowItRounds() {
    assertEquals("up to the nearest 0.5", Rounding.UP_TO_HALF.describe());
    assertEquals("to the nearest 1 (halves up)", Rounding.NEAREST_WHOLE.describe());
    assertEquals("down to the nearest 100000", Rounding.downTo(100_000).describe());
    assertEquals("to 1 significant figure, down", Rounding.significantFigures(1, RoundingMode.DOWN).describe());
    assertEquals("not rounded", Rounding.EXACT.describe());
  }

  @Test
  void rulesAreEqualByValue() {
    assertEquals(Rounding.nearest(d("0.50")), Rounding.NEAREST_HALF);
    assertEquals(Rounding.nearest(d("0.50")).hashCode(), Rounding.NEAREST_HALF.hashCode());
  }

  @Test
  void aStepOfZeroOrAnUnnamedModeIsRefused() {
    PlanningInputException zero = assertThrows(PlanningInputException.class, () -> Rounding.nearest(d("0")));
    assertEquals("rounding step", zero.field());
    assertThrows(PlanningInputException.class, () -> Rounding.to(d("1"), RoundingMode.UNNECESSARY));
    assertThrows(PlanningInputException.class, () -> Rounding.significantFigures(0, RoundingMode.HALF_UP));
  }

  @Test
  void anFteKeepsItsExactValueBesideTheRoundedOne() {
    Fte fte = Fte.rounded(d("4.615384615"), Rounding.NEAREST_HALF);
    assertFigure("4.5", fte.value());
    assertFigure("4.615384615", fte.exact());
    assertEquals("4.5 FTE (4.615385 to the nearest 0.5 (halves up))", fte.toString().replace("≈", ""));
    PlanningInputException e = assertThrows(PlanningInputException.class,
        () -> new Fte(d("4.6"), Rounding.NEAREST_HALF, d("5.0")));
    assertEquals("fte", e.field());
    assertThrows(PlanningInputException.class, () -> Fte.of("-1"));
  }
}
