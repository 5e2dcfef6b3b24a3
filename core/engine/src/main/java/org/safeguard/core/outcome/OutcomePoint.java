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
package org.safeguard.core.outcome;

/**
 * When the second measure (T2) of a case is read, which a cohort report states and every outcome
 * in it shares. <i>Safety in Numbers</i> (CAADA, 2009) read T2 "either at the closure of a case or
 * after four months of engagement with the service ... (whichever came first)"; SafeLives' Insights service reads its exit measures when the case
 * closes. The two give different rates for the same cases, so a report names the one it used and
 * refuses outcomes read at the other.
 */
public enum OutcomePoint {
  /**
   * The first review at case closure or at least four months after intake, whichever came first
   * (<i>Safety in Numbers</i>): an earlier interim review is not T2, and a case with neither has
   * none yet. The default.
   */
  CLOSURE_OR_FOUR_MONTHS("at case closure or after four months of engagement, whichever came first (Safety in Numbers)"),

  /** The review at case closure, the Insights exit point; an open case has none yet. */
  CASE_CLOSURE("at case closure (the Insights exit point)");

  /** The months after intake from which an interim review is T2 under {@link #CLOSURE_OR_FOUR_MONTHS}. */
  public static final int MONTHS = 4;

  private final String description;

  OutcomePoint(String description) {
    this.description = description;
  }

  /**
   * When T2 is read, in the words a report prints.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
