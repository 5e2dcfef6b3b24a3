package org.safeguard.planning;

import java.math.BigDecimal;

/**
 * Cost per outcome: per victim supported, per case where abuse ceased, per unit of provision a
 * week, and the savings range of seeds/000_94b07d5065788c30.txt (note xi). Money is in pounds,
 * each result rounded by the rule given.
 */
public final class CostEffectiveness {
  /** Weeks in a year, as the refuge tables divide by. */
  public static final BigDecimal WEEKS_A_YEAR = BigDecimal.valueOf(52);

  private CostEffectiveness() {}

  /**
   * A cost divided by a count.
   *
   * @throws PlanningInputException if the cost is negative or the count is not above zero
   */
  public static Estimate costPer(String what, BigDecimal cost, BigDecimal units, String unitsName, Rounding rounding) {
    return PeopleEstimates.per(what, cost, "cost", units, unitsName, rounding);
  }

  /** Cost per victim supported: cost ÷ victims. */
  public static Estimate costPerVictim(BigDecimal cost, BigDecimal victims, Rounding rounding) {
    return costPer("cost per victim", cost, victims, "victims", rounding);
  }

  /**
   * Cost per case where abuse ceased: cost per victim ÷ the share of victims whose abuse ceased.
   *
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
        .is(Decimals.divide(costPerVictim, cessationRate), rounding);
    return Estimate.from("cost per cessation", trace.build());
  }

  /** An annual sum per unit (bed, unit of refuge) per week: annual ÷ units ÷ 52. */
  public static Estimate perUnitPerWeek(String what, BigDecimal annual, BigDecimal units, Rounding rounding) {
    Decimals.requireNonNegative(what, annual);
    if (units.signum() <= 0) {
      throw new PlanningInputException("units", units.toPlainString(), "above zero: " + what + " divides by it");
    }
    Trace.Builder trace = Trace.builder();
    trace.step(what, "annual sum ÷ units ÷ 52 weeks")
        .input("annual sum", annual).input("units", units).input("weeks", WEEKS_A_YEAR)
        .is(Decimals.divide(annual, units.multiply(WEEKS_A_YEAR)), rounding);
    return Estimate.from(what, trace.build());
  }

  /** A weekly rate per unit as an annual sum: rate × units × 52, for rows whose rate is the input. */
  public static Estimate annualFromWeekly(String what, BigDecimal weeklyRate, BigDecimal units, Rounding rounding) {
    Decimals.requireNonNegative("weekly rate", weeklyRate);
    Decimals.requireNonNegative("units", units);
    Trace.Builder trace = Trace.builder();
    trace.step(what, "weekly rate × units × 52 weeks")
        .input("weekly rate", weeklyRate).input("units", units).input("weeks", WEEKS_A_YEAR)
        .is(weeklyRate.multiply(units).multiply(WEEKS_A_YEAR), rounding);
    return Estimate.from(what, trace.build());
  }

  /**
   * The savings range: extra cessations = high-risk victims × (cessation rate with intensive support
   * − without); savings = extra cessations × direct cost avoided per case, the low end from the low
   * assumptions and the high end from the high ones.
   */
  public static SavingsRange savings(SavingsAssumptions assumptions, Rounding savingsRounding) {
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
        .is(victims.multiply(difference));
    return Estimate.from(name, trace.build());
  }

  private static Estimate saving(String name, BigDecimal cessations, BigDecimal costAvoided, Rounding rounding) {
    Trace.Builder trace = Trace.builder();
    trace.step(name, "extra cessations × direct cost avoided per case")
        .input("extra cessations", cessations).input("cost avoided", costAvoided)
        .is(cessations.multiply(costAvoided), rounding);
    return Estimate.from(name, trace.build());
  }
}
