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
package org.safeguard.core.marac;

import java.util.Optional;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.equality.PopulationShare;
import org.safeguard.core.outcome.Rate;
import org.safeguard.model.MissingValueException;

/**
 * One row of an access table: a group's share of the cases heard beside its share of the local
 * population, as the caller supplies it.
 *
 * @param group the group
 * @param cases the cases heard in the group over those whose answer is known; cases whose answer
 *     was withheld, not recorded, or who have no referral record are counted apart as missing
 * @param population the group's share of the population, or empty when the caller has none
 */
public record AccessRow(EqualityGroup group, Rate cases, Optional<PopulationShare> population) {
  /** Where the cases' share falls against the population's. */
  public enum Representation {
    /** Below the population share (below its low end, for a range). */
    BELOW,
    /** Equal to it, or within its range. */
    WITHIN,
    /** Above it. */
    ABOVE
  }

  /**
   * Refuses a missing part, naming it.
   *
   * @param group the group
   * @param cases the cases heard in the group
   * @param population the population share, or empty
   * @throws org.safeguard.model.InvalidInputException when a part is missing
   */
  public AccessRow {
    MissingValueException.require("group", group);
    MissingValueException.require("cases", cases);
    MissingValueException.require("population", population);
  }

  /**
   * Where the cases' share, to one decimal place, falls against the population's.
   *
   * @return the comparison, or empty when there is no population share or no case with a known answer
   */
  public Optional<Representation> representation() {
    if (population.isEmpty()) {
      return Optional.empty();
    }
    return cases.percent(1).map(p -> switch (Integer.signum(population.get().compareWith(p))) {
      case -1 -> Representation.BELOW;
      case 1 -> Representation.ABOVE;
      default -> Representation.WITHIN;
    });
  }
}
