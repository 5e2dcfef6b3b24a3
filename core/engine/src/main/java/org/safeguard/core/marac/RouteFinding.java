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
package org.safeguard.core.marac;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;

/** One MARAC route that fired, with the evidence that made it fire. */
@Value.Immutable
@ModelStyle
public abstract class RouteFinding {
  /** Only the generated implementation in this package extends it. */
  RouteFinding() {}

  /**
   * The route that fired.
   *
   * @return the route
   */
  public abstract MaracRoute route();

  /**
   * The evidence in one sentence, with no personal data.
   *
   * @return the explanation
   */
  public abstract String explanation();

  /**
   * Visible high risk, or the local medium-risk band: the score.
   *
   * @return the score, or empty for the other routes
   */
  public abstract OptionalInt score();

  /**
   * Potential escalation: the number of incidents counted in the window.
   *
   * @return the count, or empty for the other routes
   */
  public abstract OptionalInt incidentsCounted();

  /**
   * Potential escalation: the first day of the window.
   *
   * @return the date, or empty for the other routes
   */
  public abstract Optional<LocalDate> windowStart();

  /**
   * Repeat: the date of the last referral.
   *
   * @return the date, or empty for the other routes
   */
  public abstract Optional<LocalDate> lastReferral();

  /**
   * Repeat: the date of the qualifying incident.
   *
   * @return the date, or empty for the other routes
   */
  public abstract Optional<LocalDate> incidentDate();

  /**
   * Professional judgement: the id of the assessor who raised the level.
   *
   * @return the assessor's id, or empty for the other routes
   */
  public abstract Optional<String> assessorId();

  /**
   * Professional judgement: the structured reasons the assessor gave; SafeLives expects a referral
   * on judgement alone to set out its reasons.
   *
   * @return the reasons, empty for the other routes
   */
  public abstract List<JudgementReason> reasons();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RouteFinding}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableRouteFinding.Builder generated = new ImmutableRouteFinding.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(RouteFinding instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link RouteFinding#route() route}.
     *
     * @param route the value
     * @return this builder
     */
    public Builder route(MaracRoute route) {
      generated.route(MissingValueException.require("route", route));
      return this;
    }

    /**
     * Sets {@link RouteFinding#explanation() explanation}.
     *
     * @param explanation the value
     * @return this builder
     */
    public Builder explanation(String explanation) {
      generated.explanation(MissingValueException.require("explanation", explanation));
      return this;
    }

    /**
     * Sets {@link RouteFinding#score() score}.
     *
     * @param score the value
     * @return this builder
     */
    public Builder score(int score) {
      generated.score(score);
      return this;
    }

    /**
     * Sets {@link RouteFinding#score() score}, present or empty.
     *
     * @param score the value, or empty
     * @return this builder
     */
    public Builder score(OptionalInt score) {
      generated.score(MissingValueException.require("score", score));
      return this;
    }

    /**
     * Sets {@link RouteFinding#incidentsCounted() incidentsCounted}.
     *
     * @param incidentsCounted the value
     * @return this builder
     */
    public Builder incidentsCounted(int incidentsCounted) {
      generated.incidentsCounted(incidentsCounted);
      return this;
    }

    /**
     * Sets {@link RouteFinding#incidentsCounted() incidentsCounted}, present or empty.
     *
     * @param incidentsCounted the value, or empty
     * @return this builder
     */
    public Builder incidentsCounted(OptionalInt incidentsCounted) {
      generated.incidentsCounted(MissingValueException.require("incidentsCounted", incidentsCounted));
      return this;
    }

    /**
     * Sets {@link RouteFinding#windowStart() windowStart}.
     *
     * @param windowStart the value
     * @return this builder
     */
    public Builder windowStart(LocalDate windowStart) {
      generated.windowStart(MissingValueException.require("windowStart", windowStart));
      return this;
    }

    /**
     * Sets {@link RouteFinding#windowStart() windowStart}, present or empty.
     *
     * @param windowStart the value, or empty
     * @return this builder
     */
    public Builder windowStart(Optional<? extends LocalDate> windowStart) {
      generated.windowStart(MissingValueException.require("windowStart", windowStart));
      return this;
    }

    /**
     * Sets {@link RouteFinding#lastReferral() lastReferral}.
     *
     * @param lastReferral the value
     * @return this builder
     */
    public Builder lastReferral(LocalDate lastReferral) {
      generated.lastReferral(MissingValueException.require("lastReferral", lastReferral));
      return this;
    }

    /**
     * Sets {@link RouteFinding#lastReferral() lastReferral}, present or empty.
     *
     * @param lastReferral the value, or empty
     * @return this builder
     */
    public Builder lastReferral(Optional<? extends LocalDate> lastReferral) {
      generated.lastReferral(MissingValueException.require("lastReferral", lastReferral));
      return this;
    }

    /**
     * Sets {@link RouteFinding#incidentDate() incidentDate}.
     *
     * @param incidentDate the value
     * @return this builder
     */
    public Builder incidentDate(LocalDate incidentDate) {
      generated.incidentDate(MissingValueException.require("incidentDate", incidentDate));
      return this;
    }

    /**
     * Sets {@link RouteFinding#incidentDate() incidentDate}, present or empty.
     *
     * @param incidentDate the value, or empty
     * @return this builder
     */
    public Builder incidentDate(Optional<? extends LocalDate> incidentDate) {
      generated.incidentDate(MissingValueException.require("incidentDate", incidentDate));
      return this;
    }

    /**
     * Sets {@link RouteFinding#assessorId() assessorId}.
     *
     * @param assessorId the value
     * @return this builder
     */
    public Builder assessorId(String assessorId) {
      generated.assessorId(MissingValueException.require("assessorId", assessorId));
      return this;
    }

    /**
     * Sets {@link RouteFinding#assessorId() assessorId}, present or empty.
     *
     * @param assessorId the value, or empty
     * @return this builder
     */
    public Builder assessorId(Optional<String> assessorId) {
      generated.assessorId(MissingValueException.require("assessorId", assessorId));
      return this;
    }

    /**
     * Adds one element to {@link RouteFinding#reasons() reasons}.
     *
     * @param reasons the element
     * @return this builder
     */
    public Builder addReasons(JudgementReason reasons) {
      generated.addReasons(MissingValueException.require("reasons", reasons));
      return this;
    }

    /**
     * Adds these elements to {@link RouteFinding#reasons() reasons}.
     *
     * @param reasons the elements, none of them null
     * @return this builder
     */
    public Builder addReasons(JudgementReason... reasons) {
      generated.addReasons(MissingValueException.requireElements("reasons", reasons));
      return this;
    }

    /**
     * Replaces the elements of {@link RouteFinding#reasons() reasons} with these.
     *
     * @param reasons the elements, none of them null
     * @return this builder
     */
    public Builder reasons(Iterable<? extends JudgementReason> reasons) {
      generated.reasons(MissingValueException.requireList("reasons", reasons));
      return this;
    }

    /**
     * Adds these elements to {@link RouteFinding#reasons() reasons}.
     *
     * @param reasons the elements, none of them null
     * @return this builder
     */
    public Builder addAllReasons(Iterable<? extends JudgementReason> reasons) {
      generated.addAllReasons(MissingValueException.requireList("reasons", reasons));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public RouteFinding build() {
      return generated.build();
    }
  }
}
