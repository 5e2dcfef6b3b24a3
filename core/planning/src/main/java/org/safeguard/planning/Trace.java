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
package org.safeguard.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.model.MissingValueException;

/**
 * How a planning result was reached: its steps in order, each with a name, the formula in words,
 * the inputs it used, the value before rounding, the rounding applied and the result. A
 * commissioner can check every figure by hand from the trace alone.
 *
 * @param steps the steps in the order they were taken
 */
public record Trace(List<Step> steps) {
  /** An empty trace. */
  public static final Trace EMPTY = new Trace(List.of());

  /**
   * Copies the steps, so that a trace cannot change after it is reported.
   *
   * @param steps the steps in the order they were taken
   */
  public Trace {
    steps = List.copyOf(steps);
  }

  /**
   * One step.
   *
   * @param name what the step works out, for example {@code required IDVAs}
   * @param formula the formula in words
   * @param inputs the named inputs, in the order the formula uses them
   * @param exact the value before rounding
   * @param rounding the rounding applied
   * @param result the value after rounding, which later steps use
   */
  public record Step(String name, String formula, Map<String, BigDecimal> inputs, BigDecimal exact,
      Rounding rounding, BigDecimal result) {
    /**
     * Copies the inputs, keeping their order.
     *
     * @param name what the step works out, for example {@code required IDVAs}
     * @param formula the formula in words
     * @param inputs the named inputs, in the order the formula uses them
     * @param exact the value before rounding
     * @param rounding the rounding applied
     * @param result the value after rounding, which later steps use
     */
    public Step {
      MissingValueException.require("name", name);
      MissingValueException.require("formula", formula);
      inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
      MissingValueException.require("exact", exact);
      MissingValueException.require("rounding", rounding);
      MissingValueException.require("result", result);
    }

    /**
     * One line: name = formula; inputs → exact, rounding → result.
     *
     * @return the step as a person would check it
     */
    public String render() {
      StringBuilder line = new StringBuilder(name).append(" = ").append(formula);
      if (!inputs.isEmpty()) {
        line.append(" [");
        boolean first = true;
        for (Map.Entry<String, BigDecimal> input : inputs.entrySet()) {
          if (!first) {
            line.append("; ");
          }
          line.append(input.getKey()).append(' ').append(Decimals.show(input.getValue()));
          first = false;
        }
        line.append(']');
      }
      line.append(" → ").append(Decimals.show(exact));
      if (!rounding.isExact()) {
        line.append(", ").append(rounding.describe()).append(" → ").append(Decimals.show(result));
      }
      return line.toString();
    }
  }

  /**
   * A new trace to add steps to.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * This trace followed by another's steps.
   *
   * @param next the trace whose steps come after this one's
   * @return the joined trace
   */
  public Trace then(Trace next) {
    List<Step> all = new ArrayList<>(steps);
    all.addAll(MissingValueException.require("next", next).steps);
    return new Trace(all);
  }

  /**
   * The last step with this name, since a later step of the same name supersedes an earlier one.
   *
   * @param name the step's name
   * @return the step, or empty if none has that name
   */
  public Optional<Step> step(String name) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).name().equals(name)) {
        return Optional.of(steps.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * One numbered line a step, each indented by {@code indent}.
   *
   * @param indent put before each line
   * @return the steps, one a line, each line ending in a line break
   */
  public String render(String indent) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      out.append(indent).append(i + 1).append(". ").append(steps.get(i).render()).append('\n');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return render("");
  }

  /** Collects steps as a calculation goes; not thread-safe, used inside one calculation. */
  public static final class Builder {
    private final List<Step> steps = new ArrayList<>();

    private Builder() {}

    /**
     * Starts a step; name its inputs, then give its value with {@link StepBuilder#result}.
     *
     * @param name what the step works out
     * @param formula the formula in words
     * @return the step being written
     */
    public StepBuilder step(String name, String formula) {
      return new StepBuilder(this, name, formula);
    }

    /**
     * Adds the steps of another trace, for a result built from others.
     *
     * @param trace the trace whose steps are added
     * @return this builder
     */
    public Builder include(Trace trace) {
      steps.addAll(MissingValueException.require("trace", trace).steps());
      return this;
    }

    /**
     * The trace so far.
     *
     * @return the trace
     */
    public Trace build() {
      return new Trace(steps);
    }
  }

  /** One step being written. */
  public static final class StepBuilder {
    private final Builder owner;
    private final String name;
    private final String formula;
    private final Map<String, BigDecimal> inputs = new LinkedHashMap<>();

    private StepBuilder(Builder owner, String name, String formula) {
      this.owner = owner;
      this.name = name;
      this.formula = formula;
    }

    /**
     * A named input of the formula.
     *
     * @param inputName the input's name
     * @param value its value
     * @return this step
     */
    public StepBuilder input(String inputName, BigDecimal value) {
      inputs.put(inputName, MissingValueException.require(inputName, value));
      return this;
    }

    /**
     * A named input of the formula.
     *
     * @param inputName the input's name
     * @param value its value, a count
     * @return this step
     */
    public StepBuilder input(String inputName, long value) {
      return input(inputName, BigDecimal.valueOf(value));
    }

    /**
     * Records the step's result, exact and unrounded, and returns it. (Not {@code is}, a keyword in
     * Kotlin.)
     *
     * @param exact the step's value
     * @return the same value
     */
    public BigDecimal result(BigDecimal exact) {
      return result(exact, Rounding.EXACT);
    }

    /**
     * Records the exact value and its rounding, and returns the rounded value.
     *
     * @param exact the step's value before rounding
     * @param rounding the rounding to apply
     * @return the rounded value, for the next step to use
     */
    public BigDecimal result(BigDecimal exact, Rounding rounding) {
      BigDecimal result = MissingValueException.require("rounding", rounding).apply(MissingValueException.require(name, exact));
      owner.steps.add(new Step(name, formula, inputs, exact, rounding, result));
      return result;
    }
  }
}
