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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Laws of the planning calculators: more cases never need fewer advisers; a figure rounded up is
 * never below the exact one; coverage never falls as advisers are added; an allocation reports the
 * sum of its rounded areas beside the rounded whole without changing either.
 */
class PlanningProperties {
  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(6);
  }

  @Provide
  Arbitrary<BigDecimal> steps() {
    return Arbitraries.of("0.5", "1", "0.25", "10", "100", "1000", "0.01", "0.3", "7").map(BigDecimal::new);
  }

  @Provide
  Arbitrary<RoundingMode> modes() {
    return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN, RoundingMode.CEILING,
        RoundingMode.FLOOR, RoundingMode.UP, RoundingMode.DOWN);
  }

  @Property
  void aFigureRoundedUpIsNeverBelowTheExactOne(@ForAll("values") BigDecimal value, @ForAll("steps") BigDecimal step) {
    BigDecimal up = Rounding.upTo(step).apply(value);
    assertTrue(up.compareTo(value) >= 0, up + " < " + value);
    assertTrue(up.subtract(value).compareTo(step) < 0, "rounded up by a whole step or more");
  }

  @Property
  void everyRuleLandsOnAMultipleOfItsStepWithinOneStep(@ForAll("values") BigDecimal value, @ForAll("steps") BigDecimal step,
      @ForAll("modes") RoundingMode mode) {
    BigDecimal rounded = Rounding.to(step, mode).apply(value);
    assertEquals(0, rounded.remainder(step).signum(), rounded + " is not a multiple of " + step);
    assertTrue(rounded.subtract(value).abs().compareTo(step) < 0);
    if (mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_DOWN || mode == RoundingMode.HALF_EVEN) {
      assertTrue(rounded.subtract(value).abs().multiply(BigDecimal.valueOf(2)).compareTo(step) <= 0, "not the nearest");
    }
  }

  @Property
  void roundingIsMonotone(@ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b, @ForAll("steps") BigDecimal step,
      @ForAll("modes") RoundingMode mode) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    Rounding rule = Rounding.to(step, mode);
    assertTrue(rule.apply(low).compareTo(rule.apply(high)) <= 0);
  }

  @Property
  void moreMaracCasesNeverNeedFewerIdvas(@ForAll @LongRange(min = 0, max = 5_000_000) long women,
      @ForAll @LongRange(min = 0, max = 200_000) long cases, @ForAll @LongRange(min = 0, max = 10_000) long more) {
    Fte fewer = RequiredIdvas.SAFELIVES_2019.forArea("A", women, cases).required();
    Fte moreCases = RequiredIdvas.SAFELIVES_2019.forArea("A", women, cases + more).required();
    Fte moreWomen = RequiredIdvas.SAFELIVES_2019.forArea("A", women + more, cases).required();
    assertTrue(moreCases.value().compareTo(fewer.value()) >= 0);
    assertTrue(moreWomen.value().compareTo(fewer.value()) >= 0);
    assertTrue(fewer.value().compareTo(fewer.exact()) >= 0, "the required figure is rounded up");
  }

  @Property
  void moreVisibleVictimsNeverNeedFewerAdvisers(@ForAll @LongRange(min = 0, max = 100_000) long high,
      @ForAll @LongRange(min = 0, max = 100_000) long medium, @ForAll @LongRange(min = 0, max = 5_000) long more,
      @ForAll("caseloadRoundings") Rounding rounding) {
    CaseloadModel model = CaseloadModel.of(CaseloadStandard.CAADA_2014, rounding);
    AdviserNeed base = model.advisers("A", high, medium);
    assertTrue(model.advisers("A", high + more, medium).total().value().compareTo(base.total().value()) >= 0);
    assertTrue(model.advisers("A", high, medium + more).total().value().compareTo(base.total().value()) >= 0);
  }

  @Provide
  Arbitrary<Rounding> caseloadRoundings() {
    return Arbitraries.of(Rounding.NEAREST_WHOLE, Rounding.NEAREST_HALF, Rounding.UP_TO_HALF, Rounding.EXACT);
  }

  @Property
  void coverageNeverFallsAsAdvisersAreAdded(@ForAll @IntRange(min = 0, max = 100_000) int tenthsInPost,
      @ForAll @IntRange(min = 0, max = 1_000) int tenthsMore, @ForAll @IntRange(min = 1, max = 100_000) int tenthsRequired,
      @ForAll @IntRange(min = 0, max = 100) int sharePercent) {
    BigDecimal inPost = BigDecimal.valueOf(tenthsInPost, 1);
    BigDecimal more = inPost.add(BigDecimal.valueOf(tenthsMore, 1));
    BigDecimal required = BigDecimal.valueOf(tenthsRequired, 1);
    BigDecimal share = BigDecimal.valueOf(sharePercent, 2);
    WorkforceCoverage before = Workforce.of(inPost, share).against(required);
    WorkforceCoverage after = Workforce.of(more, share).against(required);
    assertTrue(after.allAdvisers().ratio().compareTo(before.allAdvisers().ratio()) >= 0);
    assertTrue(after.allAdvisers().percent().compareTo(before.allAdvisers().percent()) >= 0);
    assertTrue(after.highRiskOnly().percent().compareTo(before.highRiskOnly().percent()) >= 0);
    assertTrue(before.highRiskOnly().ratio().compareTo(before.allAdvisers().ratio()) <= 0,
        "counting only high-risk time never raises coverage");
  }

  @Property
  void anAllocationReportsTheSumOfRoundedAreasBesideTheRoundedWhole(
      @ForAll @LongRange(min = 0, max = 50_000) long high, @ForAll @LongRange(min = 0, max = 50_000) long medium,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 10_000) Integer> weights) {
    if (weights.stream().mapToInt(Integer::intValue).sum() == 0) {
      return;
    }
    List<AreaShare> shares = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      shares.add(AreaShare.of("area " + i, weights.get(i)));
    }
    Map<RiskTier, BigDecimal> victims = new EnumMap<>(RiskTier.class);
    victims.put(RiskTier.HIGH, BigDecimal.valueOf(high));
    victims.put(RiskTier.MEDIUM, BigDecimal.valueOf(medium));
    CaseloadModel county = CaseloadModel.of(CaseloadStandard.CAADA_2014, Rounding.NEAREST_WHOLE);
    Allocation allocation = county.allocate("whole", victims, shares, Rounding.nearest(100), Rounding.NEAREST_HALF);

    // the whole is what the model gives it alone: the areas never pull it into line
    assertEquals(0, allocation.whole().total().value().compareTo(county.advisers("whole", victims).total().value()));
    // the reported sum is exactly the sum of the areas' rounded figures
    BigDecimal sum = BigDecimal.ZERO;
    for (Allocation.AreaAllocation area : allocation.areas()) {
      sum = sum.add(area.need().total().value());
    }
    assertEquals(0, sum.compareTo(allocation.sumOfAreas()));
    assertEquals(allocation.areasAddUpToWhole(), sum.compareTo(allocation.whole().total().value()) == 0);
  }
}
