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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.safeguard.model.MissingValueException;

/**
 * Totals over a group of area plans (a region, or all areas). Every total is the sum of the
 * rounded area figures, as the survey adds MARAC areas into regions and nations, and is never
 * rounded again; the sum of the exact figures is kept beside it. Counts are added exactly: a sum
 * that would not fit a {@code long} is refused, never wrapped round to a negative total. Coverage counts only the areas
 * that give their advisers in post, against those areas' requirement.
 *
 * @param name the region, or "all areas"
 * @param areas how many areas
 * @param required the sum of the areas' rounded required IDVAs
 * @param requiredExactSum the sum of the areas' required IDVAs before rounding
 * @param maracCases the sum of MARAC cases
 * @param areasWithWorkforce how many areas give their advisers in post
 * @param fteInPost their FTE in post
 * @param highRiskFte their FTE counted towards high-risk work
 * @param requiredWhereKnown the required IDVAs of those areas
 * @param coverage coverage both ways over those areas
 * @param caseloadAdvisers the sum of the caseload model's rounded area totals, where worked out
 * @param refugeBeds beds in the areas assessed for refuge
 * @param refugeTarget the sum of their rounded targets
 * @param refugeCoverage beds ÷ target over those areas
 * @param teamCost the sum of the areas' team costs, pounds
 * @param trace the steps
 */
