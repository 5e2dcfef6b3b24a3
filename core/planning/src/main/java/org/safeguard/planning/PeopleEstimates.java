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
 * People from counts (<i>Hertfordshire Domestic Abuse Review</i>, CAADA, 2014, Tables 8 and 9 and
 * section 3.6): police incidents and MARAC cases count events, not people, so people are estimated
 * net of the repeat rate; children are estimated per case or per family; shares of a group are
 * taken in steps. Each result is an {@link Estimate} with its rounding, because the source rounds
 * each row its own way (nearest 100 for the risk rows, nearest 1,000 for all incidents).
 */
public final class PeopleEstimates {
  private PeopleEstimates() {}

  /**
   * People behind a count of incidents or cases: count × (1 − repeat rate).
   *
   * @param what names the result in the trace, for example {@code high-risk victims}
   * @param count incidents or cases; not negative
   * @param repeatRate the share of the count that are repeats, 0 to 1
   * @param rounding how the result is rounded
   * @return the people, with the trace
   * @throws PlanningInputException if the count is negative or the rate is outside 0 to 1
   */
  public static Estimate netOfRepeats(String what, BigDecimal count, BigDecimal repeatRate, Rounding rounding) {
    Decimals.requireNonNegative(what, count);
    Decimals.requireShare("repeat rate", repeatRate);
    Trace.Builder trace = Trace.builder();
    trace.step(what, "count × (1 − repeat rate)")
        .input("count", count).input("repeat rate", repeatRate)
        .result(count.multiply(BigDecimal.ONE.subtract(repeatRate)), rounding);
    return Estimate.from(what, trace.build());
  }

  /**
   * People behind a count of incidents or cases: count × (1 − repeat rate).
   *
   * @param what names the result in the trace
   * @param count incidents or cases; not negative
   * @param repeatRate the share of the count that are repeats, 0 to 1
   * @param rounding how the result is rounded
   * @return the people, with the trace
   * @throws PlanningInputException if the count is negative or the rate is outside 0 to 1
   */
  public static Estimate netOfRepeats(String what, long count, BigDecimal repeatRate, Rounding rounding) {
    return netOfRepeats(what, BigDecimal.valueOf(Decimals.requireNonNegative(what, count)), repeatRate, rounding);
  }

  /**
   * A share of a group: group × share, for example the 26% of female victims who are high or
   * medium risk.
   *
   * @param what names the result in the trace
   * @param group the group's size; not negative
   * @param share the share taken, 0 to 1
   * @param rounding how the result is rounded
   * @return the part of the group, with the trace
   * @throws PlanningInputException if the group is negative or the share is outside 0 to 1
   */
  public static Estimate share(String what, BigDecimal group, BigDecimal share, Rounding rounding) {
    Decimals.requireNonNegative(what, group);
    Decimals.requireShare("share", share);
    Trace.Builder trace = Trace.builder();
    trace.step(what, "group × share").input("group", group).input("share", share)
        .result(group.multiply(share), rounding);
    return Estimate.from(what, trace.build());
  }

  /**
   * Children of victims: victims × share of victims with dependent children × children per family.
   *
   * @param what names the result in the trace
   * @param victims victims; not negative
   * @param shareWithChildren the share of victims with dependent children, 0 to 1
   * @param childrenPerFamily dependent children per family; not negative
   * @param rounding how the result is rounded
   * @return the children, with the trace
   * @throws PlanningInputException if a count is negative or the share is outside 0 to 1
   */
  public static Estimate childrenOf(String what, BigDecimal victims, BigDecimal shareWithChildren,
      BigDecimal childrenPerFamily, Rounding rounding) {
    Decimals.requireNonNegative("victims", victims);
    Decimals.requireShare("share with dependent children", shareWithChildren);
    Decimals.requireNonNegative("children per family", childrenPerFamily);
    Trace.Builder trace = Trace.builder();
    trace.step(what, "victims × share with dependent children × children per family")
        .input("victims", victims).input("share with children", shareWithChildren)
        .input("children per family", childrenPerFamily)
        .result(victims.multiply(shareWithChildren).multiply(childrenPerFamily), rounding);
    return Estimate.from(what, trace.build());
  }

  /**
   * One count per another: children per MARAC case, victims per FTE (a caseload).
   *
   * @param what names the result in the trace
   * @param numerator the count divided; not negative
   * @param numeratorName names the numerator in the trace
   * @param denominator the count divided by; above zero
   * @param denominatorName names the denominator in the trace and in an error
   * @param rounding how the result is rounded
   * @return the quotient, with the trace
   * @throws PlanningInputException if a count is negative or the denominator is zero
   */
  public static Estimate per(String what, BigDecimal numerator, String numeratorName, BigDecimal denominator,
      String denominatorName, Rounding rounding) {
    Decimals.requireNonNegative(numeratorName, numerator);
    if (Decimals.bounded(denominatorName, denominator).signum() <= 0) {
      throw new PlanningInputException(denominatorName, Decimals.brief(denominator), "above zero: " + what + " divides by it");
    }
    Trace.Builder trace = Trace.builder();
    trace.step(what, numeratorName + " ÷ " + denominatorName)
        .input(numeratorName, numerator).input(denominatorName, denominator)
        .result(Decimals.divide(numerator, denominator), rounding);
    return Estimate.from(what, trace.build());
  }

  /**
   * A part as a percentage of a whole: part ÷ whole × 100, for an incident mix, an engagement rate
   * or a share of funding.
   *
   * @param what names the result in the trace
   * @param part the part; not negative
   * @param whole the whole; above zero
   * @param rounding how the percentage is rounded
   * @return the percentage, with the trace
   * @throws PlanningInputException if the part is negative or the whole is not above zero
   */
  public static Estimate percent(String what, BigDecimal part, BigDecimal whole, Rounding rounding) {
    Decimals.requireNonNegative("part", part);
    if (Decimals.bounded("whole", whole).signum() <= 0) {
      throw new PlanningInputException("whole", Decimals.brief(whole), "above zero: " + what + " divides by it");
    }
    Trace.Builder trace = Trace.builder();
    trace.step(what, "part ÷ whole × 100").input("part", part).input("whole", whole)
        .result(Decimals.divide(part.multiply(Decimals.HUNDRED), whole), rounding);
    return Estimate.from(what, trace.build());
  }

  /**
   * A caseload: victims supported in a year ÷ FTE workers.
   *
   * @param victims victims supported in a year; not negative
   * @param fte FTE workers; above zero
   * @param rounding how the caseload is rounded
   * @return the caseload per FTE, with the trace
   * @throws PlanningInputException if the victims are negative or the FTE not above zero
   */
  public static Estimate caseloadPerFte(BigDecimal victims, BigDecimal fte, Rounding rounding) {
    return per("caseload per FTE", victims, "victims", fte, "FTE", rounding);
  }
}
