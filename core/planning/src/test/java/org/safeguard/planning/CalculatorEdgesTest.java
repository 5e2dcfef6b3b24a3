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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.planning.Figures.assertFigure;
import static org.safeguard.planning.Figures.d;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edges of the calculators' inputs: what each refuses (a division by zero, a share outside 0 to
 * 1, a low estimate above the high), what it takes at the very edge, and how figures are shown. The
 * defaults are the published ones: the CAADA caseloads of 65 high-risk and 85 medium-risk victims
 * per adviser (<i>Hertfordshire Domestic Abuse Review</i>, CAADA, 2014, Table 9) and the savings
 * assumptions of <i>Safety in Numbers</i> (CAADA, 2009), Recommendation 1.
 */
class CalculatorEdgesTest {
  @Test
  void aFigureIsShownPlainUpToSixDecimalsAndMarkedWhenCutBeyond() {
    assertEquals("4.615384", Decimals.show(d("4.615384")));
    assertEquals("4.615385", Decimals.show(d("4.6153846")).replace("≈", ""));
    assertEquals("≈4.615385", Decimals.show(d("4.6153846")));
    assertEquals("1.5", Decimals.show(d("1.5000000")), "trailing zeros are not a cut");
    assertEquals("1000", Decimals.show(d("1E+3")));
    assertEquals("1000", Decimals.show(d("1000.0000000")));
    assertEquals("0", Decimals.show(d("0E-7")));
  }

  @Test
  void aPositiveFigureIsAboveZeroAndAShareRunsFromZeroToOne() {
    assertFigure("0.01", Decimals.requirePositive("caseload", d("0.01")));
    assertEquals("caseload", assertThrows(PlanningInputException.class, () -> Decimals.requirePositive("caseload", d("0"))).field());
    assertFigure("0", Decimals.requireShare("share", d("0")));
    assertFigure("1", Decimals.requireShare("share", d("1")));
    assertThrows(PlanningInputException.class, () -> Decimals.requireShare("share", d("1.001")));
    assertThrows(PlanningInputException.class, () -> Decimals.requireShare("share", d("-0.001")));
    assertEquals("North", Decimals.requireName("area", " North "));
    assertEquals("area", assertThrows(PlanningInputException.class, () -> Decimals.requireName("area", " \t")).field());
  }

  @Test
  void theCaadaCaseloadsAre65HighAnd85MediumAndEveryCaseloadIsAboveZero() {
    assertFigure("65", CaseloadStandard.CAADA_2014.caseload(RiskTier.HIGH));
    assertFigure("85", CaseloadStandard.CAADA_2014.caseload(RiskTier.MEDIUM));
    assertEquals("caseloads", assertThrows(PlanningInputException.class, () -> new CaseloadStandard(Map.of())).field());
    assertEquals("caseload (medium risk)", assertThrows(PlanningInputException.class,
        () -> CaseloadStandard.of(d(65), d(0))).field());
    Map<RiskTier, BigDecimal> highOnly = new EnumMap<>(RiskTier.class);
    highOnly.put(RiskTier.HIGH, d(65));
    assertThrows(PlanningInputException.class, () -> new CaseloadStandard(highOnly).caseload(RiskTier.MEDIUM));
    assertFigure("0.001", CaseloadStandard.of(d("0.001"), d(1)).caseload(RiskTier.HIGH));
  }

  @Test
  void aPlanForOneTierHasNoAdvisersForTheOther() {
    Map<RiskTier, BigDecimal> victims = new EnumMap<>(RiskTier.class);
    victims.put(RiskTier.HIGH, d(130));
    AdviserNeed need = CaseloadModel.of(CaseloadStandard.CAADA_2014, Rounding.NEAREST_HALF).advisers("A", victims);
    assertFigure("2.0", need.tier(RiskTier.HIGH).value());
    PlanningInputException e = assertThrows(PlanningInputException.class, () -> need.tier(RiskTier.MEDIUM));
    assertEquals("tier", e.field());
  }

