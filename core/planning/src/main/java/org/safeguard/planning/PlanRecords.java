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

import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;
import org.safeguard.model.EnumCodes;
import org.safeguard.model.MissingValueException;

/**
 * A capacity plan as an export record ({@link Schemas#CAPACITY_PLAN}), made for FULL: the one place
 * that says which field holds which figure of a plan. Write it through an export session like any
 * record ({@code session.write(PlanRecords.of(plan))}). A plan is about areas, never a case, so
 * every purpose keeps every figure: an area's MARAC cases are a service's yearly figure, as the
 * MARAC returns publish it, not a cell of a cohort, and are not suppressed under research.
 */
public final class PlanRecords {
  private PlanRecords() {}

  /**
   * A plan's record.
   *
   * @param plan the plan
   * @return a {@link Schemas#CAPACITY_PLAN} record for FULL
   */
  public static ExportRecord of(CapacityPlan plan) {
    MissingValueException.require("plan", plan);
    ExportRecord.Builder b = ExportRecord.builder(Schemas.CAPACITY_PLAN);
    for (AreaPlan area : plan.areas()) {
      b.set("areas", area(area));
    }
    for (PlanTotals region : plan.regions()) {
      b.set("regions", totals(region));
    }
    return b.set("overall", totals(plan.overall())).setAll("assumptions", plan.assumptions()).build();
  }

  private static ExportRecord area(AreaPlan plan) {
    PlanningArea in = plan.area();
    AreaRequirement r = plan.requirement();
    ExportRecord.Builder b = ExportRecord.builder(Schemas.AREA_PLAN).set("area", in.name()).set("region", in.region())
        .set("adultWomen", in.adultWomen()).set("maracCases", in.maracCases())
        .set("basis", EnumCodes.of(r.basis())).set("casesUsed", r.casesUsed())
        .set("requiredFte", r.required().value()).set("requiredFteExact", r.required().exact());
    plan.workforce().ifPresent(w -> b.set("fteInPost", w.inPost().value()).set("highRiskFte", w.highRisk().value()));
    plan.coverage().ifPresent(c -> b.set("coverageAll", c.allAdvisers().ratio()).set("coverageHighRisk", c.highRiskOnly().ratio()));
    plan.caseloadNeed().ifPresent(n -> b.set("caseloadFte", n.total().value()));
    plan.refuge().ifPresent(refuge -> b.set("refugeBeds", refuge.beds()).set("refugeTarget", refuge.target().value()));
    plan.teamCost().ifPresent(cost -> b.set("teamCost", cost.total()));
    plan.costPerVictim().ifPresent(e -> b.set("costPerVictim", e.value()));
    plan.costPerCessation().ifPresent(e -> b.set("costPerCessation", e.value()));
    return b.setAll("notes", plan.notes()).build();
  }

  private static ExportRecord totals(PlanTotals t) {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.PLAN_TOTALS).set("name", t.name()).set("areas", t.areas())
        .set("requiredFte", t.required().value()).set("requiredFteExact", t.requiredExactSum()).set("maracCases", t.maracCases())
        .set("areasWithWorkforce", t.areasWithWorkforce()).set("fteInPost", t.fteInPost()).set("highRiskFte", t.highRiskFte())
        .set("requiredFteWhereKnown", t.requiredWhereKnown()).set("caseloadFte", t.caseloadAdvisers()).set("refugeTarget", t.refugeTarget())
        .set("teamCost", t.teamCost());
    t.coverage().ifPresent(c -> b.set("coverageAll", c.allAdvisers().ratio()).set("coverageHighRisk", c.highRiskOnly().ratio()));
    if (t.refugeBeds().isPresent()) {
      b.set("refugeBeds", t.refugeBeds().getAsLong());
    }
    return b.build();
  }
}
