package org.safeguard.planning;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a team's cost.
 *
 * @param post the post
 * @param loadedSalary salary × on-cost multiplier, or the salary when on-costs do not apply
 * @param cost loaded salary × FTE, to the penny
 */
public record PostCost(Post post, BigDecimal loadedSalary, BigDecimal cost) {
  /**
   * Checks that every part is given.
   *
   * @param post the post
   * @param loadedSalary salary × on-cost multiplier, or the salary when on-costs do not apply
   * @param cost loaded salary × FTE, to the penny
   */
  public PostCost {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(loadedSalary, "loadedSalary");
    Objects.requireNonNull(cost, "cost");
  }
}
