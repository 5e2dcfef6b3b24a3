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
 * What is in place against what is required: advisers in post against required advisers, refuge
 * beds against the benchmark. The ratio is exact; the percentage is rounded by a named rule, as the
 * published tables print it.
 *
 * @param actual what is in place
 * @param required what is required; above zero
 * @param ratio {@code actual ÷ required}, exact
 * @param percentRounding how {@code percent} was rounded
 * @param percent the ratio as a percentage, rounded
 * @param trace the steps
 */
public record Coverage(BigDecimal actual, BigDecimal required, BigDecimal ratio, Rounding percentRounding,
    BigDecimal percent, Trace trace) {
  /**
   * Checks the figures; use {@link #of(String, BigDecimal, BigDecimal, Rounding)} to work them out.
   *
   * @param actual what is in place; not negative
   * @param required what is required; above zero
   * @param ratio {@code actual ÷ required}, exact
   * @param percentRounding how {@code percent} was rounded
   * @param percent the ratio as a percentage, rounded
   * @param trace the steps
   * @throws PlanningInputException if {@code actual} is negative or {@code required} is not above zero
   */
  public Coverage {
    Decimals.requireNonNegative("actual", actual);
    Decimals.requirePositive("required", required);
    MissingValueException.require("ratio", ratio);
    MissingValueException.require("percentRounding", percentRounding);
    MissingValueException.require("percent", percent);
    MissingValueException.require("trace", trace);
  }

  /**
   * Coverage with the percentage to the nearest whole number, halves up, as the survey prints it.
   *
   * @param what names the steps in the trace
   * @param actual what is in place; not negative
   * @param required what is required; above zero
   * @return the coverage, with its trace
   * @throws PlanningInputException if {@code actual} is negative or {@code required} is not above zero
   */
  public static Coverage of(String what, BigDecimal actual, BigDecimal required) {
    return of(what, actual, required, Rounding.NEAREST_WHOLE);
  }

  /**
   * Coverage with a named rounding for the percentage.
   *
   * @param what names the steps in the trace, for example {@code coverage (high-risk advisers)}
   * @param actual what is in place; not negative
   * @param required what is required; above zero
   * @param percentRounding how the percentage is rounded
   * @return the coverage, with its trace
   * @throws PlanningInputException if {@code actual} is negative or {@code required} is not above zero
   */
  public static Coverage of(String what, BigDecimal actual, BigDecimal required, Rounding percentRounding) {
    Decimals.requireNonNegative(what + ": actual", actual);
    if (Decimals.bounded(what + ": required", required).signum() <= 0) {
      throw new PlanningInputException(what + ": required", Decimals.brief(required),
          "coverage needs a requirement above zero");
    }
    Trace.Builder trace = Trace.builder();
    BigDecimal ratio = trace.step(what, "in place ÷ required")
        .input("in place", actual).input("required", required)
        .result(Decimals.divide(actual, required));
    BigDecimal percent = trace.step(what + " %", "ratio × 100")
        .input("ratio", ratio)
        .result(ratio.multiply(Decimals.HUNDRED), percentRounding);
    return new Coverage(actual, required, ratio, percentRounding, percent, trace.build());
  }

  /**
   * Whether what is in place reaches the requirement.
   *
   * @return true if {@code actual} is at least {@code required}
   */
  public boolean meetsRequirement() {
    return actual.compareTo(required) >= 0;
  }

  /**
   * How much is missing, never below zero.
   *
   * @return {@code required − actual}, or zero when the requirement is met
   */
  public BigDecimal shortfall() {
    return meetsRequirement() ? BigDecimal.ZERO : required.subtract(actual);
  }

  /**
   * The percentage of the requirement that is met, never above 100. The survey's summary reads
   * London this way ("100% of the minimum requirement") where its Table 1 prints 108%.
   *
   * @return the rounded percentage, capped at 100
   */
  public BigDecimal percentOfRequirementMet() {
    return percent.min(Decimals.HUNDRED);
  }

  @Override
  public String toString() {
    return Decimals.show(percent) + "%";
  }
}
