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
  /** The largest salary for one FTE a post may give: ten million pounds a year. */
  public static final BigDecimal MAX_SALARY = BigDecimal.valueOf(10_000_000);

  /**
   * Strips the role and checks the figures.
   *
   * @param role the role in words; not blank
   * @param annualSalary the salary for one FTE a year, pounds; from 0 to {@link #MAX_SALARY}, at most 40
   *     decimal places
   * @param fte posts, not negative, below 10^15, at most 40 decimal places
   * @param onCosts whether the team's on-cost multiplier applies
   * @param adviser whether these are advisers (caseworkers)
   * @throws MissingValueException if a value is null
   * @throws PlanningInputException if the role is blank or longer than 200 characters, or a figure
   *     negative or out of bounds
   */
  public Post {
    role = Decimals.requireName("role", role);
    String salary = "salary (" + role + ")";
    Decimals.requireNonNegative(salary, Decimals.atMost(salary, annualSalary, MAX_SALARY, "a salary from 0 to 10,000,000 a year"));
    Decimals.requireNonNegative("fte (" + role + ")", Decimals.input("fte (" + role + ")", fte));
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
