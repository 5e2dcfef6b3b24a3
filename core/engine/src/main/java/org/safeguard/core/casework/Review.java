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
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
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

  /**
   * Builds a {@link Review}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableReview.Builder generated = new ImmutableReview.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(Review instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link Review#kind() kind}.
     *
     * @param kind the value
     * @return this builder
     */
    public Builder kind(ReviewKind kind) {
      generated.kind(MissingValueException.require("kind", kind));
      return this;
    }

    /**
     * Sets {@link Review#measures() measures}.
     *
     * @param measures the value
     * @return this builder
     */
    public Builder measures(Measures measures) {
      generated.measures(MissingValueException.require("measures", measures));
      return this;
    }

    /**
     * Puts one entry into {@link Review#answers() answers}.
     *
     * @param key the key
     * @param value its value
     * @return this builder
     */
    public Builder putAnswers(OutcomeQuestion key, OutcomeAnswer value) {
      generated.putAnswers(MissingValueException.require("answers", key), MissingValueException.require("answers", value));
      return this;
    }

    /**
     * Puts one entry into {@link Review#answers() answers}.
     *
     * @param answers the entry, its key and value not null
     * @return this builder
     */
    public Builder putAnswers(Map.Entry<OutcomeQuestion, ? extends OutcomeAnswer> answers) {
      generated.putAnswers(MissingValueException.require("answers", answers));
      return this;
    }

    /**
     * Replaces the entries of {@link Review#answers() answers} with these.
     *
     * @param answers the entries, no key or value null
     * @return this builder
     */
    public Builder answers(Map<OutcomeQuestion, ? extends OutcomeAnswer> answers) {
      generated.answers(MissingValueException.requireEntries("answers", answers));
      return this;
    }

    /**
     * Puts these entries into {@link Review#answers() answers}.
     *
     * @param answers the entries, no key or value null
     * @return this builder
     */
    public Builder putAllAnswers(Map<OutcomeQuestion, ? extends OutcomeAnswer> answers) {
      generated.putAllAnswers(MissingValueException.requireEntries("answers", answers));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public Review build() {
      return generated.build();
    }
  }
}