public record PlanTotals(String name, int areas, Fte required, BigDecimal requiredExactSum, long maracCases,
    int areasWithWorkforce, Optional<BigDecimal> fteInPost, Optional<BigDecimal> highRiskFte,
    Optional<BigDecimal> requiredWhereKnown, Optional<WorkforceCoverage> coverage, Optional<BigDecimal> caseloadAdvisers,
    OptionalLong refugeBeds, Optional<BigDecimal> refugeTarget, Optional<Coverage> refugeCoverage,
    Optional<BigDecimal> teamCost, Trace trace) {
  /**
   * Checks that every total is given, if only as empty.
   *
   * @param name the region, or "all areas"
   * @param areas how many areas
   * @param required the sum of the areas' rounded required IDVAs
   * @param requiredExactSum the sum of the areas' required IDVAs before rounding
   * @param maracCases the sum of MARAC cases
   * @param areasWithWorkforce how many areas give their advisers in post
   * @param fteInPost their FTE in post
   * @param highRiskFte their FTE counted towards high-risk work
   * @param requiredWhereKnown the required IDVAs of those areas
   * @param coverage coverage both ways over those areas
   * @param caseloadAdvisers the sum of the caseload model's rounded area totals, where worked out
   * @param refugeBeds beds in the areas assessed for refuge
   * @param refugeTarget the sum of their rounded targets
   * @param refugeCoverage beds ÷ target over those areas
   * @param teamCost the sum of the areas' team costs, pounds
   * @param trace the steps
   */
  public PlanTotals {
    MissingValueException.require("name", name);
    MissingValueException.require("required", required);
    MissingValueException.require("requiredExactSum", requiredExactSum);
    MissingValueException.require("fteInPost", fteInPost);
    MissingValueException.require("highRiskFte", highRiskFte);
    MissingValueException.require("requiredWhereKnown", requiredWhereKnown);
    MissingValueException.require("coverage", coverage);
    MissingValueException.require("caseloadAdvisers", caseloadAdvisers);
    MissingValueException.require("refugeBeds", refugeBeds);
    MissingValueException.require("refugeTarget", refugeTarget);
    MissingValueException.require("refugeCoverage", refugeCoverage);
    MissingValueException.require("teamCost", teamCost);
    MissingValueException.require("trace", trace);
  }

  /** Totals over area plans. */
  static PlanTotals of(String name, List<AreaPlan> plans, Rounding percentRounding) {
    List<Fte> required = new ArrayList<>();
    long cases = 0;
    int withWorkforce = 0;
    BigDecimal inPost = BigDecimal.ZERO;
    BigDecimal highRisk = BigDecimal.ZERO;
    BigDecimal requiredKnown = BigDecimal.ZERO;
    int withCaseload = 0;
    BigDecimal caseload = BigDecimal.ZERO;
    int withRefuge = 0;
    long beds = 0;
    BigDecimal target = BigDecimal.ZERO;
    int withCost = 0;
    BigDecimal cost = BigDecimal.ZERO;
    for (AreaPlan plan : plans) {
      required.add(plan.requirement().required());
      cases = Decimals.add(PlanningArea.MARAC_CASES, cases, plan.requirement().maracCases());
      if (plan.workforce().isPresent()) {
        withWorkforce++;
        inPost = inPost.add(plan.workforce().get().inPost().value());
        highRisk = highRisk.add(plan.workforce().get().highRisk().value());
        requiredKnown = requiredKnown.add(plan.requirement().required().value());
      }
      if (plan.caseloadNeed().isPresent()) {
        withCaseload++;
        caseload = caseload.add(plan.caseloadNeed().get().total().value());
      }
      if (plan.refuge().isPresent()) {
        withRefuge++;
        beds = Decimals.add(PlanningArea.REFUGE_BEDS, beds, plan.refuge().get().beds());
        target = target.add(plan.refuge().get().target().value());
      }
      if (plan.teamCost().isPresent()) {
        withCost++;
        cost = cost.add(plan.teamCost().get().total());
      }
    }
    Trace.Builder trace = Trace.builder();
    Fte requiredSum = Fte.sumOfValues(required);
    trace.step("required IDVAs (" + name + ")", "sum of the areas' rounded required IDVAs")
        .input("areas", plans.size()).input("exact sum", Fte.sumOfExact(required))
        .result(requiredSum.value());
    WorkforceCoverage coverage = null;
    if (withWorkforce > 0) {
      trace.step("FTE in post (" + name + ")", "sum over the areas that give it").input("areas", withWorkforce).result(inPost);
      trace.step("high-risk FTE (" + name + ")", "sum over the same areas").input("areas", withWorkforce).result(highRisk);
      if (requiredKnown.signum() > 0) {
        coverage = new WorkforceCoverage(
            Coverage.of("coverage (all advisers, " + name + ")", inPost, requiredKnown, percentRounding),
            Coverage.of("coverage (high-risk FTE, " + name + ")", highRisk, requiredKnown, percentRounding));
        trace.include(coverage.trace());
      }
    }
    Coverage refugeCoverage = null;
    if (withRefuge > 0) {
      trace.step("refuge target (" + name + ")", "sum of the areas' rounded targets").input("areas", withRefuge).result(target);
      if (target.signum() > 0) {
        refugeCoverage = Coverage.of("refuge coverage (" + name + ")", BigDecimal.valueOf(beds), target, percentRounding);
        trace.include(refugeCoverage.trace());
      }
    }
    if (withCaseload > 0) {
      trace.step("caseload advisers (" + name + ")", "sum of the areas' rounded totals").input("areas", withCaseload).result(caseload);
    }
    if (withCost > 0) {
      trace.step("team cost (" + name + ")", "sum of the areas' team costs").input("areas", withCost).result(cost);
    }
    return new PlanTotals(name, plans.size(), requiredSum, Fte.sumOfExact(required), cases, withWorkforce,
        withWorkforce > 0 ? Optional.of(inPost) : Optional.empty(),
        withWorkforce > 0 ? Optional.of(highRisk) : Optional.empty(),
        withWorkforce > 0 ? Optional.of(requiredKnown) : Optional.empty(),
        Optional.ofNullable(coverage),
        withCaseload > 0 ? Optional.of(caseload) : Optional.empty(),
        withRefuge > 0 ? OptionalLong.of(beds) : OptionalLong.empty(),
        withRefuge > 0 ? Optional.of(target) : Optional.empty(),
        Optional.ofNullable(refugeCoverage),
        withCost > 0 ? Optional.of(cost) : Optional.empty(),
        trace.build());
  }
}