  @Test
  void theSafetyInNumbersSavingsAssumptionsHoldTogether() {
    SavingsAssumptions sin = SavingsAssumptions.SAFETY_IN_NUMBERS_2009;
    assertFigure("0.44", sin.cessationWithout());
    assertFigure("0.67", sin.cessationWith());
    assertFigure("100000", sin.victimsLow());
    assertFigure("120000", sin.victimsHigh());
    assertFigure("5", sin.withVictims(d(5), d(5)).victimsHigh(), "a low estimate may equal the high");
    assertEquals("victims (low)", assertThrows(PlanningInputException.class, () -> sin.withVictims(d(6), d(5))).field());
    assertEquals("cost avoided (low)", assertThrows(PlanningInputException.class, () -> new SavingsAssumptions(d(1), d(2),
        d("0.4"), d("0.6"), d(3), d(2))).field());
    assertFigure("3", new SavingsAssumptions(d(1), d(2), d("0.4"), d("0.6"), d(3), d(3)).costAvoidedLow());
    assertEquals("cessation with intensive support", assertThrows(PlanningInputException.class, () -> new SavingsAssumptions(d(1), d(2),
        d("0.6"), d("0.59"), d(1), d(2))).field());
    assertFigure("0.6", new SavingsAssumptions(d(1), d(2), d("0.6"), d("0.6"), d(1), d(2)).cessationWith(), "no gain is allowed");
  }

  @Test
  void aDivisionByZeroIsRefusedNamingTheDivisor() {
    assertEquals("victims", assertThrows(PlanningInputException.class,
        () -> CostEffectiveness.costPerVictim(d(1000), d(0), Rounding.NEAREST_WHOLE)).field());
    assertFigure("1000", CostEffectiveness.costPerVictim(d(1000), d(1), Rounding.NEAREST_WHOLE).value());
    assertEquals("units", assertThrows(PlanningInputException.class,
        () -> CostEffectiveness.perUnitPerWeek("rent", d(5200), d(0), Rounding.NEAREST_WHOLE)).field());
    assertFigure("100", CostEffectiveness.perUnitPerWeek("rent", d(5200), d(1), Rounding.NEAREST_WHOLE).value());
    assertEquals("cessation rate", assertThrows(PlanningInputException.class,
        () -> CostEffectiveness.costPerCessation(d(1000), d(0), Rounding.NEAREST_WHOLE)).field());
    assertEquals("whole", assertThrows(PlanningInputException.class,
        () -> PeopleEstimates.percent("mix", d(1), d(0), Rounding.NEAREST_WHOLE)).field());
    assertFigure("100", PeopleEstimates.percent("mix", d(1), d(1), Rounding.NEAREST_WHOLE).value());
    assertEquals("coverage: required", assertThrows(PlanningInputException.class,
        () -> Coverage.of("coverage", d(1), d(0))).field());
  }

  @Test
  void coverageMeetsTheRequirementAtOneHundredPerCentAndReportsTheShortfallBelow() {
    Coverage exact = Coverage.of("coverage", d(5), d(5));
    assertTrue(exact.meetsRequirement());
    assertFigure("0", exact.shortfall());
    Coverage short1 = Coverage.of("coverage", d(4), d(5));
    assertFalse(short1.meetsRequirement());
    assertFigure("1", short1.shortfall());
    assertFigure("80", short1.percentOfRequirementMet());
    Coverage over = Coverage.of("coverage", d(6), d(5));
    assertFigure("120", over.percent());
    assertFigure("100", over.percentOfRequirementMet());
    assertEquals("80%", short1.toString());
  }

  @Test
  void anAllocationIsAmongAtLeastOneAreaWithWeights() {
    assertEquals("areas", assertThrows(PlanningInputException.class,
        () -> AreaShare.allocate("cases", d(10), List.of(), Rounding.NEAREST_WHOLE)).field());
    assertEquals("weights", assertThrows(PlanningInputException.class,
        () -> AreaShare.allocate("cases", d(10), List.of(AreaShare.of("A", 0)), Rounding.NEAREST_WHOLE)).field());
    AreaShare.ShareAllocation split = AreaShare.allocate("cases", d(10), List.of(AreaShare.of("A", 0), AreaShare.of("B", 3)),
        Rounding.NEAREST_WHOLE);
    assertFigure("0", split.parts().get(0).value());
    assertFigure("10", split.parts().get(1).value());
  }

  @Test
  void onCostsAddToSalarySoTheMultiplierIsOneOrMore() {
    Post idva = Post.adviser("IDVA", d(30_000), d(1));
    TeamCostModel none = TeamCostModel.builder().onCostMultiplier(d(1)).post(idva).build();
    assertFigure("1", none.onCostMultiplier());
    assertFigure("30000", none.cost().total());
    assertEquals("on-cost multiplier", assertThrows(PlanningInputException.class,
        () -> TeamCostModel.builder().onCostMultiplier(d("0.99"))).field());
    assertEquals("posts", assertThrows(PlanningInputException.class, () -> TeamCostModel.builder().build()).field());
  }

