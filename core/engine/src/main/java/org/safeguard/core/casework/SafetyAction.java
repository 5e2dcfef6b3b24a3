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

  /** Builds a {@link SafetyAction}; building runs its checks. */
  public static final class Builder extends ImmutableSafetyAction.Builder {
    Builder() {}
  }

  /** Runs when the value is built: its dates are ones a record may carry ({@link RecordDates}). */
  @Value.Check
  protected void check() {
    RecordDates.require("safetyAction.due", due());
    RecordDates.require("safetyAction.reviewOn", reviewOn());
  }
}
