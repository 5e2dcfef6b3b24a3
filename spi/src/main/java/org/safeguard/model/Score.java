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

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an instrument's scoring rule made of one response set, with the counts that say how
 * complete the answers were: yes, no, not known and not asked are each counted apart (for a rating
 * instrument, how many items were rated), and the instrument's own category for the score where it
 * defines one ("positive", "extreme danger").
 */
@Value.Immutable
@ModelStyle
public abstract class Score {
  /** Only the generated implementation in this package extends it. */
  Score() {}

  /**
   * The id of the instrument that gave the score, so that a stored score can be read without the
   * response set.
   *
   * @return the instrument's id
   */
  public abstract String instrumentId();

  /**
   * The version of the instrument that gave the score: versions may differ in items and scoring.
   *
   * @return the instrument's version
   */
  public abstract String instrumentVersion();

  /**
   * The score the instrument's rule gives; for the Dash checklists, the number of yes answers.
   *
   * @return the score
   */
  public abstract int value();

  /**
   * How many items were answered yes.
   *
   * @return the count of yes answers; 0 when not set
   */
  @Value.Default
  public int yesCount() {
    return 0;
  }

  /**
   * How many items were answered no.
   *
   * @return the count of no answers; 0 when not set
   */
  @Value.Default
  public int noCount() {
    return 0;
  }

  /**
   * How many items were answered not known: kept apart from no, since a score with many of them
   * may understate the risk.
   *
   * @return the count of not known answers; 0 when not set
   */
  @Value.Default
  public int notKnownCount() {
    return 0;
  }

  /**
   * Items with no answer at all (for a rating instrument, items not rated and not marked not known).
   * Counted apart so that a partly completed checklist is never read as a row of no answers.
   *
   * @return the count of items not asked; 0 when not set
   */
  @Value.Default
  public int notAskedCount() {
    return 0;
  }

  /**
   * For a rating instrument, how many items were rated; 0 for a yes / no checklist.
   *
   * @return the count of rated items
   */
  @Value.Default
  public int ratedCount() {
    return 0;
  }

  /**
   * True when the instrument's items are rated rather than answered yes or no, so that the counts
   * are read the right way.
   *
   * @return whether the instrument is rated
   */
  @Value.Default
  public boolean rated() {
    return false;
  }

  /**
   * The instrument's own category for this score, if it defines categories and the score is valid.
   *
   * @return the category's label, or empty
   */
  public abstract Optional<String> category();

  /**
   * Why the instrument declares this assessment invalid, for example too many answers missing.
   *
   * @return the reason in words, or empty when the score stands
   */
  public abstract Optional<String> invalidReason();

  /**
   * False when the instrument declares the assessment invalid.
   *
   * @return true when there is no {@linkplain #invalidReason() reason} to set the score aside
   */
  public boolean valid() {
    return invalidReason().isEmpty();
  }

  /**
   * Starts a builder. Scores normally come from {@link Instrument#score(Responses)}; this is for
   * a score put back together from stored counts, and for tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Score}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableScore.Builder generated = new ImmutableScore.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(Score instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link Score#instrumentId() instrumentId}.
     *
     * @param instrumentId the value
     * @return this builder
     */
    public Builder instrumentId(String instrumentId) {
      generated.instrumentId(MissingValueException.require("instrumentId", instrumentId));
      return this;
    }

    /**
     * Sets {@link Score#instrumentVersion() instrumentVersion}.
     *
     * @param instrumentVersion the value
     * @return this builder
     */
    public Builder instrumentVersion(String instrumentVersion) {
      generated.instrumentVersion(MissingValueException.require("instrumentVersion", instrumentVersion));
      return this;
    }

    /**
     * Sets {@link Score#value() value}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder value(int value) {
      generated.value(value);
      return this;
    }

    /**
     * Sets {@link Score#yesCount() yesCount}.
     *
     * @param yesCount the value
     * @return this builder
     */
    public Builder yesCount(int yesCount) {
      generated.yesCount(yesCount);
      return this;
    }

    /**
     * Sets {@link Score#noCount() noCount}.
     *
     * @param noCount the value
     * @return this builder
     */
    public Builder noCount(int noCount) {
      generated.noCount(noCount);
      return this;
    }

    /**
     * Sets {@link Score#notKnownCount() notKnownCount}.
     *
     * @param notKnownCount the value
     * @return this builder
     */
    public Builder notKnownCount(int notKnownCount) {
      generated.notKnownCount(notKnownCount);
      return this;
    }

    /**
     * Sets {@link Score#notAskedCount() notAskedCount}.
     *
     * @param notAskedCount the value
     * @return this builder
     */
    public Builder notAskedCount(int notAskedCount) {
      generated.notAskedCount(notAskedCount);
      return this;
    }

    /**
     * Sets {@link Score#ratedCount() ratedCount}.
     *
     * @param ratedCount the value
     * @return this builder
     */
    public Builder ratedCount(int ratedCount) {
      generated.ratedCount(ratedCount);
      return this;
    }

    /**
     * Sets {@link Score#rated() rated}.
     *
     * @param rated the value
     * @return this builder
     */
    public Builder rated(boolean rated) {
      generated.rated(rated);
      return this;
    }

    /**
     * Sets {@link Score#category() category}.
     *
     * @param category the value
     * @return this builder
     */
    public Builder category(String category) {
      generated.category(MissingValueException.require("category", category));
      return this;
    }

    /**
     * Sets {@link Score#category() category}, present or empty.
     *
     * @param category the value, or empty
     * @return this builder
     */
    public Builder category(Optional<String> category) {
      generated.category(MissingValueException.require("category", category));
      return this;
    }

    /**
     * Sets {@link Score#invalidReason() invalidReason}.
     *
     * @param invalidReason the value
     * @return this builder
     */
    public Builder invalidReason(String invalidReason) {
      generated.invalidReason(MissingValueException.require("invalidReason", invalidReason));
      return this;
    }

    /**
     * Sets {@link Score#invalidReason() invalidReason}, present or empty.
     *
     * @param invalidReason the value, or empty
     * @return this builder
     */
    public Builder invalidReason(Optional<String> invalidReason) {
      generated.invalidReason(MissingValueException.require("invalidReason", invalidReason));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public Score build() {
      return generated.build();
    }
  }
}
