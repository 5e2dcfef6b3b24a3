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

/** The risk tiers the caseload model plans advisers for. */
public enum RiskTier {
  /** High risk: MARAC-level cases, the IDVA's caseload. */
  HIGH("high risk"),
  /** Medium risk: specialist caseworkers, a larger caseload. */
  MEDIUM("medium risk");

  private final String words;

  RiskTier(String words) {
    this.words = words;
  }

  /**
   * The tier in words, for traces and tables.
   *
   * @return for example {@code high risk}
   */
  public String words() {
    return words;
  }
}
