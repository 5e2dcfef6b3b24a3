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

import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner puts the calculators together per area, says what it left out, and totals by region. */
class CapacityPlannerTest {
  private static final List<PlanningArea> AREAS = List.of(
      PlanningArea.builder("Northvale", 60_000, 300).region("Synthetic North").population(150_000)
          .idvas(d("2.5"), d("0.8")).refugeBeds(12).visibleVictims(120, 150).build(),
      PlanningArea.builder("Eastmere", 40_000, 90).region("Synthetic North").population(95_000)
          .idvaFte(d("1.0")).refugeBeds(4).build(),
      PlanningArea.builder("Southford", 80_000, 410).region("Synthetic South").population(200_000)
          .idvas(d("3.0"), d("1")).refugeBeds(20).visibleVictims(200, 220).highRiskCaseload(d(60)).build());

  @Test
  void theHertfordshireAreasPlanAsAppendix6WithTheSurveyFormulaBeside() {
    CapacityPlan plan = CapacityPlanner.defaults().plan(AreaCsv.read(AreaCsvTest.resource("hertfordshire-marac-areas.csv")));
    // the caseload model reproduces App 6 (8.0 / 10.5 / 8.0, 26.5 in all)
    assertEquals(List.of("8.0", "10.5", "8.0"), plan.areas().stream()
        .map(a -> a.caseloadNeed().orElseThrow().total().value().toPlainString()).toList());
    assertFigure("26.5", plan.overall().caseloadAdvisers().orElseThrow());
    // the survey's formula, on the same areas (inferred; not published): 6.0 / 7.5 / 5.5
    assertFigure("19.0", plan.overall().required().value());
    assertEquals(1, plan.regions().size());
    assertEquals("Hertfordshire", plan.regions().get(0).name());
    // no advisers in post or refuge beds are published per area: the plan says so
    AreaPlan central = plan.areas().get(0);
    assertTrue(central.coverage().isEmpty());
    assertTrue(central.notes().contains("coverage not worked out: idva_fte not given"), central.notes().toString());
    assertTrue(central.refuge().isEmpty());
  }

  @Test
  void eachAreaGetsEveryPartItsInputsAllow() {
    AreaPlan northvale = CapacityPlanner.defaults().planArea(AREAS.get(0));
    // 40 per 10,000 of 60,000 women = 240 < 300 MARAC cases: 3.0 FTE
    assertEquals(AreaRequirement.Basis.MARAC_CASES, northvale.requirement().basis());
    assertFigure("3.0", northvale.requirement().required().value());
    assertFigure("2.0", northvale.workforce().orElseThrow().highRisk().value());
    assertFigure("83", northvale.coverage().orElseThrow().allAdvisers().percent());
    assertFigure("67", northvale.coverage().orElseThrow().highRiskOnly().percent());
    // 120 / 65 = 1.85 -> 2.0; 150 / 85 = 1.76 -> 2.0
    assertFigure("4.0", northvale.caseloadNeed().orElseThrow().total().value());
    assertFigure("15", northvale.refuge().orElseThrow().target().value());
    assertFigure("80", northvale.refuge().orElseThrow().coverage().percent());
    // the Appendix 3 team scaled to 3 advisers: £1,364,400 × 3 / 27 ≈ £151,600
    assertTrue(northvale.teamCost().orElseThrow().total().compareTo(d(151_000)) > 0);
    assertFigure("505", northvale.costPerVictim().orElseThrow().value());
    assertTrue(northvale.notes().isEmpty(), northvale.notes().toString());
  }

  @Test
  void anAreaWithoutAShareCountsAllAdviserTimeAsHighRiskAndSaysSo() {
    AreaPlan eastmere = CapacityPlanner.defaults().planArea(AREAS.get(1));
    // 40 per 10,000 of 40,000 women = 160 > 90 cases: 1.6 -> 2.0 FTE, on the prevalence estimate
    assertEquals(AreaRequirement.Basis.PREVALENCE, eastmere.requirement().basis());
    assertFigure("2.0", eastmere.requirement().required().value());
    assertFigure("50", eastmere.coverage().orElseThrow().highRiskOnly().percent());
    assertTrue(eastmere.notes().contains("high_risk_share not given: all of the advisers' time counted as high risk"));
    assertTrue(eastmere.caseloadNeed().isEmpty());
  }

