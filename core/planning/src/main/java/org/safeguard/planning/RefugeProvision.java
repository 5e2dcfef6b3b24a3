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

import org.safeguard.model.MissingValueException;

/**
 * An area's refuge beds against a benchmark.
 *
 * @param area the area's name
 * @param population its total population
 * @param beds refuge beds (units) available
 * @param target the benchmark's beds for the population, rounded
 * @param coverage beds ÷ target
 * @param trace the steps
 */
public record RefugeProvision(String area, long population, long beds, Estimate target, Coverage coverage, Trace trace) {
  /**
   * Checks that every part is given.
   *
   * @param area the area's name
   * @param population its total population
   * @param beds refuge beds (units) available
   * @param target the benchmark's beds for the population, rounded
   * @param coverage beds ÷ target
   * @param trace the steps
   */
  public RefugeProvision {
    MissingValueException.require("area", area);
    MissingValueException.require("target", target);
    MissingValueException.require("coverage", coverage);
    MissingValueException.require("trace", trace);
  }
}
