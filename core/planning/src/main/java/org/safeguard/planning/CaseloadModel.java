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
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguard.model.MissingValueException;

/**
 * The CAADA caseload model (<i>Hertfordshire Domestic Abuse Review</i>, CAADA, 2014, section 3.4
 * and Appendix 6): advisers for each risk tier = visible victims ÷ the caseload per adviser,
 * rounded by a named rule; an area's total is the sum of its rounded tiers, as the source's tables
 * add them.
 *
 * <p>The source rounds the county to the nearest whole FTE and the MARAC areas to the nearest 0.5,
 * so the rule is a parameter, and {@link #allocate} reports the sum of the rounded areas beside
 * the rounded whole without forcing them to agree (Hertfordshire: 26.5 against 27).
 */
public final class CaseloadModel {
  private final CaseloadStandard standard;
  private final Rounding rounding;

  private CaseloadModel(CaseloadStandard standard, Rounding rounding) {
    this.standard = standard;
    this.rounding = rounding;
  }

  /**
   * A model with a caseload standard and a rounding rule for each tier's advisers.
   *
   * @param standard victims per adviser by tier
   * @param rounding how each tier's advisers are rounded
   * @return the model
   */
  public static CaseloadModel of(CaseloadStandard standard, Rounding rounding) {
    return new CaseloadModel(MissingValueException.require("standard", standard), MissingValueException.require("rounding", rounding));
  }

  /**
   * The caseload standard.
   *
   * @return victims per adviser by tier
   */
  public CaseloadStandard standard() {
    return standard;
  }

  /**
   * The rounding of each tier's advisers.
   *
   * @return the rounding
   */
  public Rounding rounding() {
    return rounding;
  }

  /**
   * The same standard, another rounding, as the source rounds areas differently from the county.
   *
   * @param other the rounding for each tier's advisers
   * @return the model
   */
  public CaseloadModel withRounding(Rounding other) {
    return of(standard, other);
  }

  /**
   * Advisers for an area's visible victims.
   *
   * @param area the area's name
   * @param visibleVictims victims who may engage with support, by tier; each tier must have a
   *     caseload in the standard
   * @return advisers by tier and in total, with the trace
   * @throws PlanningInputException if a count is negative or a tier has no caseload
   */
  public AdviserNeed advisers(String area, Map<RiskTier, BigDecimal> visibleVictims) {
    String name = Decimals.requireName("area", area);
    if (MissingValueException.require("visibleVictims", visibleVictims).isEmpty()) {
      throw new PlanningInputException("visible victims (" + name + ")", "(none)", "victims for at least one risk tier");
    }
    Map<RiskTier, BigDecimal> given = new EnumMap<>(RiskTier.class);
    for (Map.Entry<RiskTier, BigDecimal> entry : visibleVictims.entrySet()) {
      RiskTier tier = MissingValueException.require("visible victims: tier", entry.getKey());
      given.put(tier, Decimals.requireNonNegative("visible victims (" + tier.words() + ")", entry.getValue()));
    }
    Trace.Builder trace = Trace.builder();
    Map<RiskTier, BigDecimal> victims = new EnumMap<>(RiskTier.class);
    Map<RiskTier, Fte> byTier = new EnumMap<>(RiskTier.class);
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal exactSum = BigDecimal.ZERO;
    for (Map.Entry<RiskTier, BigDecimal> entry : given.entrySet()) {
      RiskTier tier = entry.getKey();
      BigDecimal count = entry.getValue();
      BigDecimal caseload = standard.caseload(tier);
      BigDecimal exact = Decimals.divide(count, caseload);
      trace.step("advisers (" + tier.words() + ")", "visible victims ÷ caseload per adviser")
          .input("visible victims", count).input("caseload", caseload)
          .result(exact, rounding);
      Fte fte = Fte.rounded(exact, rounding);
      victims.put(tier, count);
      byTier.put(tier, fte);
      sum = sum.add(fte.value());
      exactSum = exactSum.add(exact);
    }
    trace.step("advisers (total)", "sum of the rounded tiers").input("exact sum", exactSum).result(sum);
    return new AdviserNeed(name, victims, byTier, Fte.of(sum), exactSum, trace.build());
  }

