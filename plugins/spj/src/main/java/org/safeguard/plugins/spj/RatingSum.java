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
package org.safeguard.plugins.spj;

import org.safeguard.model.Responses;
import org.safeguard.spi.ScoringRule;

/**
 * The sum of the ratings given, omitted items left out: a research convenience, <b>not a decision
 * rule</b>. Structured professional judgement computes no level from it (Kropp et al., SARA: the
 * total is a research convenience, not a decision rule); the instrument sets
 * {@code computesLevel(false)}, so the engine never bands this number and the level is always the
 * assessor's. It is reported so that research exports can carry it.
 */
enum RatingSum implements ScoringRule {
  INSTANCE;

  @Override
  public int score(Responses responses) {
    return responses.ratingSum();
  }
}
