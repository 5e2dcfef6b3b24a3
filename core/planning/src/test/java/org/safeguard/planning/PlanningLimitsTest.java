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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.planning.Figures.assertFigure;
import static org.safeguard.planning.Figures.d;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.model.MissingValueException;

/**
 * The planning arithmetic at its edges: each defect found in the planning command, as a named
 * test. Totals are exact or refused, never wrapped round; numbers too large or too finely divided
 * for bounded work are refused by field and rule before any arithmetic; nulls are missing values.
 */
class PlanningLimitsTest {
  private static final BigDecimal TINY = d("1e-99999");

  @Test
  void planningTotalsOfTwoHugeAreasAreRefusedNotNegative() {
    // two areas of 5e18 cases once gave a negative total: each is now refused at the count ceiling
    PlanningInputException e = assertThrows(PlanningInputException.class,
        () -> PlanningArea.builder("A", 100, 5_000_000_000_000_000_000L).build());
    assertEquals(PlanningArea.MARAC_CASES, e.field());
    assertEquals("a whole number from 0 to 10,000,000,000", e.rule());

    // and the largest areas that are taken add up exactly
    List<PlanningArea> areas = List.of(
        PlanningArea.builder("A", PlanningArea.MAX_COUNT, PlanningArea.MAX_COUNT).population(PlanningArea.MAX_COUNT)
            .refugeBeds(PlanningArea.MAX_COUNT).build(),
        PlanningArea.builder("B", PlanningArea.MAX_COUNT, PlanningArea.MAX_COUNT).population(PlanningArea.MAX_COUNT)
            .refugeBeds(PlanningArea.MAX_COUNT).build());
    CapacityPlan plan = CapacityPlanner.defaults().plan(areas);
    assertEquals(2 * PlanningArea.MAX_COUNT, plan.overall().maracCases());
    assertEquals(2 * PlanningArea.MAX_COUNT, plan.overall().refugeBeds().getAsLong());
    assertFigure("200000000", plan.overall().required().value());
  }

  @Test
  void aSumOfCountsThatWouldNotFitALongIsRefusedNotWrapped() {
    PlanningInputException e = assertThrows(PlanningInputException.class,
        () -> Decimals.add(PlanningArea.MARAC_CASES, Long.MAX_VALUE, 1));
    assertEquals(PlanningArea.MARAC_CASES, e.field());
    assertTrue(e.rule().startsWith("the total fits in a whole number"), e.rule());
    assertEquals(Long.MAX_VALUE, Decimals.add(PlanningArea.MARAC_CASES, Long.MAX_VALUE - 1, 1));
  }

  @Test
  void hugeCountsAreRefusedByFieldInEveryCalculator() {
    assertEquals("adult women", assertThrows(PlanningInputException.class,
        () -> RequiredIdvas.SAFELIVES_2019.forArea("A", Long.MAX_VALUE, 1)).field());
    assertEquals("population", assertThrows(PlanningInputException.class,
        () -> RefugeBenchmark.COUNCIL_OF_EUROPE.target(Long.MAX_VALUE)).field());
    assertEquals("refuge beds", assertThrows(PlanningInputException.class,
        () -> RefugeBenchmark.COUNCIL_OF_EUROPE.assess("A", 10_000, Long.MIN_VALUE)).field());
    assertEquals("visible victims (high risk)", assertThrows(PlanningInputException.class,
        () -> CaseloadModel.of(CaseloadStandard.CAADA_2014, Rounding.NEAREST_HALF).advisers("A", Long.MAX_VALUE, 0)).field());
    assertEquals(PlanningArea.POPULATION, assertThrows(PlanningInputException.class,
        () -> PlanningArea.builder("A", 1, 1).population(Long.MAX_VALUE).build()).field());
  }

  @Test
  void onCostsWithHugeExponentIsRefusedQuickly() {
    // refused on its scale as written, before any arithmetic: the 1 + 1e-99999 multiplier once never finished
    PlanningInputException multiplier = assertThrows(PlanningInputException.class,
        () -> TeamCostModel.HERTFORDSHIRE_2014.toBuilder().onCostMultiplier(BigDecimal.ONE.add(TINY)));
    assertEquals("on-cost multiplier", multiplier.field());
    assertEquals("a number below 10^15 with at most 40 decimal places", multiplier.rule());
    assertTrue(multiplier.getMessage().length() < 200, "the number is shown in brief: " + multiplier.getMessage());
    assertEquals("overhead rate", assertThrows(PlanningInputException.class,
        () -> TeamCostModel.builder().overheads(TINY, Rounding.NEAREST_PENNY)).field());
  }

