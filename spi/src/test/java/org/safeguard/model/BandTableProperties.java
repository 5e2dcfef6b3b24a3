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

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class BandTableProperties {
  @Property
  void aHigherScoreNeverFallsInALowerLevel(
      @ForAll @IntRange(min = 1, max = 30) int mediumFrom,
      @ForAll @IntRange(min = 1, max = 30) int highAfter,
      @ForAll @IntRange(min = 0, max = 80) int score) {
    int highFrom = mediumFrom + highAfter;
    BandTable table = BandTable.of("t", List.of(
        Band.of(RiskLevel.STANDARD, 0, mediumFrom - 1),
        Band.of(RiskLevel.MEDIUM, mediumFrom, highFrom - 1),
        Band.from(RiskLevel.HIGH, highFrom)));
    assertFalse(table.bandFor(score).level().isAbove(table.bandFor(score + 1).level()));
    assertFalse(!table.bandFor(score).contains(score));
  }
}
