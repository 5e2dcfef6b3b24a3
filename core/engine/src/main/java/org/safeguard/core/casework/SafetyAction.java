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
import org.immutables.value.Value;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;

/** One action in a safety plan: what kind, which agency owns it, when it is due and reviewed, and its status. */
@Value.Immutable
@ModelStyle
public abstract class SafetyAction {
  /** Only the generated implementation in this package extends it. */
  SafetyAction() {}

  /**
   * Unique within the plan; keeps an action recognisable across plan versions.
   *
   * @return the action's id
   */
  public abstract String id();

  /**
   * What the action is about.
   *
   * @return the category
   */
  public abstract ActionCategory category();

  /**
   * The agency responsible for seeing the action done.
   *
   * @return the owning agency
   */
  public abstract Agency owner();

  /**
   * The date the action should be done by.
   *
   * @return the due date
   */
  public abstract LocalDate due();

  /**
   * The date to check on the action.
   *
   * @return the review date
   */
  public abstract LocalDate reviewOn();

  /**
   * Where the action stands; open until marked otherwise.
   *
   * @return the status
   */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.OPEN;
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
   * Builds a {@link SafetyAction}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableSafetyAction.Builder generated = new ImmutableSafetyAction.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(SafetyAction instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link SafetyAction#id() id}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
      generated.id(MissingValueException.require("id", id));
      return this;
    }

    /**
     * Sets {@link SafetyAction#category() category}.
     *
     * @param category the value
     * @return this builder
     */
    public Builder category(ActionCategory category) {
      generated.category(MissingValueException.require("category", category));
      return this;
    }

    /**
     * Sets {@link SafetyAction#owner() owner}.
     *
     * @param owner the value
     * @return this builder
     */
    public Builder owner(Agency owner) {
      generated.owner(MissingValueException.require("owner", owner));
      return this;
    }

    /**
     * Sets {@link SafetyAction#due() due}.
     *
     * @param due the value
     * @return this builder
     */
    public Builder due(LocalDate due) {
      generated.due(MissingValueException.require("due", due));
      return this;
    }

    /**
     * Sets {@link SafetyAction#reviewOn() reviewOn}.
     *
     * @param reviewOn the value
     * @return this builder
     */
    public Builder reviewOn(LocalDate reviewOn) {
      generated.reviewOn(MissingValueException.require("reviewOn", reviewOn));
      return this;
    }

    /**
     * Sets {@link SafetyAction#status() status}.
     *
     * @param status the value
     * @return this builder
     */
    public Builder status(ActionStatus status) {
      generated.status(MissingValueException.require("status", status));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public SafetyAction build() {
      return generated.build();
    }
  }

  /** Runs when the value is built: its dates are ones a record may carry ({@link RecordDates}). */
  @Value.Check
  protected void check() {
    RecordDates.require("safetyAction.due", due());
    RecordDates.require("safetyAction.reviewOn", reviewOn());
  }
}
