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
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.RecordDates;

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

  /** Builds a {@link Measures}; building runs its checks. */
  public static final class Builder extends ImmutableMeasures.Builder {
    Builder() {}
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
