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
 * One line of a team: a role, its annual salary in pounds, its FTE, whether employer on-costs (NI
 * and pension) are added, and whether its holders are the advisers a per-adviser cost divides by.
 *
 * @param role the role in words
 * @param annualSalary the salary for one FTE a year, pounds; not negative
 * @param fte posts, not negative
 * @param onCosts whether the team's on-cost multiplier applies
 * @param adviser whether these are advisers (caseworkers)
 */
public record Post(String role, BigDecimal annualSalary, BigDecimal fte, boolean onCosts, boolean adviser) {
  /**
   * Strips the role and checks the figures.
   *
   * @param role the role in words; not blank
   * @param annualSalary the salary for one FTE a year, pounds; not negative
   * @param fte posts, not negative
   * @param onCosts whether the team's on-cost multiplier applies
   * @param adviser whether these are advisers (caseworkers)
   * @throws PlanningInputException if the role is blank or a figure negative
   */
  public Post {
    role = Decimals.requireName("role", role);
    Decimals.requireNonNegative("salary (" + role + ")", annualSalary);
    Decimals.requireNonNegative("fte (" + role + ")", fte);
  }

  /**
   * Advisers (caseworkers), with on-costs.
   *
   * @param role the role in words
   * @param annualSalary the salary for one FTE a year, pounds
   * @param fte posts
   * @return the post
   */
  public static Post adviser(String role, BigDecimal annualSalary, BigDecimal fte) {
    return new Post(role, annualSalary, fte, true, true);
  }

  /**
   * Other staff, with on-costs.
   *
   * @param role the role in words
   * @param annualSalary the salary for one FTE a year, pounds
   * @param fte posts
   * @return the post
   */
  public static Post staff(String role, BigDecimal annualSalary, BigDecimal fte) {
    return new Post(role, annualSalary, fte, true, false);
  }

  /**
   * Other staff without on-costs, for example sessional or seconded posts.
   *
   * @param role the role in words
   * @param annualSalary the salary for one FTE a year, pounds
   * @param fte posts
   * @return the post
   */
  public static Post withoutOnCosts(String role, BigDecimal annualSalary, BigDecimal fte) {
    return new Post(role, annualSalary, fte, false, false);
  }

  /**
   * The same post with another FTE, for a team scaled to another size.
   *
   * @param other the FTE; not negative
   * @return the post
   */
  public Post withFte(BigDecimal other) {
    return new Post(role, annualSalary, other, onCosts, adviser);
  }
}
