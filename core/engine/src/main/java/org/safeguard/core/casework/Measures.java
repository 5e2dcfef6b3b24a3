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
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;
import org.safeguard.model.RiskLevel;

/**
 * What is measured at intake (T1) and again at review (T2): the risk assessment, the abuse present
 * with its severity, risk factors, children in the household and vulnerabilities
 * (Safety in Numbers (CAADA, 2009), "How was the evaluation conducted?").
 */
@Value.Immutable
@ModelStyle
public abstract class Measures {
  /** Only the generated implementation in this package extends it. */
  Measures() {}

  /**
   * The date the measures were taken.
   *
   * @return the date
   */
  public abstract LocalDate on();

  /**
   * The risk assessment made at this time point.
   *
   * @return the assessment
   */
  public abstract Assessment assessment();

  /**
   * The level in force at this time point: the assessment's, which a case's measures always have.
   *
   * @return the level
   */
  public RiskLevel level() {
    // check() refuses an assessment with no level
    return assessment().level().orElseThrow();
  }

  /**
   * The types of abuse present, each with its severity.
   *
   * @return the abuse profile
   */
  public abstract AbuseProfile abuse();

  /**
   * The risk factors present.
   *
   * @return the risk factors, empty when none were
   */
  public abstract Set<RiskFactor> riskFactors();

  /**
   * How many children live in the household. Not recorded is not none: a count of children is
   * read only where it was recorded, so the cases with children that <i>Safety in Numbers</i>
   * counts (Tables 1 and 5) are counted from known values only.
   *
   * @return the number of children, not negative, or empty when it was not recorded
   */
  public abstract OptionalInt childrenInHousehold();

  /**
   * Whether children live in the household, where that is known.
   *
   * @return true when one or more do, false when none do, or empty when it was not recorded
   */
  public Optional<Boolean> hasChildren() {
    OptionalInt children = childrenInHousehold();
    return children.isPresent() ? Optional.of(children.getAsInt() > 0) : Optional.empty();
  }

  /**
   * The victim's vulnerabilities.
   *
   * @return the vulnerabilities, empty when none were recorded
   */
  public abstract Set<Vulnerability> vulnerabilities();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Measures}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableMeasures.Builder generated = new ImmutableMeasures.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(Measures instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link Measures#on() on}.
     *
     * @param on the value
     * @return this builder
     */
    public Builder on(LocalDate on) {
      generated.on(MissingValueException.require("on", on));
      return this;
    }

    /**
     * Sets {@link Measures#assessment() assessment}.
     *
     * @param assessment the value
     * @return this builder
     */
    public Builder assessment(Assessment assessment) {
      generated.assessment(MissingValueException.require("assessment", assessment));
      return this;
    }

    /**
     * Sets {@link Measures#abuse() abuse}.
     *
     * @param abuse the value
     * @return this builder
     */
    public Builder abuse(AbuseProfile abuse) {
      generated.abuse(MissingValueException.require("abuse", abuse));
      return this;
    }

    /**
     * Adds one element to {@link Measures#riskFactors() riskFactors}.
     *
     * @param riskFactors the element
     * @return this builder
     */
    public Builder addRiskFactors(RiskFactor riskFactors) {
      generated.addRiskFactors(MissingValueException.require("riskFactors", riskFactors));
      return this;
    }

    /**
     * Adds these elements to {@link Measures#riskFactors() riskFactors}.
     *
     * @param riskFactors the elements, none of them null
     * @return this builder
     */
    public Builder addRiskFactors(RiskFactor... riskFactors) {
      generated.addRiskFactors(MissingValueException.requireElements("riskFactors", riskFactors));
      return this;
    }

    /**
     * Replaces the elements of {@link Measures#riskFactors() riskFactors} with these.
     *
     * @param riskFactors the elements, none of them null
     * @return this builder
     */
    public Builder riskFactors(Iterable<RiskFactor> riskFactors) {
      generated.riskFactors(MissingValueException.requireList("riskFactors", riskFactors));
      return this;
    }

    /**
     * Adds these elements to {@link Measures#riskFactors() riskFactors}.
     *
     * @param riskFactors the elements, none of them null
     * @return this builder
     */
    public Builder addAllRiskFactors(Iterable<RiskFactor> riskFactors) {
      generated.addAllRiskFactors(MissingValueException.requireList("riskFactors", riskFactors));
      return this;
    }

    /**
     * Sets {@link Measures#childrenInHousehold() childrenInHousehold}.
     *
     * @param childrenInHousehold the value
     * @return this builder
     */
    public Builder childrenInHousehold(int childrenInHousehold) {
      generated.childrenInHousehold(childrenInHousehold);
      return this;
    }

    /**
     * Sets {@link Measures#childrenInHousehold() childrenInHousehold}, present or empty.
     *
     * @param childrenInHousehold the value, or empty
     * @return this builder
     */
    public Builder childrenInHousehold(OptionalInt childrenInHousehold) {
      generated.childrenInHousehold(MissingValueException.require("childrenInHousehold", childrenInHousehold));
      return this;
    }

    /**
     * Adds one element to {@link Measures#vulnerabilities() vulnerabilities}.
     *
     * @param vulnerabilities the element
     * @return this builder
     */
    public Builder addVulnerabilities(Vulnerability vulnerabilities) {
      generated.addVulnerabilities(MissingValueException.require("vulnerabilities", vulnerabilities));
      return this;
    }

    /**
     * Adds these elements to {@link Measures#vulnerabilities() vulnerabilities}.
     *
     * @param vulnerabilities the elements, none of them null
     * @return this builder
     */
    public Builder addVulnerabilities(Vulnerability... vulnerabilities) {
      generated.addVulnerabilities(MissingValueException.requireElements("vulnerabilities", vulnerabilities));
      return this;
    }

    /**
     * Replaces the elements of {@link Measures#vulnerabilities() vulnerabilities} with these.
     *
     * @param vulnerabilities the elements, none of them null
     * @return this builder
     */
    public Builder vulnerabilities(Iterable<Vulnerability> vulnerabilities) {
      generated.vulnerabilities(MissingValueException.requireList("vulnerabilities", vulnerabilities));
      return this;
    }

    /**
     * Adds these elements to {@link Measures#vulnerabilities() vulnerabilities}.
     *
     * @param vulnerabilities the elements, none of them null
     * @return this builder
     */
    public Builder addAllVulnerabilities(Iterable<Vulnerability> vulnerabilities) {
      generated.addAllVulnerabilities(MissingValueException.requireList("vulnerabilities", vulnerabilities));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public Measures build() {
      return generated.build();
    }
  }

  /**
   * Refuses a negative number of children, and an assessment that gave insufficient information
   * for a level and has no judgement setting one: a case is worked at a level.
   *
   * @throws InvalidInputException naming {@code childrenInHousehold} or {@code assessment}
   */
  @Value.Check
  protected void check() {
    RecordDates.require("measures.on", on());
    if (assessment().level().isEmpty()) {
      throw new InvalidInputException("assessment", "insufficient information",
          "a case's measures need an assessment with a level; the answers gave none ("
              + assessment().insufficientInformation().orElse("no level computed")
              + "), so set one by professional judgement or complete more of the checklist");
    }
    if (childrenInHousehold().isPresent() && childrenInHousehold().getAsInt() < 0) {
      throw new InvalidInputException("childrenInHousehold", childrenInHousehold().getAsInt(), "a count cannot be negative");
    }
  }
}
