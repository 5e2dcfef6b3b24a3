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
 * A refuge-bed benchmark per 10,000 population, and an area's beds against it. The Council of
 * Europe benchmark is one bed per 10,000 population; Hertfordshire's 84 beds are "around 75% of a
 * targeted 112" (<i>Hertfordshire Domestic Abuse Review</i>, CAADA, 2014, section 5.1). The source
 * gives no refuge-need formula beyond this benchmark.
 *
 * @param bedsPer10k beds per 10,000 population
 * @param targetRounding how the target is rounded (the source: to whole beds)
 */
public record RefugeBenchmark(BigDecimal bedsPer10k, Rounding targetRounding) {
  /** One bed per 10,000 population, target to the nearest whole bed. */
  public static final RefugeBenchmark COUNCIL_OF_EUROPE = new RefugeBenchmark(BigDecimal.ONE, Rounding.NEAREST_WHOLE);

  /**
   * Checks the benchmark.
   *
   * @param bedsPer10k beds per 10,000 population; above zero
   * @param targetRounding how the target is rounded
   * @throws PlanningInputException if the beds per 10,000 are not above zero
   */
  public RefugeBenchmark {
    Decimals.requirePositive("beds per 10,000 population", Decimals.input("beds per 10,000 population", bedsPer10k));
    MissingValueException.require("targetRounding", targetRounding);
  }

  /**
   * An area's beds against the benchmark, coverage to the nearest whole per cent.
   *
   * @param area the area's name
   * @param population its total population
   * @param beds refuge beds (units) available; not negative
   * @return the beds, the target and the coverage, with the trace
   * @throws PlanningInputException if a count is negative or the target comes to zero beds
   */
  public RefugeProvision assess(String area, long population, long beds) {
    return assess(area, population, beds, Rounding.NEAREST_WHOLE);
  }

  /**
   * An area's beds against the benchmark.
   *
   * @param area the area's name
   * @param population its total population
   * @param beds refuge beds (units) available; not negative
   * @param percentRounding how the coverage percentage is rounded
   * @return the beds, the target and the coverage, with the trace
   * @throws PlanningInputException if a count is negative or the target comes to zero beds
   */
  public RefugeProvision assess(String area, long population, long beds, Rounding percentRounding) {
    String name = Decimals.requireName("area", area);
    Decimals.requireNonNegative("refuge beds", beds);
    Estimate target = target(population);
    if (target.value().signum() <= 0) {
      throw new PlanningInputException("population", population, "the benchmark gives no beds for so few people");
    }
    Coverage coverage = Coverage.of("refuge coverage", BigDecimal.valueOf(beds), target.value(), percentRounding);
    return new RefugeProvision(name, population, beds, target, coverage, target.trace().then(coverage.trace()));
  }

  /**
   * The benchmark's beds for a population.
   *
   * @param population the total population; not negative
   * @return the target beds, rounded by {@link #targetRounding()}, with the trace
   * @throws PlanningInputException if the population is negative
   */
  public Estimate target(long population) {
    Decimals.requireNonNegative("population", population);
    Trace.Builder trace = Trace.builder();
    trace.step("target beds", "population ÷ 10,000 × beds per 10,000")
        .input("population", population).input("beds per 10,000", bedsPer10k)
        .result(Decimals.divide(BigDecimal.valueOf(population).multiply(bedsPer10k), Decimals.TEN_THOUSAND), targetRounding);
    return Estimate.from("target beds", trace.build());
  }
}
