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
package org.safeguard.plugins.dangerassessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.model.Responses;
import org.safeguard.spi.ScoringRule;

/**
 * The sum of the weights of the items answered yes. Weights are 0 or more, so a yes never lowers
 * the score. Also checks each sub-check against its item (see {@link SubChecks}), using bit masks
 * so the check costs a few instructions.
 */
final class WeightedSum implements ScoringRule {
  private final int[] weights;
  /** Per sub-check that stands instead of a yes: its bit, and its item's bit. */
  private final long[] insteadOfYes;
  /** For 5a: its bit and item 5's bit. */
  private final long alongsideYes;
  private final long alongsideYesItem;

  WeightedSum(List<String> itemIds, int[] weights) {
    this.weights = weights.clone();
    long[] instead = new long[2 * (SubChecks.ITEM_OF.size() - 1)];
    long along = 0;
    long alongItem = 0;
    int k = 0;
    for (Map.Entry<String, String> e : SubChecks.ITEM_OF.entrySet()) {
      long sub = 1L << itemIds.indexOf(e.getKey());
      long item = 1L << itemIds.indexOf(e.getValue());
      if (e.getKey().equals(SubChecks.ALONGSIDE_YES)) {
        along = sub;
        alongItem = item;
      } else {
        instead[k++] = sub;
        instead[k++] = item;
      }
    }
    this.insteadOfYes = instead;
    this.alongsideYes = along;
    this.alongsideYesItem = alongItem;
  }

  @Override
  public int score(Responses responses) {
    long yes = responses.yesMask();
    int sum = 0;
    while (yes != 0) {
      sum += weights[Long.numberOfTrailingZeros(yes)];
      yes &= yes - 1;
    }
    return sum;
  }

  @Override
  public Optional<String> invalidReason(Responses responses) {
    long yes = responses.yesMask();
    int contradictions = 0;
    for (int i = 0; i < insteadOfYes.length; i += 2) {
      if ((yes & insteadOfYes[i]) != 0 && (yes & insteadOfYes[i + 1]) != 0) {
        contradictions++;
      }
    }
    if ((yes & alongsideYes) != 0 && (responses.noMask() & alongsideYesItem) != 0) {
      contradictions++;
    }
    return contradictions == 0
        ? Optional.empty()
        : Optional.of(contradictions + " sub-check(s) contradict the answer to their item; check sub-checks 3a, 5a, 13a and 15a");
  }
}
