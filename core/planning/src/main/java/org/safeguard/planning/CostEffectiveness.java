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
import org.safeguard.model.MissingValueException;

/**
 * Cost per outcome: per victim supported, per case where abuse ceased, per unit of provision a
 * week, and the savings range of <i>Safety in Numbers</i> (CAADA, 2009, note xi). Money is in
 * pounds, each result rounded by the rule given.
 */
public final class CostEffectiveness {
  /** Weeks in a year, as the refuge tables divide by. */
  public static final BigDecimal WEEKS_A_YEAR = BigDecimal.valueOf(52);

  private CostEffectiveness() {}

  /**
   * A cost divided by a count.
   *
   * @param what names the result in the trace, for example {@code cost per adviser}
   * @param cost the cost, pounds; not negative
   * @param units the count divided by; above zero
   * @param unitsName names the count in the trace
   * @param rounding how the result is rounded
   * @return the cost per unit, with its trace
   * @throws PlanningInputException if the cost is negative or the count is not above zero
   */
  public static Estimate costPer(String what, BigDecimal cost, BigDecimal units, String unitsName, Rounding rounding) {
    return PeopleEstimates.per(what, cost, "cost", units, unitsName, rounding);
  }

  /**
   * Cost per victim supported: cost ÷ victims.
   *
   * @param cost the cost, pounds; not negative
   * @param victims victims supported; above zero
   * @param rounding how the result is rounded
   * @return the cost per victim, with its trace
   * @throws PlanningInputException if the cost is negative or there are no victims
   */
  public static Estimate costPerVictim(BigDecimal cost, BigDecimal victims, Rounding rounding) {
    return costPer("cost per victim", cost, victims, "victims", rounding);
  }

  /**
   * Cost per case where abuse ceased: cost per victim ÷ the share of victims whose abuse ceased.
   *
   * @param costPerVictim the cost per victim supported, pounds; not negative
   * @param cessationRate the share of victims whose abuse ceased, above zero and at most one
   * @param rounding how the result is rounded
   * @return the cost per cessation, with its trace
   * @throws PlanningInputException if the rate is not above zero or above one
   */
  public static Estimate costPerCessation(BigDecimal costPerVictim, BigDecimal cessationRate, Rounding rounding) {
    Decimals.requireNonNegative("cost per victim", costPerVictim);
    Decimals.requireShare("cessation rate", cessationRate);
    if (cessationRate.signum() == 0) {
      throw new PlanningInputException("cessation rate", "0", "above zero: cost per cessation divides by it");
    }
    Trace.Builder trace = Trace.builder();
    trace.step("cost per cessation", "cost per victim ÷ cessation rate")
        .input("cost per victim", costPerVictim).input("cessation rate", cessationRate)
        .result(Decimals.divide(costPerVictim, cessationRate), rounding);
    return Estimate.from("cost per cessation", trace.build());
  }

  /**
   * An annual sum per unit (bed, unit of refuge) per week: annual ÷ units ÷ 52.
   *
   * @param what names the result in the trace, for example {@code support per unit per week}
   * @param annual the annual sum, pounds; not negative
   * @param units the units; above zero
   * @param rounding how the result is rounded
   * @return the sum per unit per week, with its trace
   * @throws PlanningInputException if the sum is negative or the units not above zero
   */
  public static Estimate perUnitPerWeek(String what, BigDecimal annual, BigDecimal units, Rounding rounding) {
    Decimals.requireNonNegative(what, annual);
    if (Decimals.bounded("units", units).signum() <= 0) {
      throw new PlanningInputException("units", Decimals.brief(units), "above zero: " + what + " divides by it");
    }
    Trace.Builder trace = Trace.builder();
    trace.step(what, "annual sum ÷ units ÷ 52 weeks")
        .input("annual sum", annual).input("units", units).input("weeks", WEEKS_A_YEAR)
        .result(Decimals.divide(annual, units.multiply(WEEKS_A_YEAR)), rounding);
    return Estimate.from(what, trace.build());
  }

  /**
   * A weekly rate per unit as an annual sum: rate × units × 52, for rows whose rate is the input.
   *
   * @param what names the result in the trace
   * @param weeklyRate the rate per unit per week, pounds; not negative
   * @param units the units; not negative
   * @param rounding how the result is rounded
   * @return the annual sum, with its trace
   * @throws PlanningInputException if the rate or the units are negative
   */
  public static Estimate annualFromWeekly(String what, BigDecimal weeklyRate, BigDecimal units, Rounding rounding) {
    Decimals.requireNonNegative("weekly rate", weeklyRate);
    Decimals.requireNonNegative("units", units);
    Trace.Builder trace = Trace.builder();
    trace.step(what, "weekly rate × units × 52 weeks")
        .input("weekly rate", weeklyRate).input("units", units).input("weeks", WEEKS_A_YEAR)
        .result(weeklyRate.multiply(units).multiply(WEEKS_A_YEAR), rounding);
    return Estimate.from(what, trace.build());
  }

  /**
   * The savings range: extra cessations = high-risk victims × (cessation rate with intensive support
   * − without); savings = extra cessations × direct cost avoided per case, the low end from the low
   * assumptions and the high end from the high ones.
   *
   * @param assumptions the victims, cessation rates and costs avoided, low and high
   * @param savingsRounding how each end of the savings is rounded
   * @return the extra cessations and the savings, low and high, with the trace
   */
  public static SavingsRange savings(SavingsAssumptions assumptions, Rounding savingsRounding) {
    MissingValueException.require("assumptions", assumptions);
    MissingValueException.require("savingsRounding", savingsRounding);
    BigDecimal difference = assumptions.cessationWith().subtract(assumptions.cessationWithout());
    Estimate low = extraCessations("extra cessations (low)", assumptions.victimsLow(), difference);
    Estimate high = extraCessations("extra cessations (high)", assumptions.victimsHigh(), difference);
    Estimate savingsLow = saving("savings (low)", low.value(), assumptions.costAvoidedLow(), savingsRounding);
    Estimate savingsHigh = saving("savings (high)", high.value(), assumptions.costAvoidedHigh(), savingsRounding);
    Trace trace = low.trace().then(high.trace()).then(savingsLow.trace()).then(savingsHigh.trace());
    return new SavingsRange(low, high, savingsLow, savingsHigh, trace);
  }

  private static Estimate extraCessations(String name, BigDecimal victims, BigDecimal difference) {
    Trace.Builder trace = Trace.builder();
    trace.step(name, "high-risk victims × (cessation with intensive support − without)")
        .input("victims", victims).input("difference", difference)
        .result(victims.multiply(difference));
    return Estimate.from(name, trace.build());
  }

  private static Estimate saving(String name, BigDecimal cessations, BigDecimal costAvoided, Rounding rounding) {
    Trace.Builder trace = Trace.builder();
    trace.step(name, "extra cessations × direct cost avoided per case")
        .input("extra cessations", cessations).input("cost avoided", costAvoided)
        .result(cessations.multiply(costAvoided), rounding);
    return Estimate.from(name, trace.build());
  }
}
