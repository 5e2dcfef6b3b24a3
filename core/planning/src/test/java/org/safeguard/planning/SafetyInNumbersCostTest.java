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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Cost per victim, per cessation and the savings range of <i>Safety in Numbers</i> (CAADA, 2009):
 * Recommendation 1 and notes x and xi.
 */
class SafetyInNumbersCostTest {
  /** Note x: one IDVA at £25,000 with 30% on-costs. */
  private static final TeamCost ONE_IDVA = TeamCostModel.builder()
      .onCostMultiplier(d("1.30"))
      .post(Post.adviser("IDVA", d(25_000), d(1)))
      .build().cost();

  @Test
  @DisplayName("Safety in Numbers note x: an IDVA at £25,000 plus 30% on-costs, 65 engaged victims (60-70) is 'around £500' a victim")
  void costPerVictimIsAround500() {
    assertFigure("32500", ONE_IDVA.total());
    assertFigure("500", ONE_IDVA.perVictim(d(65), Rounding.NEAREST_WHOLE).value());
    assertFigure("542", ONE_IDVA.perVictim(d(60), Rounding.NEAREST_WHOLE).value());
    // "The marginal cost ... is less than £500 per victim supported": with 70 engaged
    assertFigure("464", ONE_IDVA.perVictim(d(70), Rounding.NEAREST_WHOLE).value());
  }

  @Test
  @DisplayName("Safety in Numbers Recommendation 1 / note xi: £500 a victim over 57% (all) or 67% (intensive) cessation is under £1,000 a cessation")
  void costPerCessationIsUnder1000() {
    Estimate all = CostEffectiveness.costPerCessation(d(500), d("0.57"), Rounding.NEAREST_WHOLE);
    Estimate intensive = CostEffectiveness.costPerCessation(d(500), d("0.67"), Rounding.NEAREST_WHOLE);
    assertFigure("877", all.value());
    assertFigure("746", intensive.value());
    assertTrue(all.value().compareTo(d(1_000)) < 0);
    assertTrue(intensive.value().compareTo(d(1_000)) < 0);
  }

  @Test
  @DisplayName("Safety in Numbers note xi: 100,000-120,000 victims × 23 points (67% − 44%) are 23,000 to 27,600 more cessations")
  void extraCessations() {
    SavingsRange range = CostEffectiveness.savings(SavingsAssumptions.SAFETY_IN_NUMBERS_2009, Rounding.EXACT);
    assertFigure("23000", range.extraCessationsLow().value());
    assertFigure("27600", range.extraCessationsHigh().value());
  }

  @Test
  @DisplayName("Safety in Numbers note xi: the stated assumptions span £230m to £552m; the printed '£200 and £400 million' is the lower count rounded down")
  void theSavingsRange() {
    // Quirk: 23,000-27,600 cessations × £10,000-£20,000 gives £230m-£552m. The note prints "a saving
    // of between £200 and £400 million": 23,000 × £10,000 = £230m and 23,000 × £20,000 = £460m,
    // each rounded down to one significant figure ("conservatively"). The test reproduces the
    // printed range with the lower victim estimate at both ends and that rounding.
    SavingsRange full = CostEffectiveness.savings(SavingsAssumptions.SAFETY_IN_NUMBERS_2009, Rounding.EXACT);
    assertFigure("230000000", full.savingsLow().value());
    assertFigure("552000000", full.savingsHigh().value());

    SavingsAssumptions lowerCount = SavingsAssumptions.SAFETY_IN_NUMBERS_2009.withVictims(d(100_000), d(100_000));
    SavingsRange printed = CostEffectiveness.savings(lowerCount, Rounding.significantFigures(1, RoundingMode.DOWN));
    assertFigure("230000000", printed.savingsLow().exact());
    assertFigure("460000000", printed.savingsHigh().exact());
    assertFigure("200000000", printed.savingsLow().value());
    assertFigure("400000000", printed.savingsHigh().value());
    assertEquals(4, printed.trace().steps().size());
  }

  @Test
  @DisplayName("a cessation rate of zero is refused: cost per cessation divides by it")
  void aZeroCessationRateIsRefused() {
    PlanningInputException e = assertThrows(PlanningInputException.class,
        () -> CostEffectiveness.costPerCessation(d(500), d(0), Rounding.NEAREST_WHOLE));
    assertEquals("cessation rate", e.field());
  }
}
