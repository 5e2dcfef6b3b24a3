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
package org.safeguard.plugins.odara;

import java.util.Optional;
import org.safeguard.model.Responses;
import org.safeguard.spi.ScoringRule;

/**
 * The ODARA sum with the missing-item rule documented on {@link OdaraProvider}: present items
 * prorated to the full form while no more than {@code maxMissing} items are missing, invalid
 * beyond. Pure and stateless; a few bit operations per call.
 */
final class OdaraScoring implements ScoringRule {
  private final int items;
  private final int maxMissing;

  OdaraScoring(int items, int maxMissing) {
    this.items = items;
    this.maxMissing = maxMissing;
  }

  int maxMissing() {
    return maxMissing;
  }

  @Override
  public int score(Responses responses) {
    int present = Long.bitCount(responses.yesMask());
    int answered = Long.bitCount(responses.yesMask() | responses.noMask());
    if (items - answered > maxMissing || answered == 0) {
      return present;
    }
    // round-half-up(present * items / answered), in integers: floor((2 * present * items + answered) / (2 * answered))
    return (2 * present * items + answered) / (2 * answered);
  }

  @Override
  public Optional<String> invalidReason(Responses responses) {
    int missing = items - Long.bitCount(responses.yesMask() | responses.noMask());
    if (missing > maxMissing) {
      return Optional.of(missing + " of " + items + " items missing (not known or not asked); at most " + maxMissing
          + " may be missing for a prorated score");
    }
    return Optional.empty();
  }
}
