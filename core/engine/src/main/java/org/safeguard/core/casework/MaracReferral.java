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
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;

/**
 * A referral the MARAC screen made for a case: when, to what (a MARAC, a local medium-risk MARAC,
 * or children's safeguarding for a victim under 16), by which routes, and the meeting date once set.
 */
@Value.Immutable
@ModelStyle
public abstract class MaracReferral {
  /** Only the generated implementation in this package extends it. */
  MaracReferral() {}

  /**
   * The date the screen made the referral.
   *
   * @return the referral date
   */
  public abstract LocalDate referredOn();

  /**
   * The routes that fired, so the referral shows why it was made.
   *
   * @return the routes, in the order of {@link MaracRoute}
   */
  public abstract List<MaracRoute> routes();

  /**
   * Where the case was referred; a MARAC unless the screen decided otherwise.
   *
   * @return the outcome, never {@link MaracOutcome#NO_REFERRAL}
   */
  @Value.Default
  public MaracOutcome outcome() {
    return MaracOutcome.REFER_TO_MARAC;
  }

  /**
   * True for a referral to a MARAC proper, the only kind that makes later incidents a repeat.
   *
   * @return whether the case was referred to a MARAC
   */
  public boolean toMarac() {
    return outcome() == MaracOutcome.REFER_TO_MARAC;
  }

  /**
   * The date of the meeting that hears the case, once set.
   *
   * @return the meeting date, or empty until it is set
   */
  public abstract Optional<LocalDate> meetingOn();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MaracReferral}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableMaracReferral.Builder generated = new ImmutableMaracReferral.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(MaracReferral instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link MaracReferral#referredOn() referredOn}.
     *
     * @param referredOn the value
     * @return this builder
     */
    public Builder referredOn(LocalDate referredOn) {
      generated.referredOn(MissingValueException.require("referredOn", referredOn));
      return this;
    }

    /**
     * Adds one element to {@link MaracReferral#routes() routes}.
     *
     * @param routes the element
     * @return this builder
     */
    public Builder addRoutes(MaracRoute routes) {
      generated.addRoutes(MissingValueException.require("routes", routes));
      return this;
    }

    /**
     * Adds these elements to {@link MaracReferral#routes() routes}.
     *
     * @param routes the elements, none of them null
     * @return this builder
     */
    public Builder addRoutes(MaracRoute... routes) {
      generated.addRoutes(MissingValueException.requireElements("routes", routes));
      return this;
    }

    /**
     * Replaces the elements of {@link MaracReferral#routes() routes} with these.
     *
     * @param routes the elements, none of them null
     * @return this builder
     */
    public Builder routes(Iterable<? extends MaracRoute> routes) {
      generated.routes(MissingValueException.requireList("routes", routes));
      return this;
    }

    /**
     * Adds these elements to {@link MaracReferral#routes() routes}.
     *
     * @param routes the elements, none of them null
     * @return this builder
     */
    public Builder addAllRoutes(Iterable<? extends MaracRoute> routes) {
      generated.addAllRoutes(MissingValueException.requireList("routes", routes));
      return this;
    }

    /**
     * Sets {@link MaracReferral#outcome() outcome}.
     *
     * @param outcome the value
     * @return this builder
     */
    public Builder outcome(MaracOutcome outcome) {
      generated.outcome(MissingValueException.require("outcome", outcome));
      return this;
    }

    /**
     * Sets {@link MaracReferral#meetingOn() meetingOn}.
     *
     * @param meetingOn the value
     * @return this builder
     */
    public Builder meetingOn(LocalDate meetingOn) {
      generated.meetingOn(MissingValueException.require("meetingOn", meetingOn));
      return this;
    }

    /**
     * Sets {@link MaracReferral#meetingOn() meetingOn}, present or empty.
     *
     * @param meetingOn the value, or empty
     * @return this builder
     */
    public Builder meetingOn(Optional<? extends LocalDate> meetingOn) {
      generated.meetingOn(MissingValueException.require("meetingOn", meetingOn));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public MaracReferral build() {
      return generated.build();
    }
  }

  /**
   * Refuses a referral to nowhere ({@link MaracOutcome#NO_REFERRAL}) and a meeting before the
   * referral.
   *
   * @throws InvalidInputException naming {@code maracReferral.outcome} or
   *     {@code maracReferral.meetingOn}
   */
  @Value.Check
  protected void check() {
    RecordDates.require("maracReferral.referredOn", referredOn());
    if (meetingOn().isPresent()) {
      RecordDates.require("maracReferral.meetingOn", meetingOn().get());
    }
    if (outcome() == MaracOutcome.NO_REFERRAL) {
      throw new InvalidInputException("maracReferral.outcome", outcome(), "a referral records where the case was referred");
    }
    if (meetingOn().isPresent() && meetingOn().get().isBefore(referredOn())) {
      throw new InvalidInputException("maracReferral.meetingOn", meetingOn().get(), "the meeting cannot be before the referral on " + referredOn());
    }
  }
}
