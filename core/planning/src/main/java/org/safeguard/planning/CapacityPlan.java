package org.safeguard.planning;

import java.util.List;
import java.util.Objects;

/**
 * A plan over many areas: each area's plan, totals by region (in the order regions first appear)
 * and overall, and the planner's assumptions in words.
 *
 * @param areas one plan an area, in the order given
 * @param regions totals for each region named by an area
 * @param overall totals over every area
 * @param assumptions the planner's settings, one line each
 */
public record CapacityPlan(List<AreaPlan> areas, List<PlanTotals> regions, PlanTotals overall, List<String> assumptions) {
  /**
   * Copies the lists, so that a plan cannot change after it is reported.
   *
   * @param areas one plan an area, in the order given
   * @param regions totals for each region named by an area
   * @param overall totals over every area
   * @param assumptions the planner's settings, one line each
   */
  public CapacityPlan {
    areas = List.copyOf(areas);
    regions = List.copyOf(regions);
    Objects.requireNonNull(overall, "overall");
    assumptions = List.copyOf(assumptions);
  }
}
