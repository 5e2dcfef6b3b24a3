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
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * When a policy holds an instrument's answers too few to compute a level from: fewer than a
 * minimum number of items answered, or a limit of answers not known reached. An assessment short of
 * the rule says "insufficient information" instead of a level, and professional judgement may
 * still set one. Drive's evaluation, for example, left out of its analysis every Drive-DASH
 * checklist with 11 or more answers "not applicable/not known" (<i>Evaluation of the Drive
 * Project</i>, University of Bristol, 2019, "Drive-DASH Risk Assessment Scores" and footnote 18); a
 * county may ask for a minimum number answered.
 *
 * <p>An answer here is a yes, a no or a rating; "not known" and "not asked" are not answers. So
 * answering one more item never makes answers fall short of a rule that they met: it adds one to the
 * answered count and takes at most one from the not-known count.
 */
@Value.Immutable
@ModelStyle
public abstract class CompletenessRule {
  /** Only the generated implementation in this package extends it. */
  CompletenessRule() {}

  /**
   * The instrument whose answers the rule reads, for example {@code safelives-dash-ric}.
   *
   * @return the instrument id
   */
  public abstract String instrumentId();

  /**
   * The fewest items that must be answered yes, no or with a rating.
   *
   * @return the minimum, 1 or more, or empty when the rule sets none
   */
  public abstract OptionalInt minimumAnswered();

  /**
   * The count of answers not known at which too little is known, as an instrument's own
   * {@link Instrument#notKnownLimit()}: at this count or over it, no level is computed.
   *
   * @return the limit, 1 or more, or empty when the rule sets none
   */
  public abstract OptionalInt notKnownLimit();

  /**
   * Why answers with these counts fall short of the rule, in words that count and name no answer.
   *
   * @param answered the items answered yes, no or with a rating
   * @param notKnown the items answered not known
   * @return the shortfall, for example {@code "6 items answered, the policy asks for at least 18"},
   *     or empty when the answers meet the rule
   */
  public Optional<String> shortfall(int answered, int notKnown) {
    if (minimumAnswered().isPresent() && answered < minimumAnswered().getAsInt()) {
      return Optional.of(answered + (answered == 1 ? " item" : " items") + " answered, the policy asks for at least "
          + minimumAnswered().getAsInt());
    }
    if (notKnownLimit().isPresent() && notKnown >= notKnownLimit().getAsInt()) {
      return Optional.of(notKnown + " answers not known, the policy sets aside " + notKnownLimit().getAsInt() + " or more");
    }
    return Optional.empty();
  }

  /**
   * Starts a rule; set the instrument id and at least one of the two limits.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CompletenessRule}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableCompletenessRule.Builder generated = new ImmutableCompletenessRule.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(CompletenessRule instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link CompletenessRule#instrumentId() instrumentId}.
     *
     * @param instrumentId the value
     * @return this builder
     */
    public Builder instrumentId(String instrumentId) {
      generated.instrumentId(MissingValueException.require("instrumentId", instrumentId));
      return this;
    }

    /**
     * Sets {@link CompletenessRule#minimumAnswered() minimumAnswered}.
     *
     * @param minimumAnswered the value
     * @return this builder
     */
    public Builder minimumAnswered(int minimumAnswered) {
      generated.minimumAnswered(minimumAnswered);
      return this;
    }

    /**
     * Sets {@link CompletenessRule#minimumAnswered() minimumAnswered}, present or empty.
     *
     * @param minimumAnswered the value, or empty
     * @return this builder
     */
    public Builder minimumAnswered(OptionalInt minimumAnswered) {
      generated.minimumAnswered(MissingValueException.require("minimumAnswered", minimumAnswered));
      return this;
    }

    /**
     * Sets {@link CompletenessRule#notKnownLimit() notKnownLimit}.
     *
     * @param notKnownLimit the value
     * @return this builder
     */
    public Builder notKnownLimit(int notKnownLimit) {
      generated.notKnownLimit(notKnownLimit);
      return this;
    }

    /**
     * Sets {@link CompletenessRule#notKnownLimit() notKnownLimit}, present or empty.
     *
     * @param notKnownLimit the value, or empty
     * @return this builder
     */
    public Builder notKnownLimit(OptionalInt notKnownLimit) {
      generated.notKnownLimit(MissingValueException.require("notKnownLimit", notKnownLimit));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public CompletenessRule build() {
      return generated.build();
    }
  }

  /** Runs when a rule is built: a valid instrument id, at least one limit, and each limit 1 or more. */
  @Value.Check
  protected void check() {
    String field = "completeness." + instrumentId();
    StableId.require("completeness.instrumentId", instrumentId());
    if (minimumAnswered().isEmpty() && notKnownLimit().isEmpty()) {
      throw new InvalidInputException(field, "(no limit)", "a completeness rule sets minimum-answered, not-known-limit or both");
    }
    if (minimumAnswered().isPresent() && minimumAnswered().getAsInt() < 1) {
      throw new InvalidInputException(field + ".minimum-answered", minimumAnswered().getAsInt(), "at least 1");
    }
    if (notKnownLimit().isPresent() && notKnownLimit().getAsInt() < 1) {
      throw new InvalidInputException(field + ".not-known-limit", notKnownLimit().getAsInt(), "at least 1");
    }
  }
}