  /**
   * Advisers for high and medium risk victims.
   *
   * @param area the area's name
   * @param highRiskVictims visible high-risk victims; from 0 to {@link PlanningArea#MAX_COUNT}
   * @param mediumRiskVictims visible medium-risk victims; from 0 to {@link PlanningArea#MAX_COUNT}
   * @return advisers by tier and in total, with the trace
   * @throws PlanningInputException if a count is negative or above the ceiling
   */
  public AdviserNeed advisers(String area, long highRiskVictims, long mediumRiskVictims) {
    Map<RiskTier, BigDecimal> victims = new EnumMap<>(RiskTier.class);
    victims.put(RiskTier.HIGH, BigDecimal.valueOf(Decimals.requireNonNegative("visible victims (high risk)", highRiskVictims)));
    victims.put(RiskTier.MEDIUM, BigDecimal.valueOf(Decimals.requireNonNegative("visible victims (medium risk)", mediumRiskVictims)));
    return advisers(area, victims);
  }

  /**
   * Shares a whole's visible victims among areas and plans advisers for each: the whole with this
   * model's rounding, each area's victims with {@code victimRounding}, each area's advisers with
   * {@code areaRounding}.
   *
   * @param whole the whole's name, for example the county
   * @param visibleVictims the whole's visible victims by tier
   * @param shares the areas and their weights
   * @param victimRounding how each area's share of victims is rounded
   * @param areaRounding how each area's advisers are rounded
   * @return the whole's advisers, each area's, and the sum of the areas beside the whole
   * @throws PlanningInputException if a count is negative, a tier has no caseload, there are no
   *     areas or the weights add up to zero
   */
  public Allocation allocate(String whole, Map<RiskTier, BigDecimal> visibleVictims, List<AreaShare> shares,
      Rounding victimRounding, Rounding areaRounding) {
    MissingValueException.require("victimRounding", victimRounding);
    MissingValueException.require("areaRounding", areaRounding);
    AreaShare.requireShares(shares);
    AdviserNeed wholeNeed = advisers(whole, visibleVictims);
    Map<RiskTier, AreaShare.ShareAllocation> perTier = new EnumMap<>(RiskTier.class);
    for (Map.Entry<RiskTier, BigDecimal> entry : wholeNeed.victims().entrySet()) {
      perTier.put(entry.getKey(),
          AreaShare.allocate("visible victims, " + entry.getKey().words(), entry.getValue(), shares, victimRounding));
    }
    CaseloadModel areaModel = withRounding(areaRounding);
    List<Allocation.AreaAllocation> areas = new ArrayList<>(shares.size());
    Map<RiskTier, BigDecimal> sumByTier = new EnumMap<>(RiskTier.class);
    BigDecimal sumTotal = BigDecimal.ZERO;
    for (int i = 0; i < shares.size(); i++) {
      Map<RiskTier, BigDecimal> areaVictims = new LinkedHashMap<>();
      Trace.Builder trace = Trace.builder();
      for (Map.Entry<RiskTier, AreaShare.ShareAllocation> entry : perTier.entrySet()) {
        Estimate part = entry.getValue().parts().get(i);
        areaVictims.put(entry.getKey(), part.value());
        trace.include(part.trace());
      }
      AdviserNeed need = areaModel.advisers(shares.get(i).area(), areaVictims);
      trace.include(need.trace());
      areas.add(new Allocation.AreaAllocation(shares.get(i), need, trace.build()));
      for (Map.Entry<RiskTier, Fte> tier : need.byTier().entrySet()) {
        sumByTier.merge(tier.getKey(), tier.getValue().value(), BigDecimal::add);
      }
      sumTotal = sumTotal.add(need.total().value());
    }
    return new Allocation(wholeNeed, areas, Collections.unmodifiableMap(sumByTier), sumTotal);
  }

  @Override
  public String toString() {
    return "advisers = visible victims ÷ " + standard.caseloads() + ", " + rounding.describe();
  }
}
