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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.MissingValueException;

/**
 * Plans capacity and cost for a list of areas by putting the calculators together: required
 * IDVAs ({@link RequiredIdvas}), advisers in post both ways ({@link Workforce}), the caseload model
 * where visible victims are given ({@link CaseloadModel}), refuge beds against the benchmark
 * ({@link RefugeBenchmark}), the cost of a team sized to the required IDVAs ({@link TeamCostModel})
 * and its cost per victim and per cessation ({@link CostEffectiveness}); then totals by region and
 * overall, each the sum of the rounded area figures.
 *
 * <p>Immutable and thread-safe once built. The defaults are the published ones: SafeLives 2019 for
 * required IDVAs, CAADA 2014 caseloads (65 high, 85 medium) rounded to the nearest 0.5 FTE as the
 * Hertfordshire areas are, the Council of Europe refuge benchmark, the Hertfordshire 2014 team
 * cost model, and the 57% cessation rate of Safety in Numbers.
 */
public final class CapacityPlanner {
  /**
   * Abuse ceased completely or nearly for 57% of victims after IDVA support: <i>Safety in
   * Numbers</i> (CAADA, 2009), Finding 2.
   */
  public static final BigDecimal SAFETY_IN_NUMBERS_CESSATION = new BigDecimal("0.57");

  private final RequiredIdvas requiredIdvas;
  private final CaseloadStandard caseloadStandard;
  private final Rounding caseloadRounding;
  private final RefugeBenchmark refugeBenchmark;
  private final @Nullable TeamCostModel team;
  private final BigDecimal cessationRate;
  private final Rounding percentRounding;
  private final Rounding unitCostRounding;

  private CapacityPlanner(Builder b) {
    this.requiredIdvas = b.requiredIdvas;
    this.caseloadStandard = b.caseloadStandard;
    this.caseloadRounding = b.caseloadRounding;
    this.refugeBenchmark = b.refugeBenchmark;
    this.team = b.team;
    this.cessationRate = b.cessationRate;
    this.percentRounding = b.percentRounding;
    this.unitCostRounding = b.unitCostRounding;
  }

  /**
   * A planner with the published defaults.
   *
   * @return the planner
   */
  public static CapacityPlanner defaults() {
    return builder().build();
  }

  /**
   * A builder starting from the published defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The settings in words, one line each, for the head of a report, so that a reader can see which
   * standard every figure below rests on.
   *
   * @return one line a setting
   */
  public List<String> assumptions() {
    List<String> lines = new ArrayList<>();
    lines.add("required IDVAs: " + requiredIdvas);
    lines.add("coverage: FTE in post ÷ required, and high-risk FTE (FTE × share of time on high risk) ÷ required; "
        + "per cent " + percentRounding.describe());
    lines.add("caseload model: visible victims ÷ caseload (" + caseloadStandard.caseload(RiskTier.HIGH).toPlainString()
        + " high, " + caseloadStandard.caseload(RiskTier.MEDIUM).toPlainString() + " medium, unless the area sets its own), "
        + caseloadRounding.describe() + "; an area's total is the sum of its rounded tiers");
    lines.add("refuge: " + refugeBenchmark.bedsPer10k().toPlainString() + " bed per 10,000 population, target "
        + refugeBenchmark.targetRounding().describe());
    if (team != null) {
      lines.add("team cost: the model team (" + team.adviserFte().toPlainString() + " advisers) scaled to the required IDVAs; "
          + "on-costs ×" + team.onCostMultiplier().toPlainString() + ", overheads " + team.overheadRate().toPlainString()
          + ", contingency " + team.contingencyRate().toPlainString());
      lines.add("cost per victim: team cost ÷ cases used; per cessation: ÷ " + cessationRate.toPlainString()
          + "; both " + unitCostRounding.describe());
    }
    lines.add("totals: sums of the rounded area figures, never rounded again");
    return lines;
  }