  @Test
  void aTeamScalesByItsAdvisersAndATeamWithoutAdvisersCannotScale() {
    TeamCostModel managers = TeamCostModel.builder().post(Post.staff("Manager", d(40_000), d(1))).build();
    assertEquals("posts", assertThrows(PlanningInputException.class, () -> managers.scaledToAdvisers(d(2))).field());
    TeamCostModel team = TeamCostModel.builder().onCostMultiplier(d("1.2"))
        .post(Post.adviser("IDVA", d(30_000), d(2))).post(Post.withoutOnCosts("Volunteer costs", d(1_000), d(1))).build();
    TeamCost doubled = team.scaledToAdvisers(d(4)).cost();
    assertFigure("4", doubled.adviserFte());
    assertFigure("144000", doubled.staffWithOnCosts());
    assertFigure("2000", doubled.staffWithoutOnCosts());
    assertFigure("146000", doubled.total());
  }

  @Test
  void aReportedFigureIsItsExactFigureRoundedByItsRule() {
    Estimate e = new Estimate("cases", d("10.4"), Rounding.NEAREST_WHOLE, d(10), Trace.EMPTY);
    assertEquals("cases = 10", e.toString());
    assertEquals("cases", assertThrows(PlanningInputException.class,
        () -> new Estimate("cases", d("10.6"), Rounding.NEAREST_WHOLE, d(10), Trace.EMPTY)).field());
    assertFigure("10.5", e.roundedTo(Rounding.NEAREST_HALF).value());
    assertEquals("4 FTE", Fte.of("4").toString());
  }

  @Test
  void aTraceFindsTheLastStepOfANameAndNumbersItsLines() {
    Trace.Builder b = Trace.builder();
    b.step("x", "first").result(d(1));
    b.step("y", "other").result(d(2));
    b.step("x", "second").result(d(3));
    Trace trace = b.build();
    assertFigure("3", trace.step("x").orElseThrow().result());
    assertFigure("2", trace.step("y").orElseThrow().result());
    assertTrue(trace.step("z").isEmpty());
    String rendered = trace.render("  ");
    assertTrue(rendered.startsWith("  1. x = first"), rendered);
    assertTrue(rendered.contains("\n  2. y = other"), rendered);
    assertTrue(rendered.contains("\n  3. x = second"), rendered);
    assertEquals(trace.render(""), trace.toString());
  }

  @Test
  void roundingRulesSayTheirModeAndAreEqualOnlyToTheSameRule() {
    assertEquals("to the nearest 1 (halves down)", Rounding.to(d(1), RoundingMode.HALF_DOWN).describe());
    assertEquals("to the nearest 1 (halves to even)", Rounding.to(d(1), RoundingMode.HALF_EVEN).describe());
    assertEquals("up to the nearest 1", Rounding.to(d(1), RoundingMode.CEILING).describe());
    assertEquals("down to the nearest 1", Rounding.to(d(1), RoundingMode.FLOOR).describe());
    assertEquals("to 2 significant figures (halves up)", Rounding.significantFigures(2, RoundingMode.HALF_UP).describe());
    assertEquals("to 2 significant figures (halves down)", Rounding.significantFigures(2, RoundingMode.HALF_DOWN).describe());
    assertEquals("to 2 significant figures (halves to even)", Rounding.significantFigures(2, RoundingMode.HALF_EVEN).describe());
    assertEquals("to 2 significant figures, up", Rounding.significantFigures(2, RoundingMode.CEILING).toString());
    assertEquals("to 2 significant figures, down", Rounding.significantFigures(2, RoundingMode.FLOOR).describe());
    assertFalse(Rounding.NEAREST_WHOLE.equals("to the nearest 1"));
    assertNotEquals(Rounding.NEAREST_WHOLE, Rounding.to(d(1), RoundingMode.HALF_DOWN));
    assertNotEquals(Rounding.NEAREST_WHOLE, Rounding.NEAREST_HALF);
    assertNotEquals(Rounding.significantFigures(1, RoundingMode.DOWN), Rounding.significantFigures(2, RoundingMode.DOWN));
    assertNotEquals(Rounding.EXACT, Rounding.NEAREST_WHOLE);
    assertNotEquals(Rounding.NEAREST_WHOLE.hashCode(), Rounding.NEAREST_HALF.hashCode());
    assertFigure("1", Rounding.significantFigures(1, RoundingMode.FLOOR).apply(d("1.9")));
    assertFigure("1", Rounding.significantFigures(1, RoundingMode.UP).apply(d("0.91")));
  }

