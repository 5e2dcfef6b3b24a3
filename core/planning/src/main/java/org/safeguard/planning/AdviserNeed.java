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
import java.util.Map;
import org.safeguard.model.MissingValueException;

/**
 * Advisers an area needs by the caseload model.
 *
 * @param area the area's name
 * @param victims visible victims by tier
 * @param byTier advisers by tier, each exact and rounded
 * @param total the sum of the rounded tiers, not rounded again
 * @param exactTotal the sum of the exact tiers, before any rounding
 * @param trace the steps
 */
public record AdviserNeed(String area, Map<RiskTier, BigDecimal> victims, Map<RiskTier, Fte> byTier, Fte total,
    BigDecimal exactTotal, Trace trace) {
  /**
   * Copies the maps, so that a need cannot change after it is reported.
   *
   * @param area the area's name
   * @param victims visible victims by tier
   * @param byTier advisers by tier, each exact and rounded
   * @param total the sum of the rounded tiers, not rounded again
   * @param exactTotal the sum of the exact tiers, before any rounding
   * @param trace the steps
   */
  public AdviserNeed {
    MissingValueException.require("area", area);
    victims = Collections.unmodifiableMap(new EnumMap<>(victims));
    byTier = Collections.unmodifiableMap(new EnumMap<>(byTier));
    MissingValueException.require("total", total);
    MissingValueException.require("exactTotal", exactTotal);
    MissingValueException.require("trace", trace);
  }

  /**
   * Advisers for one tier.
   *
   * @param tier the risk tier
   * @return the tier's advisers, exact and rounded
   * @throws PlanningInputException if the area was planned without that tier
   */
  public Fte tier(RiskTier tier) {
    Fte fte = byTier.get(tier);
    if (fte == null) {
      throw new PlanningInputException("tier", tier, "this plan has no " + tier.words() + " victims");
    }
    return fte;
  }
}
