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
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.MissingValueException;

/**
 * One area's planning inputs: a MARAC area, a local authority or a county. Published public
 * statistics about an area (population, MARAC cases, posts) are not personal data. Only the name,
 * adult women and MARAC cases are required; a calculation that needs an absent input is left out
 * of the area's plan, and the plan says so.
 *
 * <p>Field names in errors are the column names of {@link AreaCsv}, so a message reads the same
 * whether the area was read from a file or built in code.
 *
 * @param name the area's name, unique in a plan
 * @param region the region it is totalled into, if any
 * @param population total population, for the refuge-bed benchmark
 * @param adultWomen female population aged 16 and over
 * @param maracCases cases heard at MARAC in 12 months
 * @param idvaFte FTE advisers (IDVAs) in post
 * @param highRiskShare share of the advisers' time with high-risk victims, 0 to 1
 * @param refugeBeds refuge beds (units) available
 * @param visibleHighRisk visible high-risk victims who may engage with support
 * @param visibleMediumRisk visible medium-risk victims who may engage with support
 * @param highRiskCaseload a local high-risk caseload per adviser, replacing the planner's standard
 * @param mediumRiskCaseload a local medium-risk caseload per adviser, replacing the planner's standard
 */
public record PlanningArea(String name, Optional<String> region, OptionalLong population, long adultWomen, long maracCases,
    Optional<BigDecimal> idvaFte, Optional<BigDecimal> highRiskShare, OptionalLong refugeBeds,
    OptionalLong visibleHighRisk, OptionalLong visibleMediumRisk, Optional<BigDecimal> highRiskCaseload,
    Optional<BigDecimal> mediumRiskCaseload) {
  /**
   * The largest count an area may give, ten billion: more people than live on Earth, so any real
   * count fits, and sums over many areas stay far inside a {@code long}.
   */
  public static final long MAX_COUNT = 10_000_000_000L;

  /** Column and field name of {@code name}. */
  public static final String AREA = "area";
  /** Column and field name of {@code region}. */
  public static final String REGION = "region";
  /** Column and field name of {@code population}. */
  public static final String POPULATION = "population";
  /** Column and field name of {@code adultWomen}. */
  public static final String ADULT_WOMEN = "adult_women";
  /** Column and field name of {@code maracCases}. */
  public static final String MARAC_CASES = "marac_cases";
  /** Column and field name of {@code idvaFte}. */
  public static final String IDVA_FTE = "idva_fte";
  /** Column and field name of {@code highRiskShare}. */
  public static final String HIGH_RISK_SHARE = "high_risk_share";
  /** Column and field name of {@code refugeBeds}. */
  public static final String REFUGE_BEDS = "refuge_beds";
  /** Column and field name of {@code visibleHighRisk}. */
  public static final String VISIBLE_HIGH_RISK = "visible_high_risk";
  /** Column and field name of {@code visibleMediumRisk}. */
  public static final String VISIBLE_MEDIUM_RISK = "visible_medium_risk";
  /** Column and field name of {@code highRiskCaseload}. */
  public static final String HIGH_RISK_CASELOAD = "high_risk_caseload";
  /** Column and field name of {@code mediumRiskCaseload}. */
  public static final String MEDIUM_RISK_CASELOAD = "medium_risk_caseload";

  /**
   * Strips the name and region and checks every input; an empty region is taken as none.
   *
   * @param name the area's name, unique in a plan; not blank, at most 200 characters
   * @param region the region it is totalled into, if any; at most 200 characters
   * @param population total population, for the refuge-bed benchmark; from 0 to {@link #MAX_COUNT}
   * @param adultWomen female population aged 16 and over; from 0 to {@link #MAX_COUNT}
   * @param maracCases cases heard at MARAC in 12 months; from 0 to {@link #MAX_COUNT}
   * @param idvaFte FTE advisers (IDVAs) in post; not negative, below 10^15, at most 40 decimal places
   * @param highRiskShare share of the advisers' time with high-risk victims, 0 to 1
   * @param refugeBeds refuge beds (units) available; from 0 to {@link #MAX_COUNT}
   * @param visibleHighRisk visible high-risk victims who may engage with support; from 0 to {@link #MAX_COUNT}
   * @param visibleMediumRisk visible medium-risk victims who may engage with support; from 0 to {@link #MAX_COUNT}
   * @param highRiskCaseload a local high-risk caseload per adviser; above zero, below 10^15
   * @param mediumRiskCaseload a local medium-risk caseload per adviser; above zero, below 10^15
   * @throws MissingValueException if a value, or an {@code Optional} holding one, is null
   * @throws PlanningInputException naming the first field that breaks a rule
   */
  public PlanningArea {
    name = Decimals.requireName(AREA, name);
    region = MissingValueException.require(REGION, region).map(String::strip).filter(r -> !r.isEmpty());
    if (region.isPresent()) {
      Decimals.requireName(REGION, region.get());
    }
    count(POPULATION, population);
    count(ADULT_WOMEN, OptionalLong.of(adultWomen));
    count(MARAC_CASES, OptionalLong.of(maracCases));
    MissingValueException.require(IDVA_FTE, idvaFte).ifPresent(v -> {
      if (Decimals.input(IDVA_FTE, v).signum() < 0) {
        throw new PlanningInputException(IDVA_FTE, Decimals.brief(v), "FTE in post is never negative");
      }
    });
    MissingValueException.require(HIGH_RISK_SHARE, highRiskShare).ifPresent(v -> {
      if (Decimals.input(HIGH_RISK_SHARE, v).signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
        throw new PlanningInputException(HIGH_RISK_SHARE, Decimals.brief(v), "a share from 0 to 1 (or 0% to 100%)");
      }
    });
    count(REFUGE_BEDS, refugeBeds);
    count(VISIBLE_HIGH_RISK, visibleHighRisk);
    count(VISIBLE_MEDIUM_RISK, visibleMediumRisk);
    caseload(HIGH_RISK_CASELOAD, highRiskCaseload);
    caseload(MEDIUM_RISK_CASELOAD, mediumRiskCaseload);
  }

  private static void count(String field, OptionalLong value) {
    MissingValueException.require(field, value);
    if (value.isPresent()) {
      Decimals.requireNonNegative(field, value.getAsLong());
    }
  }

  private static void caseload(String field, Optional<BigDecimal> value) {
    MissingValueException.require(field, value).ifPresent(v -> {
      if (Decimals.input(field, v).signum() <= 0) {
        throw new PlanningInputException(field, Decimals.brief(v), "a caseload is above zero: advisers = victims ÷ caseload");
      }
    });
  }

  /**
   * A new area with its three required inputs; set the rest on the builder.
   *
   * @param name the area's name, unique in a plan
   * @param adultWomen female population aged 16 and over
   * @param maracCases cases heard at MARAC in 12 months
   * @return a builder
   */
  public static Builder builder(String name, long adultWomen, long maracCases) {
    return new Builder(name, adultWomen, maracCases);
  }

  /** Builds a {@link PlanningArea}; inputs not set are absent. */
  public static final class Builder {
    private final String name;
    private final long adultWomen;
    private final long maracCases;
    private @Nullable String region;
    private OptionalLong population = OptionalLong.empty();
    private @Nullable BigDecimal idvaFte;
    private @Nullable BigDecimal highRiskShare;
    private OptionalLong refugeBeds = OptionalLong.empty();
    private OptionalLong visibleHighRisk = OptionalLong.empty();
    private OptionalLong visibleMediumRisk = OptionalLong.empty();
    private @Nullable BigDecimal highRiskCaseload;
    private @Nullable BigDecimal mediumRiskCaseload;

    private Builder(String name, long adultWomen, long maracCases) {
      this.name = name;
      this.adultWomen = adultWomen;
      this.maracCases = maracCases;
    }

    /**
     * The region the area is totalled into.
     *
     * @param value the region's name
     * @return this builder
     */
    public Builder region(String value) {
      this.region = value;
      return this;
    }

    /**
     * Total population, for the refuge-bed benchmark.
     *
     * @param value the population
     * @return this builder
     */
    public Builder population(long value) {
      this.population = OptionalLong.of(value);
      return this;
    }

    /**
     * FTE advisers in post, and the share of their time with high-risk victims (1 if all of it).
     *
     * @param fteInPost FTE advisers in post
     * @param shareOnHighRisk share of their time with high-risk victims, 0 to 1
     * @return this builder
     */
    public Builder idvas(BigDecimal fteInPost, BigDecimal shareOnHighRisk) {
      this.idvaFte = fteInPost;
      this.highRiskShare = shareOnHighRisk;
      return this;
    }

    /**
     * FTE advisers (IDVAs) in post.
     *
     * @param value the FTE
     * @return this builder
     */
    public Builder idvaFte(BigDecimal value) {
      this.idvaFte = value;
      return this;
    }

    /**
     * The share of the advisers' time with high-risk victims; when not set, all of it counts.
     *
     * @param value the share, 0 to 1
     * @return this builder
     */
    public Builder highRiskShare(BigDecimal value) {
      this.highRiskShare = value;
      return this;
    }

    /**
     * Refuge beds (units) available.
     *
     * @param value the beds
     * @return this builder
     */
    public Builder refugeBeds(long value) {
      this.refugeBeds = OptionalLong.of(value);
      return this;
    }

    /**
     * Visible victims who may engage with support, for the caseload model.
     *
     * @param highRisk visible high-risk victims
     * @param mediumRisk visible medium-risk victims
     * @return this builder
     */
    public Builder visibleVictims(long highRisk, long mediumRisk) {
      this.visibleHighRisk = OptionalLong.of(highRisk);
      this.visibleMediumRisk = OptionalLong.of(mediumRisk);
      return this;
    }

    /**
     * Visible high-risk victims who may engage with support.
     *
     * @param value the victims
     * @return this builder
     */
    public Builder visibleHighRisk(long value) {
      this.visibleHighRisk = OptionalLong.of(value);
      return this;
    }

    /**
     * Visible medium-risk victims who may engage with support.
     *
     * @param value the victims
     * @return this builder
     */
    public Builder visibleMediumRisk(long value) {
      this.visibleMediumRisk = OptionalLong.of(value);
      return this;
    }

    /**
     * A local high-risk caseload per adviser, replacing the planner's standard for this area.
     *
     * @param value victims per adviser; above zero
     * @return this builder
     */
    public Builder highRiskCaseload(BigDecimal value) {
      this.highRiskCaseload = value;
      return this;
    }

    /**
     * A local medium-risk caseload per adviser, replacing the planner's standard for this area.
     *
     * @param value victims per adviser; above zero
     * @return this builder
     */
    public Builder mediumRiskCaseload(BigDecimal value) {
      this.mediumRiskCaseload = value;
      return this;
    }

    /**
     * The area.
     *
     * @return the area
     * @throws PlanningInputException naming the first field that breaks a rule
     */
    public PlanningArea build() {
      return new PlanningArea(name, Optional.ofNullable(region), population, adultWomen, maracCases,
          Optional.ofNullable(idvaFte), Optional.ofNullable(highRiskShare), refugeBeds, visibleHighRisk,
          visibleMediumRisk, Optional.ofNullable(highRiskCaseload), Optional.ofNullable(mediumRiskCaseload));
    }
  }
}
