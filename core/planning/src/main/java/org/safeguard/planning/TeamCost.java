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
import java.util.List;
import org.safeguard.model.MissingValueException;

/**
 * A team's annual cost, line by line, in pounds.
 *
 * @param lines one line a post
 * @param staffWithOnCosts the sum of the lines with on-costs
 * @param staffWithoutOnCosts the sum of the lines without
 * @param overheads the overheads, rounded by the model's rule
 * @param contingency the contingency, rounded by the model's rule
 * @param total staff + overheads + contingency
 * @param adviserFte the advisers' FTE, which {@link #perAdviser} divides by
 * @param trace the steps
 */
public record TeamCost(List<PostCost> lines, BigDecimal staffWithOnCosts, BigDecimal staffWithoutOnCosts,
    BigDecimal overheads, BigDecimal contingency, BigDecimal total, BigDecimal adviserFte, Trace trace) {
  /**
   * Copies the lines, so that a cost cannot change after it is reported.
   *
   * @param lines one line a post
   * @param staffWithOnCosts the sum of the lines with on-costs
   * @param staffWithoutOnCosts the sum of the lines without
   * @param overheads the overheads, rounded by the model's rule
   * @param contingency the contingency, rounded by the model's rule
   * @param total staff + overheads + contingency
   * @param adviserFte the advisers' FTE, which {@link #perAdviser} divides by
   * @param trace the steps
   */
  public TeamCost {
    lines = List.copyOf(lines);
    MissingValueException.require("staffWithOnCosts", staffWithOnCosts);
    MissingValueException.require("staffWithoutOnCosts", staffWithoutOnCosts);
    MissingValueException.require("overheads", overheads);
    MissingValueException.require("contingency", contingency);
    MissingValueException.require("total", total);
    MissingValueException.require("adviserFte", adviserFte);
    MissingValueException.require("trace", trace);
  }

  /**
   * The full cost of one adviser: total ÷ adviser FTE.
   *
   * @param rounding how the cost is rounded
   * @return the cost per adviser, with its trace
   * @throws PlanningInputException if the team has no advisers
   */
  public Estimate perAdviser(Rounding rounding) {
    return CostEffectiveness.costPer("cost per adviser", total, adviserFte, "adviser FTE", rounding);
  }

  /**
   * Cost per victim supported: total ÷ victims.
   *
   * @param victims victims supported; above zero
   * @param rounding how the cost is rounded
   * @return the cost per victim, with its trace
   * @throws PlanningInputException if there are no victims
   */
  public Estimate perVictim(BigDecimal victims, Rounding rounding) {
    return CostEffectiveness.costPerVictim(total, victims, rounding);
  }
}
