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
package org.safeguard.spi;

import org.safeguard.model.Responses;

/**
 * Turns one response set into a score. Rules are pure functions of the answers: the same answers
 * in any order give the same score, and a rule keeps no state between calls.
 */
@FunctionalInterface
public interface ScoringRule {
  /**
   * The score for one response set. Called on every assessment, so it should be cheap, and it
   * must not throw for any answers within the instrument's scale: a rule that cannot score them
   * says so through {@link #invalidReason(Responses)} instead.
   *
   * @param responses the answers, already checked against the instrument
   * @return the score; one that a policy will band is never below zero
   */
  int score(Responses responses);

  /**
   * Why the rule cannot give a meaningful score for these answers, for example too many items
   * missing; empty when the score stands. The default accepts every response set. The reason
   * travels with the score, which may be logged, so it counts answers but names none.
   *
   * @param responses the answers, already checked against the instrument
   * @return the reason in words, or empty when the score stands
   */
  default java.util.Optional<String> invalidReason(Responses responses) {
    return java.util.Optional.empty();
  }

  /**
   * The unweighted count of yes answers, as the Dash checklists score; not known and not asked
   * count for nothing.
   *
   * @return the shared yes-count rule
   */
  static ScoringRule yesCount() {
    return YesCount.INSTANCE;
  }
}