  /**
   * Plans every area and totals them.
   *
   * @param areas the areas, each named once
   * @return each area's plan, the totals by region and overall, and the assumptions
   * @throws MissingValueException if the list or an area in it is null
   * @throws PlanningInputException if two areas share a name, or a total does not fit a {@code long}
   */
  public CapacityPlan plan(List<PlanningArea> areas) {
    MissingValueException.require("areas", areas);
    for (int i = 0; i < areas.size(); i++) {
      MissingValueException.require("areas item " + (i + 1), areas.get(i));
    }
    Map<String, PlanningArea> byName = new LinkedHashMap<>();
    for (PlanningArea area : areas) {
      if (byName.putIfAbsent(area.name(), area) != null) {
        throw new PlanningInputException(PlanningArea.AREA, area.name(), "each area appears once in a plan");
      }
    }
    List<AreaPlan> plans = new ArrayList<>(areas.size());
    for (PlanningArea area : areas) {
      plans.add(planArea(area));
    }
    Map<String, List<AreaPlan>> regions = new LinkedHashMap<>();
    for (AreaPlan plan : plans) {
      plan.area().region().ifPresent(r -> regions.computeIfAbsent(r, k -> new ArrayList<>()).add(plan));
    }
    List<PlanTotals> regionTotals = new ArrayList<>();
    for (Map.Entry<String, List<AreaPlan>> region : regions.entrySet()) {
      regionTotals.add(PlanTotals.of(region.getKey(), region.getValue(), percentRounding));
    }
    return new CapacityPlan(plans, regionTotals, PlanTotals.of("all areas", plans, percentRounding), assumptions());
  }

  /**
   * Plans one area: the parts its inputs allow, with a note for each part left out.
   *
   * @param area the area's inputs
   * @return the area's plan
   */
  public AreaPlan planArea(PlanningArea area) {
    MissingValueException.require("area", area);
    List<String> notes = new ArrayList<>();
    AreaRequirement requirement = requiredIdvas.forArea(area);
    Trace.Builder trace = Trace.builder().include(requirement.trace());

    Workforce workforce = null;
    WorkforceCoverage coverage = null;
    if (area.idvaFte().isPresent()) {
      BigDecimal share = area.highRiskShare().orElse(BigDecimal.ONE);
      if (area.highRiskShare().isEmpty()) {
        notes.add("high_risk_share not given: all of the advisers' time counted as high risk");
      }
      workforce = Workforce.of(area.idvaFte().get(), share);
      trace.include(workforce.trace());
      if (requirement.required().value().signum() > 0) {
        coverage = workforce.against(requirement.required().value(), percentRounding);
        trace.include(coverage.trace());
      } else {
        notes.add("coverage not worked out: the area requires no IDVAs");
      }
    } else {
      notes.add("coverage not worked out: idva_fte not given");
    }

    AdviserNeed caseloadNeed = null;
    if (area.visibleHighRisk().isPresent() || area.visibleMediumRisk().isPresent()) {
      Map<RiskTier, BigDecimal> caseloads = new EnumMap<>(caseloadStandard.caseloads());
      area.highRiskCaseload().ifPresent(c -> caseloads.put(RiskTier.HIGH, c));
      area.mediumRiskCaseload().ifPresent(c -> caseloads.put(RiskTier.MEDIUM, c));
      Map<RiskTier, BigDecimal> victims = new EnumMap<>(RiskTier.class);
      area.visibleHighRisk().ifPresent(v -> victims.put(RiskTier.HIGH, BigDecimal.valueOf(v)));
      area.visibleMediumRisk().ifPresent(v -> victims.put(RiskTier.MEDIUM, BigDecimal.valueOf(v)));
      caseloadNeed = CaseloadModel.of(new CaseloadStandard(caseloads), caseloadRounding).advisers(area.name(), victims);
      trace.include(caseloadNeed.trace());
    } else {
      notes.add("caseload model not worked out: visible_high_risk and visible_medium_risk not given");
    }

    RefugeProvision refuge = null;
    if (area.population().isPresent() && area.refugeBeds().isPresent()) {
      long population = area.population().getAsLong();
      if (refugeBenchmark.target(population).value().signum() > 0) {
        refuge = refugeBenchmark.assess(area.name(), population, area.refugeBeds().getAsLong(), percentRounding);
        trace.include(refuge.trace());
      } else {
        notes.add("refuge not assessed: the benchmark gives no beds for this population");
      }
    } else {
      notes.add("refuge not assessed: population and refuge_beds are both needed");
    }

    TeamCost teamCost = null;
    Estimate perVictim = null;
    Estimate perCessation = null;
    if (team != null) {
      teamCost = team.scaledToAdvisers(requirement.required().value()).cost();
      trace.include(teamCost.trace());
      if (requirement.casesUsed().signum() > 0) {
        perVictim = teamCost.perVictim(requirement.casesUsed(), unitCostRounding);
        trace.include(perVictim.trace());
        perCessation = CostEffectiveness.costPerCessation(perVictim.exact(), cessationRate, unitCostRounding);
        trace.include(perCessation.trace());
      } else {
        notes.add("cost per victim not worked out: no cases");
      }
    }
    return new AreaPlan(area, requirement, Optional.ofNullable(workforce), Optional.ofNullable(coverage),
        Optional.ofNullable(caseloadNeed), Optional.ofNullable(refuge), Optional.ofNullable(teamCost),
        Optional.ofNullable(perVictim), Optional.ofNullable(perCessation), notes, trace.build());
  }

