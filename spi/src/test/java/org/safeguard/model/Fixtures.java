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

import org.safeguard.spi.ScoringRule;

/** Small instruments made for these tests. */
final class Fixtures {
  private Fixtures() {}

  /** Ten yes / no / not known items, scored by yes count. */
  static Instrument tenItems() {
    return Instrument.builder()
        .id("ten-items")
        .version("1")
        .itemIds("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")
        .scoringRule(ScoringRule.yesCount())
        .build();
  }

  /** Three items answered yes or no only. */
  static Instrument yesNoOnly() {
    return Instrument.builder()
        .id("yes-no-only")
        .version("1")
        .itemIds("x", "y", "z")
        .answerScale(java.util.EnumSet.of(Answer.YES, Answer.NO))
        .scoringRule(ScoringRule.yesCount())
        .build();
  }
}
