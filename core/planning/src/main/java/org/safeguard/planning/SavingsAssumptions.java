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

/**
 * The assumptions behind a savings range: how many high-risk victims there are, the share whose
 * abuse ceases with and without intensive support, and the direct cost to public services avoided
 * per case, each as a low and a high figure.
 *
 * @param victimsLow high-risk victims, low estimate
 * @param victimsHigh high-risk victims, high estimate
 * @param cessationWithout share whose abuse ceases with little intervention
 * @param cessationWith share whose abuse ceases with intensive support
 * @param costAvoidedLow direct cost avoided per cessation, low, pounds
 * @param costAvoidedHigh direct cost avoided per cessation, high, pounds
 */
public record SavingsAssumptions(BigDecimal victimsLow, BigDecimal victimsHigh, BigDecimal cessationWithout,
    BigDecimal cessationWith, BigDecimal costAvoidedLow, BigDecimal costAvoidedHigh) {
  /**
   * <i>Safety in Numbers</i> (CAADA, 2009), note xi: 100,000-120,000 high-risk victims in England
   * and Wales; abuse ceased for 44% with little intervention and 67% with intensive support;
   * £10,000 to £20,000 of direct costs to public services per case.
   */
  public static final SavingsAssumptions SAFETY_IN_NUMBERS_2009 = new SavingsAssumptions(
      BigDecimal.valueOf(100_000), BigDecimal.valueOf(120_000), new BigDecimal("0.44"), new BigDecimal("0.67"),
      BigDecimal.valueOf(10_000), BigDecimal.valueOf(20_000));

  /**
   * Checks every assumption: counts and costs not negative, rates from 0 to 1, each low figure not
   * above its high one, and support not lowering the cessation rate.
   *
   * @param victimsLow high-risk victims, low estimate
   * @param victimsHigh high-risk victims, high estimate
   * @param cessationWithout share whose abuse ceases with little intervention
   * @param cessationWith share whose abuse ceases with intensive support
   * @param costAvoidedLow direct cost avoided per cessation, low, pounds
   * @param costAvoidedHigh direct cost avoided per cessation, high, pounds
   * @throws PlanningInputException naming the first assumption that breaks a rule
   */
  public SavingsAssumptions {
    Decimals.requireNonNegative("victims (low)", Decimals.input("victims (low)", victimsLow));
    Decimals.requireNonNegative("victims (high)", Decimals.input("victims (high)", victimsHigh));
    Decimals.requireShare("cessation without intensive support", Decimals.input("cessation without intensive support", cessationWithout));
    Decimals.requireShare("cessation with intensive support", Decimals.input("cessation with intensive support", cessationWith));
    Decimals.requireNonNegative("cost avoided (low)", Decimals.input("cost avoided (low)", costAvoidedLow));
    Decimals.requireNonNegative("cost avoided (high)", Decimals.input("cost avoided (high)", costAvoidedHigh));
    if (victimsLow.compareTo(victimsHigh) > 0) {
      throw new PlanningInputException("victims (low)", Decimals.brief(victimsLow), "the low estimate is not above the high");
    }
    if (costAvoidedLow.compareTo(costAvoidedHigh) > 0) {
      throw new PlanningInputException("cost avoided (low)", Decimals.brief(costAvoidedLow), "the low estimate is not above the high");
    }
    if (cessationWith.compareTo(cessationWithout) < 0) {
      throw new PlanningInputException("cessation with intensive support", Decimals.brief(cessationWith),
          "savings assume support raises the cessation rate");
    }
  }

  /**
   * The same assumptions with other victim estimates, for an area rather than England and Wales.
   *
   * @param low high-risk victims, low estimate
   * @param high high-risk victims, high estimate
   * @return the assumptions
   * @throws PlanningInputException if a count is negative or the low is above the high
   */
  public SavingsAssumptions withVictims(BigDecimal low, BigDecimal high) {
    return new SavingsAssumptions(low, high, cessationWithout, cessationWith, costAvoidedLow, costAvoidedHigh);
  }
}
