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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.planning.Figures.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;

/** A capacity plan as an export record: every figure the plan has, in its field, and nothing made up. */
class PlanRecordsTest {
  private static final List<PlanningArea> AREAS = List.of(
      PlanningArea.builder("Northvale", 60_000, 300).region("Synthetic North").population(150_000)
          .idvas(d("2.5"), d("0.8")).refugeBeds(12).visibleVictims(120, 150).build(),
      PlanningArea.builder("Eastmere", 40_000, 90).region("Synthetic North").population(95_000).idvaFte(d("1.0")).refugeBeds(4).build(),
      PlanningArea.builder("Westby", 10_000, 12).build());

  @Test
  void eachAreaCarriesItsPlansFiguresAndLeavesOutWhatItsInputsDidNotAllow() {
    CapacityPlan plan = CapacityPlanner.defaults().plan(AREAS);
    ExportRecord r = PlanRecords.of(plan);
    assertEquals(Schemas.CAPACITY_PLAN, r.schema());
    assertEquals(Purpose.FULL, r.purpose());
    List<ExportRecord> areas = r.records("areas");
    assertEquals(3, areas.size());
    ExportRecord northvale = areas.get(0);
    AreaPlan np = plan.areas().get(0);
    assertEquals(Optional.of("Northvale"), northvale.text("area"));
    assertEquals(Optional.of("Synthetic North"), northvale.text("region"));
    assertEquals(60_000L, northvale.integer("adultWomen").getAsLong());
    assertEquals(300L, northvale.integer("maracCases").getAsLong());
    // 40 per 10,000 of 60,000 women = 240 < 300 MARAC cases: the MARAC's count, 3.0 FTE
    assertEquals(Optional.of("marac-cases"), northvale.text("basis"));
    assertEquals(Optional.of(d("3.0")), northvale.decimal("requiredFte"));
    assertEquals(Optional.of(np.requirement().required().exact()), northvale.decimal("requiredFteExact"));
    assertEquals(Optional.of(np.workforce().orElseThrow().inPost().value()), northvale.decimal("fteInPost"));
    assertEquals(Optional.of(np.coverage().orElseThrow().allAdvisers().ratio()), northvale.decimal("coverageAll"));
    assertEquals(Optional.of(np.caseloadNeed().orElseThrow().total().value()), northvale.decimal("caseloadFte"));
    assertEquals(12L, northvale.integer("refugeBeds").getAsLong());
    assertEquals(Optional.of(np.teamCost().orElseThrow().total()), northvale.decimal("teamCost"));
    assertEquals(Optional.of(np.costPerCessation().orElseThrow().value()), northvale.decimal("costPerCessation"));
    // Westby gave nothing beyond its counts: its record has no workforce, coverage, caseload or refuge, and says why
    ExportRecord westby = areas.get(2);
    for (String absent : List.of("region", "fteInPost", "highRiskFte", "coverageAll", "coverageHighRisk", "caseloadFte", "refugeBeds",
        "refugeTarget")) {
      assertFalse(westby.has(Schemas.AREA_PLAN.indexOf(absent)), absent);
    }
    assertEquals(plan.areas().get(2).notes(), westby.texts("notes"));
    assertEquals(Optional.of("prevalence"), westby.text("basis"), "12 MARAC cases are fewer than the prevalence estimate of 40");
    assertEquals(plan.assumptions(), r.texts("assumptions"));
  }

  @Test
  void regionsAndTheOverallTotalsAreThePlansOwn() {
    CapacityPlan plan = CapacityPlanner.defaults().plan(AREAS);
    ExportRecord r = PlanRecords.of(plan);
    List<ExportRecord> regions = r.records("regions");
    assertEquals(plan.regions().size(), regions.size());
    assertEquals(Optional.of("Synthetic North"), regions.get(0).text("name"));
    ExportRecord overall = r.record("overall").orElseThrow();
    PlanTotals all = plan.overall();
    assertEquals(3L, overall.integer("areas").getAsLong());
    assertEquals(402L, overall.integer("maracCases").getAsLong());
    assertEquals(Optional.of(all.required().value()), overall.decimal("requiredFte"));
    assertEquals(2L, overall.integer("areasWithWorkforce").getAsLong());
    assertEquals(all.fteInPost(), overall.decimal("fteInPost"));
    assertEquals(Optional.of(all.coverage().orElseThrow().highRiskOnly().ratio()), overall.decimal("coverageHighRisk"));
    assertEquals(16L, overall.integer("refugeBeds").getAsLong());
    assertEquals(all.teamCost(), overall.decimal("teamCost"));
  }

  /** The record's totals add up over its areas, for any synthetic set of areas: the record carries the plan's figures, not others. */
  @Property(tries = 60)
  void theOverallRequirementIsTheSumOfTheAreasInTheRecord(@ForAll @IntRange(min = 1, max = 12) int count,
      @ForAll @IntRange(min = 0, max = 1_000) int seed) {
    java.util.Random random = new java.util.Random(seed);
    List<PlanningArea> areas = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      areas.add(PlanningArea.builder("Area " + i, 1_000 + random.nextInt(200_000), random.nextInt(900)).build());
    }
    ExportRecord r = PlanRecords.of(CapacityPlanner.defaults().plan(areas));
    BigDecimal sum = BigDecimal.ZERO;
    long cases = 0;
    for (ExportRecord area : r.records("areas")) {
      sum = sum.add(area.decimal("requiredFte").orElseThrow());
      cases += area.integer("maracCases").getAsLong();
    }
    ExportRecord overall = r.record("overall").orElseThrow();
    assertEquals(0, sum.compareTo(overall.decimal("requiredFte").orElseThrow()), sum + " against " + overall);
    assertEquals(cases, overall.integer("maracCases").getAsLong());
    assertTrue(r.records("areas").stream().allMatch(a -> a.decimal("requiredFte").orElseThrow().signum() >= 0));
  }
}
