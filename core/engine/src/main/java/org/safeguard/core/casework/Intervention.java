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
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;

/** One intervention mobilised for a case: which kind, when it started and ended, and how it turned out. */
@Value.Immutable
@ModelStyle
public abstract class Intervention {
  /** Only the generated implementation in this package extends it. */
  Intervention() {}

  /**
   * The intervention's id, unique within the case; commands find the intervention by it.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The id of an intervention kind in the catalogue.
   *
   * @return the kind's id
   */
  public abstract String kind();

  /**
   * The date the intervention started.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * The date the intervention ended.
   *
   * @return the end date, or empty while it is ongoing
   */
  public abstract Optional<LocalDate> end();

  /**
   * How the intervention turned out; {@link InterventionResult#ONGOING} until it ends.
   *
   * @return the result
   */
  @Value.Default
  public InterventionResult result() {
    return InterventionResult.ONGOING;
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
   * Builds a {@link Intervention}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableIntervention.Builder generated = new ImmutableIntervention.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(Intervention instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link Intervention#id() id}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
      generated.id(MissingValueException.require("id", id));
      return this;
    }

    /**
     * Sets {@link Intervention#kind() kind}.
     *
     * @param kind the value
     * @return this builder
     */
    public Builder kind(String kind) {
      generated.kind(MissingValueException.require("kind", kind));
      return this;
    }

    /**
     * Sets {@link Intervention#start() start}.
     *
     * @param start the value
     * @return this builder
     */
    public Builder start(LocalDate start) {
      generated.start(MissingValueException.require("start", start));
      return this;
    }

    /**
     * Sets {@link Intervention#end() end}.
     *
     * @param end the value
     * @return this builder
     */
    public Builder end(LocalDate end) {
      generated.end(MissingValueException.require("end", end));
      return this;
    }

    /**
     * Sets {@link Intervention#end() end}, present or empty.
     *
     * @param end the value, or empty
     * @return this builder
     */
    public Builder end(Optional<? extends LocalDate> end) {
      generated.end(MissingValueException.require("end", end));
      return this;
    }

    /**
     * Sets {@link Intervention#result() result}.
     *
     * @param result the value
     * @return this builder
     */
    public Builder result(InterventionResult result) {
      generated.result(MissingValueException.require("result", result));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public Intervention build() {
      return generated.build();
    }
  }

  /**
   * Refuses an end before the start, an ended intervention without a result and an ongoing one
   * with an end.
   *
   * @throws InvalidInputException naming {@code intervention.end} or {@code intervention.result}
   */
  @Value.Check
  protected void check() {
    RecordDates.require("intervention.start", start());
    if (end().isPresent()) {
      RecordDates.require("intervention.end", end().get());
    }
    if (end().isPresent() && end().get().isBefore(start())) {
      throw new InvalidInputException("intervention.end", end().get(), "an intervention cannot end before it starts on " + start());
    }
    if (end().isPresent() == (result() == InterventionResult.ONGOING)) {
      throw new InvalidInputException("intervention.result", result(), "an ended intervention has a result, and only an ongoing one has no end");
    }
  }
}