  /** Builds a {@link CapacityPlanner}, starting from the published defaults. */
  public static final class Builder {
    private RequiredIdvas requiredIdvas = RequiredIdvas.SAFELIVES_2019;
    private CaseloadStandard caseloadStandard = CaseloadStandard.CAADA_2014;
    private Rounding caseloadRounding = Rounding.NEAREST_HALF;
    private RefugeBenchmark refugeBenchmark = RefugeBenchmark.COUNCIL_OF_EUROPE;
    private @Nullable TeamCostModel team = TeamCostModel.HERTFORDSHIRE_2014;
    private BigDecimal cessationRate = SAFETY_IN_NUMBERS_CESSATION;
    private Rounding percentRounding = Rounding.NEAREST_WHOLE;
    private Rounding unitCostRounding = Rounding.NEAREST_WHOLE;

    private Builder() {}

    /**
     * The required-IDVA formula; by default SafeLives 2019.
     *
     * @param value the formula
     * @return this builder
     */
    public Builder requiredIdvas(RequiredIdvas value) {
      this.requiredIdvas = MissingValueException.require("requiredIdvas", value);
      return this;
    }

    /**
     * The caseload standard for areas that do not set their own, and the rounding of each tier.
     *
     * @param standard victims per adviser by tier; by default CAADA 2014
     * @param rounding how each tier's advisers are rounded; by default to the nearest 0.5
     * @return this builder
     */
    public Builder caseloads(CaseloadStandard standard, Rounding rounding) {
      this.caseloadStandard = MissingValueException.require("standard", standard);
      this.caseloadRounding = MissingValueException.require("rounding", rounding);
      return this;
    }

    /**
     * The refuge-bed benchmark; by default the Council of Europe's.
     *
     * @param value the benchmark
     * @return this builder
     */
    public Builder refugeBenchmark(RefugeBenchmark value) {
      this.refugeBenchmark = MissingValueException.require("refugeBenchmark", value);
      return this;
    }

    /**
     * The model team that is scaled to each area's required IDVAs; by default Hertfordshire 2014.
     *
     * @param value the model team
     * @return this builder
     */
    public Builder team(TeamCostModel value) {
      this.team = MissingValueException.require("team", value);
      return this;
    }

    /**
     * Leaves team costs, and so costs per victim and per cessation, out of the plan.
     *
     * @return this builder
     */
    public Builder noTeamCost() {
      this.team = null;
      return this;
    }

    /**
     * The share of victims whose abuse ceases, for the cost per cessation.
     *
     * @param value the share, above zero and at most one; by default 0.57
     * @return this builder
     * @throws PlanningInputException if not above zero or above one
     */
    public Builder cessationRate(BigDecimal value) {
      Decimals.requireShare("cessation rate", Decimals.input("cessation rate", value));
      if (value.signum() == 0) {
        throw new PlanningInputException("cessation rate", "0", "above zero: cost per cessation divides by it");
      }
      this.cessationRate = value;
      return this;
    }

    /**
     * How coverage percentages are rounded; by default to the nearest whole number.
     *
     * @param value the rounding
     * @return this builder
     */
    public Builder percentRounding(Rounding value) {
      this.percentRounding = MissingValueException.require("percentRounding", value);
      return this;
    }

    /**
     * How costs per victim and per cessation are rounded; by default to the nearest pound.
     *
     * @param value the rounding
     * @return this builder
     */
    public Builder unitCostRounding(Rounding value) {
      this.unitCostRounding = MissingValueException.require("unitCostRounding", value);
      return this;
    }

    /**
     * The planner.
     *
     * @return a planner with the settings given
     */
    public CapacityPlanner build() {
      return new CapacityPlanner(this);
    }
  }
}
