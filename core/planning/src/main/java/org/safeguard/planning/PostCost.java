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
    MissingValueException.require("post", post);
    MissingValueException.require("loadedSalary", loadedSalary);
    MissingValueException.require("cost", cost);
  }
}
