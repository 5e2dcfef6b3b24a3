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
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.safeguard.model.MissingValueException;

/**
 * A whole's advisers and the same victims shared among its areas. The sum of the rounded area
 * figures is reported beside the whole's rounded figure and never forced to match it: in
 * Hertfordshire the areas add up to 26.5 FTE against the county's 27.
 *
 * @param whole the whole's advisers, with the whole's rounding
 * @param areas each area's share and advisers, in the order the shares were given
 * @param sumOfAreasByTier the sum of the areas' rounded advisers, by tier
 * @param sumOfAreas the sum of the areas' rounded totals
 */
public record Allocation(AdviserNeed whole, List<AreaAllocation> areas, Map<RiskTier, BigDecimal> sumOfAreasByTier,
    BigDecimal sumOfAreas) {
  /**
   * Copies the list and map, so that an allocation cannot change after it is reported.
   *
   * @param whole the whole's advisers, with the whole's rounding
   * @param areas each area's share and advisers, in the order the shares were given
   * @param sumOfAreasByTier the sum of the areas' rounded advisers, by tier
   * @param sumOfAreas the sum of the areas' rounded totals
   */
  public Allocation {
    MissingValueException.require("whole", whole);
    areas = List.copyOf(areas);
    sumOfAreasByTier = Collections.unmodifiableMap(new EnumMap<>(sumOfAreasByTier));
    MissingValueException.require("sumOfAreas", sumOfAreas);
  }

  /**
   * Whether the areas' rounded figures add up to the whole's rounded figure. Often they do not,
   * since each area is rounded on its own.
   *
   * @return true if the sum of the areas equals the whole's total
   */
  public boolean areasAddUpToWhole() {
    return sumOfAreas.compareTo(whole.total().value()) == 0;
  }

  /**
   * One area's part.
   *
   * @param share the area and its weight
   * @param need the area's victims and advisers
   * @param trace its share of victims, then its advisers
   */
  public record AreaAllocation(AreaShare share, AdviserNeed need, Trace trace) {
    /**
     * Checks that every part is given.
     *
     * @param share the area and its weight
     * @param need the area's victims and advisers
     * @param trace its share of victims, then its advisers
     */
    public AreaAllocation {
      MissingValueException.require("share", share);
      MissingValueException.require("need", need);
      MissingValueException.require("trace", trace);
    }
  }
}
