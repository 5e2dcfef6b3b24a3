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
package org.safeguard.core.perpetrator;

import java.util.OptionalDouble;
import org.safeguard.model.InvalidInputException;

/**
 * A risk instrument's scores at one point across a set of cases: the valid scores and their sum,
 * the scores excluded as invalid (the Drive-DASH's 11 or more not known), and the cases with no
 * score at that point. The mean is over the valid scores only, each point with its own count.
 *
 * @param valid the valid scores
 * @param excluded the scores excluded as invalid
 * @param missing the cases with no score at that point
 * @param sum the sum of the valid scores, negative only for an instrument whose scores can be
 */
public record ScoreTally(long valid, long excluded, long missing, long sum) {
  /**
   * Checks the counts.
   *
   * @param valid the valid scores
   * @param excluded the excluded scores
   * @param missing the cases with none
   * @param sum the sum of the valid scores
   * @throws InvalidInputException when a count is negative
   */
  public ScoreTally {
    if (valid < 0 || excluded < 0 || missing < 0) {
      throw new InvalidInputException("scoreTally", valid + "/" + excluded + "/" + missing + "/" + sum, "counts cannot be negative");
    }
  }

  /**
   * The mean of the valid scores.
   *
   * @return the mean, or empty when no score was valid
   */
  public OptionalDouble mean() {
    return valid == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / valid);
  }
}
