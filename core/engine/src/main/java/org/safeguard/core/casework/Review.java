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
package org.safeguard.core.casework;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.model.ModelStyle;

/** A review (T2): the same measures as intake, plus the outcome questions. */
@Value.Immutable
@ModelStyle
public abstract class Review {
  /** Only the generated implementation in this package extends it. */
  Review() {}

  /**
   * Whether this is an interim review or the closure review.
   *
   * @return the kind of review
   */
  public abstract ReviewKind kind();

  /**
   * The measures taken at review, the same as at intake so the two can be compared.
   *
   * @return the review measures
   */
  public abstract Measures measures();

  /**
   * Outcome answers; a question left out is not recorded.
   *
   * @return the answers, by question
   */
  public abstract Map<OutcomeQuestion, OutcomeAnswer> answers();

  /**
   * The date of the review: the date of its measures.
   *
   * @return the date
   */
  public LocalDate on() {
    return measures().on();
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Review}; building runs its checks. */
  public static final class Builder extends ImmutableReview.Builder {
    Builder() {}
  }
}