  @Test
  void anAreasOwnCaseloadReplacesTheStandard() {
    AreaPlan southford = CapacityPlanner.defaults().planArea(AREAS.get(2));
    // 200 / 60 = 3.33 -> 3.5 (not 200 / 65 = 3.08 -> 3.0)
    assertFigure("3.5", southford.caseloadNeed().orElseThrow().tier(RiskTier.HIGH).value());
    assertFigure("60", southford.trace().step("advisers (high risk)").orElseThrow().inputs().get("caseload"));
  }

  @Test
  void regionsAndTheWholeAddTheRoundedAreaFigures() {
    CapacityPlan plan = CapacityPlanner.defaults().plan(AREAS);
    assertEquals(List.of("Synthetic North", "Synthetic South"), plan.regions().stream().map(PlanTotals::name).toList());
    PlanTotals north = plan.regions().get(0);
    assertFigure("5.0", north.required().value()); // 3.0 + 2.0
    assertFigure("4.6", north.requiredExactSum()); // 3.0 + 1.6 before rounding
    assertFigure("3.5", north.fteInPost().orElseThrow());
    assertFigure("3.0", north.highRiskFte().orElseThrow());
    assertFigure("60", north.coverage().orElseThrow().highRiskOnly().percent());
    assertFigure("70", north.coverage().orElseThrow().allAdvisers().percent());
    assertEquals(16, north.refugeBeds().getAsLong());
    assertFigure("25", north.refugeTarget().orElseThrow()); // 15 + 10
    PlanTotals all = plan.overall();
    assertEquals(3, all.areas());
    assertFigure("9.5", all.required().value()); // 3.0 + 2.0 + 4.5
    assertEquals(800, all.maracCases());
  }

  @Test
  void everyFigureInAnAreaPlanIsInItsTrace() {
    AreaPlan northvale = CapacityPlanner.defaults().planArea(AREAS.get(0));
    List<String> names = northvale.trace().steps().stream().map(Trace.Step::name).toList();
    for (String step : List.of("prevalence cases", "cases used", "required IDVAs", "high-risk FTE", "coverage (all advisers) %",
        "coverage (high-risk FTE) %", "advisers (high risk)", "target beds", "refuge coverage %", "team scale", "overheads",
        "team cost", "cost per victim", "cost per cessation")) {
      assertTrue(names.contains(step), step + " missing from " + names);
    }
    String rendered = northvale.trace().render("  ");
    assertTrue(rendered.contains("required IDVAs = cases used ÷ cases per IDVA [cases used 300; cases per IDVA 100] → 3"),
        rendered);
  }

  @Test
  void thePlannerTakesOtherStandardsAndCanLeaveCostsOut() {
    CapacityPlanner planner = CapacityPlanner.builder()
        .requiredIdvas(RequiredIdvas.of(d(40), d(80), Rounding.UP_TO_HALF))
        .noTeamCost()
        .build();
    AreaPlan northvale = planner.planArea(AREAS.get(0));
    assertFigure("4.0", northvale.requirement().required().value()); // 300 / 80 = 3.75 -> 4.0
    assertTrue(northvale.teamCost().isEmpty());
    assertTrue(northvale.costPerVictim().isEmpty());
    assertTrue(planner.assumptions().get(0).contains("÷ 80 cases per IDVA, up to the nearest 0.5"), planner.assumptions().get(0));
  }

  @Test
  void twoAreasWithOneNameAreRefused() {
    PlanningInputException e = assertThrows(PlanningInputException.class,
        () -> CapacityPlanner.defaults().plan(List.of(AREAS.get(0), AREAS.get(0))));
    assertEquals("area", e.field());
    assertEquals("Northvale", e.value());
  }
}
