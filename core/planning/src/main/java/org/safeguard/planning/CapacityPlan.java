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

import java.util.List;
import org.safeguard.model.MissingValueException;

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
    MissingValueException.require("overall", overall);
    assumptions = List.copyOf(assumptions);
  }
}
