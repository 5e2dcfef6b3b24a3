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

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;

/**
 * What a command returns: the case as it now is, the events that took it there, and, for a MARAC
 * screen, the decision. A screen returns the subtype {@link MaracScreening}, whose decision needs
 * no unwrapping.
 */
@Value.Immutable
@ModelStyle
public abstract class CaseChange {
  /** Only the generated implementations and {@link MaracScreening} in this package extend it. */
  CaseChange() {}

  /**
   * The case as the command left it; the case passed in when the command changed nothing.
   *
   * @return the case after the command
   */
  public abstract CaseFile caseFile();

  /**
   * The events the command caused, for the embedding system to persist; empty when nothing changed.
   *
   * @return the events, in the order they happened
   */
  public abstract List<CaseEvent> events();

  /**
   * The MARAC screen's decision, present after a screen whether or not it made a referral.
   *
   * @return the decision, or empty after any other command
   */
  public abstract Optional<MaracDecision> maracDecision();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CaseChange}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableCaseChange.Builder generated = new ImmutableCaseChange.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(CaseChange instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link CaseChange#caseFile() caseFile}.
     *
     * @param caseFile the value
     * @return this builder
     */
    public Builder caseFile(CaseFile caseFile) {
      generated.caseFile(MissingValueException.require("caseFile", caseFile));
      return this;
    }

    /**
     * Adds one element to {@link CaseChange#events() events}.
     *
     * @param events the element
     * @return this builder
     */
    public Builder addEvents(CaseEvent events) {
      generated.addEvents(MissingValueException.require("events", events));
      return this;
    }

    /**
     * Adds these elements to {@link CaseChange#events() events}.
     *
     * @param events the elements, none of them null
     * @return this builder
     */
    public Builder addEvents(CaseEvent... events) {
      generated.addEvents(MissingValueException.requireElements("events", events));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseChange#events() events} with these.
     *
     * @param events the elements, none of them null
     * @return this builder
     */
    public Builder events(Iterable<? extends CaseEvent> events) {
      generated.events(MissingValueException.requireList("events", events));
      return this;
    }

    /**
     * Adds these elements to {@link CaseChange#events() events}.
     *
     * @param events the elements, none of them null
     * @return this builder
     */
    public Builder addAllEvents(Iterable<? extends CaseEvent> events) {
      generated.addAllEvents(MissingValueException.requireList("events", events));
      return this;
    }

    /**
     * Sets {@link CaseChange#maracDecision() maracDecision}.
     *
     * @param maracDecision the value
     * @return this builder
     */
    public Builder maracDecision(MaracDecision maracDecision) {
      generated.maracDecision(MissingValueException.require("maracDecision", maracDecision));
      return this;
    }

    /**
     * Sets {@link CaseChange#maracDecision() maracDecision}, present or empty.
     *
     * @param maracDecision the value, or empty
     * @return this builder
     */
    public Builder maracDecision(Optional<? extends MaracDecision> maracDecision) {
      generated.maracDecision(MissingValueException.require("maracDecision", maracDecision));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public CaseChange build() {
      return generated.build();
    }
  }
}
