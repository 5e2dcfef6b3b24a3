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
 * Advisers in post, and how many of them count towards high-risk work: FTE in post × the share of
 * their time spent with high-risk victims. This is the survey's adjustment from all advisers (980
 * FTE in England and Wales, 2019) to those working with high risk (833 FTE), because the required
 * figure assumes high-risk caseloads (SafeLives' 2019 survey of domestic abuse practitioners,
 * Appendix 2).
 *
 * @param inPost FTE advisers in post
 * @param highRiskShare the share of their time spent with high-risk victims, from 0 to 1
 * @param highRisk the FTE counted towards high-risk work
 * @param trace the steps
 */
public record Workforce(Fte inPost, BigDecimal highRiskShare, Fte highRisk, Trace trace) {
  /**
   * Checks the share and that every part is given.
   *
   * @param inPost FTE advisers in post
   * @param highRiskShare the share of their time spent with high-risk victims, from 0 to 1
   * @param highRisk the FTE counted towards high-risk work
   * @param trace the steps
   * @throws PlanningInputException if the share is outside 0 to 1
   */
  public Workforce {
    MissingValueException.require("inPost", inPost);
    Decimals.requireShare("highRiskShare", highRiskShare);
    MissingValueException.require("highRisk", highRisk);
    MissingValueException.require("trace", trace);
  }

  /**
   * The adjustment with the high-risk FTE left unrounded.
   *
   * @param fteInPost FTE advisers in post; not negative
   * @param highRiskShare the share of their time spent with high-risk victims, from 0 to 1
   * @return the advisers in post and the high-risk FTE, with the trace
   * @throws PlanningInputException if the FTE is negative or the share is outside 0 to 1
   */
  public static Workforce of(BigDecimal fteInPost, BigDecimal highRiskShare) {
    return of(fteInPost, highRiskShare, Rounding.EXACT);
  }

  /**
   * The adjustment with a named rounding for the high-risk FTE.
   *
   * @param fteInPost FTE advisers in post; not negative
   * @param highRiskShare the share of their time spent with high-risk victims, from 0 to 1
   * @param rounding how the high-risk FTE is rounded
   * @return the advisers in post and the high-risk FTE, with the trace
   * @throws PlanningInputException if the FTE is negative or the share is outside 0 to 1
   */
  public static Workforce of(BigDecimal fteInPost, BigDecimal highRiskShare, Rounding rounding) {
    Decimals.requireNonNegative("FTE in post", fteInPost);
    Decimals.requireShare("share of time on high risk", highRiskShare);
    Trace.Builder trace = Trace.builder();
    BigDecimal exact = fteInPost.multiply(highRiskShare);
    trace.step("high-risk FTE", "FTE in post × share of time with high-risk victims")
        .input("FTE in post", fteInPost).input("share on high risk", highRiskShare)
        .result(exact, rounding);
    return new Workforce(Fte.of(fteInPost), highRiskShare, Fte.rounded(exact, rounding), trace.build());
  }

  /**
   * Coverage both ways against a required FTE, percentages to the nearest whole number.
   *
   * @param required the required FTE; above zero
   * @return coverage by all advisers and by high-risk FTE
   * @throws PlanningInputException if the required FTE is not above zero
   */
  public WorkforceCoverage against(BigDecimal required) {
    return against(required, Rounding.NEAREST_WHOLE);
  }

  /**
   * Coverage both ways against a required FTE.
   *
   * @param required the required FTE; above zero
   * @param percentRounding how the percentages are rounded
   * @return coverage by all advisers and by high-risk FTE
   * @throws PlanningInputException if the required FTE is not above zero
   */
  public WorkforceCoverage against(BigDecimal required, Rounding percentRounding) {
    Coverage all = Coverage.of("coverage (all advisers)", inPost.value(), required, percentRounding);
    Coverage high = Coverage.of("coverage (high-risk FTE)", highRisk.value(), required, percentRounding);
    return new WorkforceCoverage(all, high);
  }
}