  @Test
  void extremeContingencyOrOnCostsAreRefusedNotArithmeticException() {
    for (String extreme : List.of("1E-2147483647", "1E+2147483647", "-1E+2147483647", "0E-2147483647", "0E+2147483647", "11", "1e15")) {
      BigDecimal rate = d(extreme);
      PlanningInputException contingency = assertThrows(PlanningInputException.class,
          () -> TeamCostModel.builder().contingency(rate, Rounding.NEAREST_PENNY), extreme);
      assertEquals("contingency rate", contingency.field(), extreme);
      PlanningInputException onCosts = assertThrows(PlanningInputException.class,
          () -> TeamCostModel.builder().onCostMultiplier(rate), extreme);
      assertEquals("on-cost multiplier", onCosts.field(), extreme);
    }
    assertEquals("a rate from 0 to 10 (0.05 for 5%)", assertThrows(PlanningInputException.class,
        () -> TeamCostModel.builder().contingency(d("10.01"), Rounding.NEAREST_PENNY)).rule());
    TeamCost atTheCeiling = TeamCostModel.HERTFORDSHIRE_2014.toBuilder().onCostMultiplier(TeamCostModel.MAX_RATE)
        .contingency(TeamCostModel.MAX_RATE, Rounding.NEAREST_PENNY).build().cost();
    assertFigure(atTheCeiling.lines().stream().map(PostCost::cost).reduce(BigDecimal.ZERO, BigDecimal::add)
        .add(atTheCeiling.overheads()).add(atTheCeiling.contingency()).toPlainString(), atTheCeiling.total());
  }

  @Test
  void hugeOrFinelyDividedNumbersAreRefusedByEveryCalculator() {
    BigDecimal huge = d("1e99999");
    assertEquals("value", assertThrows(PlanningInputException.class, () -> Rounding.NEAREST_HALF.apply(huge)).field());
    assertEquals("rounding step", assertThrows(PlanningInputException.class, () -> Rounding.nearest(TINY)).field());
    assertEquals("FTE in post", assertThrows(PlanningInputException.class, () -> Workforce.of(huge, BigDecimal.ONE)).field());
    assertEquals(PlanningArea.IDVA_FTE, assertThrows(PlanningInputException.class,
        () -> PlanningArea.builder("A", 1, 1).idvaFte(TINY).build()).field());
    assertEquals("cases per IDVA", assertThrows(PlanningInputException.class,
        () -> RequiredIdvas.of(d("40"), TINY, Rounding.UP_TO_HALF)).field());
    assertEquals("units", assertThrows(PlanningInputException.class,
        () -> CostEffectiveness.perUnitPerWeek("cost", BigDecimal.ONE, huge, Rounding.EXACT)).field());
    assertEquals("salary (IDVA)", assertThrows(PlanningInputException.class,
        () -> Post.adviser("IDVA", d("10000001"), BigDecimal.ONE)).field());
    // a number at the working bounds still rounds, and correctly
    assertFigure("1E+99", Rounding.nearest(BigDecimal.ONE).apply(d("1E+99")));
    assertFigure("0", Rounding.nearest(BigDecimal.ONE).apply(d("1E-200")));
  }

  @Test
  void aNameTooLongIsRefusedWithoutEchoingIt() {
    String name = "North".repeat(1_000);
    PlanningInputException e = assertThrows(PlanningInputException.class, () -> PlanningArea.builder(name, 1, 1).build());
    assertEquals("area", e.field());
    assertEquals("(5000 characters)", e.value());
    assertFalse(e.getMessage().contains("NorthNorth"), e.getMessage());
  }

  @Test
  void nullsAreMissingValuesNamingTheField() {
    assertEquals("areas", assertThrows(MissingValueException.class, () -> CapacityPlanner.defaults().plan(null)).field());
    List<PlanningArea> withNull = new ArrayList<>();
    withNull.add(null);
    assertEquals("areas item 1", assertThrows(MissingValueException.class, () -> CapacityPlanner.defaults().plan(withNull)).field());
    assertEquals("rounding step", assertThrows(MissingValueException.class, () -> Rounding.to(null, RoundingMode.HALF_UP)).field());
    assertEquals("area", assertThrows(MissingValueException.class, () -> PlanningArea.builder(null, 1, 1).build()).field());
    assertEquals("value", assertThrows(MissingValueException.class, () -> Rounding.EXACT.apply(null)).field());
    assertEquals("fte", assertThrows(MissingValueException.class, () -> Fte.of((String) null)).field());
    assertEquals("posts item 1", assertThrows(MissingValueException.class, () -> TeamCostModel.builder().posts(withNullPost())).field());
  }

  @Test
  void anFteWrittenAsTextThatIsNotANumberIsRefused() {
    assertEquals("a decimal number such as 4.5", assertThrows(PlanningInputException.class, () -> Fte.of("four")).rule());
    assertEquals("(61 characters)", assertThrows(PlanningInputException.class, () -> Fte.of("9".repeat(61))).value());
  }

  @Test
  void aQuotientKeepsAtMostFortyDecimalPlaces() {
    BigDecimal third = Decimals.divide(BigDecimal.ONE, d("3e20"));
    assertEquals(Decimals.MAX_SCALE, third.scale());
    assertFigure("0.0000000000000000000033333333333333333333", third);
    assertEquals(d("0.3333333333333333333333333333333333"), Decimals.divide(BigDecimal.ONE, d("3")));
  }

  private static List<Post> withNullPost() {
    List<Post> posts = new ArrayList<>();
    posts.add(null);
    return posts;
  }
}
