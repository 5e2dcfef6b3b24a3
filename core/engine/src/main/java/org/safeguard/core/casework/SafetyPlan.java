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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;

/** One version of a case's safety plan. Plans are revised, never edited: every version is kept. */
@Value.Immutable
@ModelStyle
public abstract class SafetyPlan {
  /** Only the generated implementation in this package extends it. */
  SafetyPlan() {}

  /**
   * 1 for the first plan, then one more for each revision.
   *
   * @return the version number, from 1
   */
  public abstract int version();

  /**
   * The date this version was made.
   *
   * @return the date
   */
  public abstract LocalDate revisedOn();

  /**
   * The actions of this version; an action carried over from the last version keeps its id.
   *
   * @return the actions, each id unique within the plan
   */
  public abstract List<SafetyAction> actions();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SafetyPlan}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableSafetyPlan.Builder generated = new ImmutableSafetyPlan.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(SafetyPlan instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link SafetyPlan#version() version}.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(int version) {
      generated.version(version);
      return this;
    }

    /**
     * Sets {@link SafetyPlan#revisedOn() revisedOn}.
     *
     * @param revisedOn the value
     * @return this builder
     */
    public Builder revisedOn(LocalDate revisedOn) {
      generated.revisedOn(MissingValueException.require("revisedOn", revisedOn));
      return this;
    }

    /**
     * Adds one element to {@link SafetyPlan#actions() actions}.
     *
     * @param actions the element
     * @return this builder
     */
    public Builder addActions(SafetyAction actions) {
      generated.addActions(MissingValueException.require("actions", actions));
      return this;
    }

    /**
     * Adds these elements to {@link SafetyPlan#actions() actions}.
     *
     * @param actions the elements, none of them null
     * @return this builder
     */
    public Builder addActions(SafetyAction... actions) {
      generated.addActions(MissingValueException.requireElements("actions", actions));
      return this;
    }

    /**
     * Replaces the elements of {@link SafetyPlan#actions() actions} with these.
     *
     * @param actions the elements, none of them null
     * @return this builder
     */
    public Builder actions(Iterable<? extends SafetyAction> actions) {
      generated.actions(MissingValueException.requireList("actions", actions));
      return this;
    }

    /**
     * Adds these elements to {@link SafetyPlan#actions() actions}.
     *
     * @param actions the elements, none of them null
     * @return this builder
     */
    public Builder addAllActions(Iterable<? extends SafetyAction> actions) {
      generated.addAllActions(MissingValueException.requireList("actions", actions));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public SafetyPlan build() {
      return generated.build();
    }
  }

  /**
   * Refuses a version below 1 and two actions with one id.
   *
   * @throws InvalidInputException naming {@code safetyPlan.version} or {@code safetyPlan.actions}
   */
  @Value.Check
  protected void check() {
    RecordDates.require("safetyPlan.revisedOn", revisedOn());
    if (version() < 1) {
      throw new InvalidInputException("safetyPlan.version", version(), "versions start at 1");
    }
    Set<String> ids = new HashSet<>();
    for (SafetyAction action : actions()) {
      if (!ids.add(action.id())) {
        throw new InvalidInputException("safetyPlan.actions", action.id(), "action ids are unique within a plan");
      }
    }
  }
}
