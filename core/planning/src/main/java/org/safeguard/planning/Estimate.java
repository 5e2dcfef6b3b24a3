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
 * One estimated number with how it was reached: people net of repeats, children of victims, a
 * cost per victim, a caseload per worker. The value is the exact figure with the rounding applied.
 *
 * @param name what the number counts or costs
 * @param exact the value before rounding
 * @param rounding the rule that produced {@code value}
 * @param value the reported value
 * @param trace the steps that produced it
 */
public record Estimate(String name, BigDecimal exact, Rounding rounding, BigDecimal value, Trace trace) {
  /**
   * Checks that {@code value} is {@code exact} rounded by {@code rounding}, so that an estimate
   * cannot report a figure its trace does not give.
   *
   * @param name what the number counts or costs
   * @param exact the value before rounding
   * @param rounding the rule that produced {@code value}
   * @param value the reported value
   * @param trace the steps that produced it
   * @throws PlanningInputException if {@code value} is not {@code exact} rounded
   */
  public Estimate {
    MissingValueException.require("name", name);
    MissingValueException.require("exact", exact);
    MissingValueException.require("rounding", rounding);
    MissingValueException.require("value", value);
    MissingValueException.require("trace", trace);
    if (value.compareTo(rounding.apply(exact)) != 0) {
      throw new PlanningInputException(name, Decimals.brief(value),
          "the reported value is the exact value " + Decimals.brief(exact) + " rounded " + rounding.describe());
    }
  }

  /** Builds an estimate from the last step of a trace. */
  static Estimate from(String name, Trace trace) {
    Trace.Step last = trace.steps().get(trace.steps().size() - 1);
    return new Estimate(name, last.exact(), last.rounding(), last.result(), trace);
  }

  /**
   * The same figure rounded another way, for a table that rounds it differently.
   *
   * @param other the rounding to apply to the exact figure
   * @return the estimate rounded again, its trace ending with the new rounding
   */
  public Estimate roundedTo(Rounding other) {
    Trace.Builder again = Trace.builder().include(trace);
    again.step(name, "the exact figure above, rounded again").input(name + " before rounding", exact).result(exact, other);
    return from(name, again.build());
  }

  @Override
  public String toString() {
    return name + " = " + Decimals.show(value);
  }
}