  @Test
  void aValueExactlyHalfwayRoundsByTheMode() {
    assertFigure("2", Rounding.nearest(d(1)).apply(d("1.5")));
    assertFigure("1", Rounding.to(d(1), RoundingMode.HALF_DOWN).apply(d("1.5")));
    assertFigure("2", Rounding.to(d(1), RoundingMode.HALF_EVEN).apply(d("2.5")));
    assertFigure("1", Rounding.to(d(1), RoundingMode.HALF_DOWN).apply(d("1.4999")));
    assertFigure("2", Rounding.to(d(1), RoundingMode.HALF_DOWN).apply(d("1.5001")));
    assertFigure("-1", Rounding.to(d(1), RoundingMode.HALF_DOWN).apply(d("-1.5")));
  }

  @Test
  void aFigureWithSixOrFewerDecimalsIsShownAsWritten() {
    assertEquals("1.50", Decimals.show(d("1.50")));
    assertEquals("1.500000", Decimals.show(d("1.500000")));
  }

  @Test
  void aCaseloadModelNeedsVictimsForAtLeastOneTier() {
    PlanningInputException e = assertThrows(PlanningInputException.class,
        () -> CaseloadModel.of(CaseloadStandard.CAADA_2014, Rounding.NEAREST_HALF).advisers("A", Map.of()));
    assertEquals("visible victims (A)", e.field());
  }

  @Test
  void theCessationRateAPlannerDividesByIsAboveZero() {
    assertEquals("cessation rate", assertThrows(PlanningInputException.class,
        () -> CapacityPlanner.builder().cessationRate(d(0))).field());
    assertTrue(CapacityPlanner.builder().cessationRate(d("0.01")).build().assumptions().stream().anyMatch(a -> a.contains("÷ 0.01")));
  }

  @Test
  void aPlannerWithoutATeamStatesNoCostAssumptions() {
    List<String> assumptions = CapacityPlanner.builder().noTeamCost().build().assumptions();
    assertTrue(assumptions.stream().noneMatch(a -> a.startsWith("team cost") || a.startsWith("cost per victim")), assumptions.toString());
    assertTrue(CapacityPlanner.defaults().assumptions().stream().anyMatch(a -> a.startsWith("team cost")));
  }

  @Test
  void whenTheMaracHeardAsManyCasesAsThePrevalenceEstimateTheRequirementRestsOnTheMaracCases() {
    // SafeLives' formula: 40 high-risk victims per 10,000 adult women; 25,000 women give 100 cases
    AreaRequirement tie = RequiredIdvas.SAFELIVES_2019.forArea("Tie", 25_000, 100);
    assertEquals(AreaRequirement.Basis.MARAC_CASES, tie.basis());
    assertEquals(AreaRequirement.Basis.PREVALENCE, RequiredIdvas.SAFELIVES_2019.forArea("Under", 25_000, 99).basis());
  }

  @Test
  void significantFiguresNeedANamedMode() {
    assertEquals("rounding mode", assertThrows(PlanningInputException.class,
        () -> Rounding.significantFigures(1, RoundingMode.UNNECESSARY)).field());
  }

  @Test
  void aPostWithoutOnCostsIsCostedAtItsSalaryAndTheTraceSaysSo() {
    TeamCost cost = TeamCostModel.builder().onCostMultiplier(d("1.2")).post(Post.adviser("IDVA", d(30_000), d(1)))
        .post(Post.withoutOnCosts("Volunteer costs", d(1_000), d(2))).build().cost();
    Trace.Step volunteers = cost.trace().step("cost (Volunteer costs)").orElseThrow();
    assertEquals("salary × FTE", volunteers.formula());
    assertTrue(volunteers.inputs().containsKey("salary"), volunteers.inputs().toString());
    Trace.Step idva = cost.trace().step("cost (IDVA)").orElseThrow();
    assertEquals("loaded salary × FTE", idva.formula());
    assertTrue(idva.inputs().containsKey("loaded salary"), idva.inputs().toString());
    assertEquals(List.of("IDVA", "Volunteer costs"),
        TeamCostModel.builder().post(Post.adviser("IDVA", d(30_000), d(1))).post(Post.withoutOnCosts("Volunteer costs", d(1_000), d(2)))
            .build().posts().stream().map(Post::role).toList());
  }

  @Test
  void aTraceOfOneStepFindsIt() {
    Trace.Builder b = Trace.builder();
    b.step("only", "the one").result(d(7));
    assertFigure("7", b.build().step("only").orElseThrow().result());
  }
}
