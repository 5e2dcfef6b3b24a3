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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.planning.Figures.assertFigure;
import static org.safeguard.planning.Figures.d;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Totals add only what their areas give: a figure no area gives is absent from the total, never a
 * zero, and a coverage is worked out only against a requirement above zero. As the <i>Hertfordshire
 * Domestic Abuse Review</i> (CAADA, 2014), Appendix 6 Table 1 adds its areas, totals are sums of the
 * rounded area figures.
 */
class PlanTotalsTest {
  private static final CapacityPlanner PLANNER = CapacityPlanner.defaults();

  @Test
  void aTotalOfAreasThatGiveOnlyTheRequiredInputsHasOnlyTheRequirement() {
    PlanTotals all = PLANNER.plan(List.of(PlanningArea.builder("A", 60_000, 300).build(),
        PlanningArea.builder("B", 40_000, 90).build())).overall();
    assertEquals(2, all.areas());
    assertEquals(0, all.areasWithWorkforce());
    assertTrue(all.fteInPost().isEmpty());
    assertTrue(all.highRiskFte().isEmpty());
    assertTrue(all.requiredWhereKnown().isEmpty());
    assertTrue(all.coverage().isEmpty());
    assertTrue(all.caseloadAdvisers().isEmpty());
    assertEquals(OptionalLong.empty(), all.refugeBeds());
    assertTrue(all.refugeTarget().isEmpty());
    assertTrue(all.refugeCoverage().isEmpty());
    assertTrue(all.trace().step("FTE in post (all areas)").isEmpty());
    assertTrue(all.trace().step("refuge target (all areas)").isEmpty());
    assertTrue(all.trace().step("caseload advisers (all areas)").isEmpty());
    assertFigure("5.0", all.required().value()); // 3.0 + 2.0
    assertTrue(all.teamCost().isPresent(), "the default planner costs every area's team");
  }

  @Test
  void aPlannerWithoutATeamCostTotalsNoCost() {
    PlanTotals all = CapacityPlanner.builder().noTeamCost().build().plan(List.of(PlanningArea.builder("A", 60_000, 300).build()))
        .overall();
    assertTrue(all.teamCost().isEmpty());
    assertTrue(all.trace().step("team cost (all areas)").isEmpty());
  }

  @Test
  void eachPartIsTotalledOverTheAreasThatGiveIt() {
    PlanTotals all = PLANNER.plan(List.of(
        PlanningArea.builder("A", 60_000, 300).idvas(d("2.5"), d("0.8")).population(150_000).refugeBeds(12).visibleVictims(120, 150)
            .build(),
        PlanningArea.builder("B", 40_000, 90).build())).overall();
    assertEquals(1, all.areasWithWorkforce());
    assertFigure("2.5", all.fteInPost().orElseThrow());
    assertFigure("2.0", all.highRiskFte().orElseThrow());
    assertFigure("3.0", all.requiredWhereKnown().orElseThrow(), "only where FTE in post is known");
    assertFigure("83", all.coverage().orElseThrow().allAdvisers().percent());
    assertFigure("4.0", all.caseloadAdvisers().orElseThrow());
    assertEquals(12, all.refugeBeds().getAsLong());
    assertFigure("15", all.refugeTarget().orElseThrow());
    assertFigure("80", all.refugeCoverage().orElseThrow().percent());
    assertEquals(1, all.trace().step("FTE in post (all areas)").orElseThrow().inputs().get("areas").intValue());
    assertFigure(all.teamCost().orElseThrow().toPlainString(),
        PLANNER.planArea(PlanningArea.builder("A", 60_000, 300).build()).teamCost().orElseThrow().total()
            .add(PLANNER.planArea(PlanningArea.builder("B", 40_000, 90).build()).teamCost().orElseThrow().total()));
  }

  @Test
  void advisersInPostWhereNoIdvasAreRequiredGiveNoCoverage() {
    PlanningArea none = PlanningArea.builder("Quiet", 0, 0).idvaFte(d(1)).build();
    AreaPlan plan = PLANNER.planArea(none);
    assertFigure("0", plan.requirement().required().value());
    assertTrue(plan.coverage().isEmpty());
    assertTrue(plan.notes().contains("coverage not worked out: the area requires no IDVAs"), plan.notes().toString());
    assertTrue(plan.notes().contains("cost per victim not worked out: no cases"), plan.notes().toString());
    PlanTotals all = PLANNER.plan(List.of(none)).overall();
    assertFigure("1", all.fteInPost().orElseThrow());
    assertFigure("0", all.requiredWhereKnown().orElseThrow());
    assertTrue(all.coverage().isEmpty());
  }

  @Test
  void aPopulationTooSmallForABedIsNotAssessedForRefuge() {
    // the Council of Europe benchmark of 1 bed per 10,000 people: 4,000 people round to no bed
    AreaPlan plan = PLANNER.planArea(PlanningArea.builder("Hamlet", 1_000, 1).population(4_000).refugeBeds(1).build());
    assertTrue(plan.refuge().isEmpty());
    assertTrue(plan.notes().contains("refuge not assessed: the benchmark gives no beds for this population"), plan.notes().toString());
    assertTrue(PLANNER.plan(List.of(PlanningArea.builder("Hamlet", 1_000, 1).population(4_000).refugeBeds(1).build())).overall()
        .refugeBeds().isEmpty());
    AreaPlan town = PLANNER.planArea(PlanningArea.builder("Town", 1_000, 1).population(5_000).refugeBeds(1).build());
    assertFigure("1", town.refuge().orElseThrow().target().value(), "0.5 of a bed rounds half up to one");
  }

  @Test
  void anAreaWithOnlyMediumRiskVictimsIsPlannedForThem() {
    AreaPlan plan = PLANNER.planArea(PlanningArea.builder("M", 1_000, 1).visibleMediumRisk(170).build());
    assertFigure("2.0", plan.caseloadNeed().orElseThrow().total().value()); // 170 / 85
  }

  @Test
  void anAreasOwnMediumRiskCaseloadReplacesTheStandard() {
    AreaPlan plan = PLANNER.planArea(PlanningArea.builder("M", 1_000, 1).visibleMediumRisk(170).mediumRiskCaseload(d(170)).build());
    assertFigure("1.0", plan.caseloadNeed().orElseThrow().total().value());
  }

  @Test
  void theTotalsTraceEachPartSomeAreaGives() {
    PlanTotals all = PLANNER.plan(List.of(PlanningArea.builder("A", 60_000, 300).visibleVictims(120, 150).build())).overall();
    assertFigure("4.0", all.trace().step("caseload advisers (all areas)").orElseThrow().result());
    assertFigure(all.teamCost().orElseThrow().toPlainString(), all.trace().step("team cost (all areas)").orElseThrow().result());
  }
}
