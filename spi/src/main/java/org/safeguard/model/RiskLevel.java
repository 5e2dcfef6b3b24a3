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
package org.safeguard.model;

/**
 * The risk level of an assessment, ordered from lowest to highest. The narrative definitions follow
 * the ones agencies use: standard (no current evidence that serious harm is likely), medium
 * (identifiable indicators, harm unlikely unless circumstances change), high (harm could happen at
 * any time and the impact would be serious).
 */
public enum RiskLevel {
  /** No current evidence that serious harm is likely. */
  STANDARD,
  /** Identifiable indicators of serious harm, but harm is unlikely unless circumstances change. */
  MEDIUM,
  /** Harm could happen at any time, and the impact would be serious. */
  HIGH;

  /**
   * True when this level is strictly higher than {@code other}.
   *
   * @param other the level to compare with
   * @return whether this level is above it
   */
  public boolean isAbove(RiskLevel other) {
    return compareTo(MissingValueException.require("other", other)) > 0;
  }

  /**
   * The higher of the two levels, as when professional judgement may raise a computed level but
   * never lower it.
   *
   * @param a one level
   * @param b the other
   * @return the higher, or {@code a} when they are equal
   */
  public static RiskLevel max(RiskLevel a, RiskLevel b) {
    MissingValueException.require("a", a);
    MissingValueException.require("b", b);
    return a.compareTo(b) >= 0 ? a : b;
  }
}
