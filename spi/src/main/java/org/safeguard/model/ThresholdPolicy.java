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
package org.safeguard.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.Supplied;

/**
 * Local thresholds as data: the score bands for each instrument the policy covers (for every
 * agency, or for one), the scores from which services take cases, the MARAC parameters, and the
 * dates the policy was in force. A county writes its own as a properties or JSON file, without
 * code (the engine reads it); successive policies of one county share a family and differ in their
 * dates.
 */
@Value.Immutable
@ModelStyle
public abstract class ThresholdPolicy implements Supplied {
  /** Only the generated implementation in this package extends it. */
  ThresholdPolicy() {}

  /**
   * Stable id, for example {@code safelives} or {@code hertfordshire-2014}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The policy's version, for example {@code 2009} or {@code 2025.1}.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * Policies that replace one another over time share a family, for example {@code hertfordshire};
   * defaults to the id.
   *
   * @return the family id
   */
  @Value.Default
  public String family() {
    return id();
  }

  /**
   * The first day the policy is in force; empty when it has always been.
   *
   * @return the first day, inclusive
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /**
   * The last day the policy is in force; empty when it still is.
   *
   * @return the last day, inclusive
   */
  public abstract Optional<LocalDate> effectiveUntil();

  /**
   * Whether the policy is in force on a date, both ends of its dates included.
   *
   * @param date the date, for example when an assessment was completed
   * @return true when the date falls within the policy's dates
   */
  public boolean inForceOn(LocalDate date) {
    MissingValueException.require("date", date);
    return (effectiveFrom().isEmpty() || !date.isBefore(effectiveFrom().get()))
        && (effectiveUntil().isEmpty() || !date.isAfter(effectiveUntil().get()));
  }

  /**
   * Bands for one agency, which take precedence over {@link #bands()} for that agency's
   * assessments.
   *
   * @return the agency band tables, each naming its agency
   */
  public abstract List<BandTable> agencyBands();

  /**
   * Scores from which services take cases.
   *
   * @return the thresholds, at most one per service and instrument
   */
  public abstract List<ServiceThreshold> serviceThresholds();

  /**
   * One line saying whose policy this is and where its numbers come from.
   *
   * @return the description, empty when none was given
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Band tables for every agency, by instrument id.
   *
   * @return the tables, each filed under its own instrument id
   */
  public abstract Map<String, BandTable> bands();

  /**
   * The level from which this policy shares a case's information with the agencies that need it
   * without the victim's consent, as Hertfordshire shares for high risk ("information sharing is
   * automatic ... where an adult victim is high risk or medium risk with consent",
   * <i>Hertfordshire Domestic Abuse Review</i>, CAADA, 2014, Appendix 2.3). Below it, sharing needs
   * consent or a recorded reason.
   *
   * @return medium or high, or empty (the default) when sharing without consent always needs a
   *     recorded reason
   */
  public abstract Optional<RiskLevel> sharingWithoutConsentFrom();

  /**
   * Whether the policy's bands mark one threshold, that of visible high risk, rather than risk
   * levels. SafeLives' own policy is of this kind: 14 or more yes answers on the Dash RIC is visible
   * high risk, and a lower score is below that threshold, with professional judgement still to
   * apply, not a finding of standard risk (SafeLives, <i>Marac referral criteria and form</i>). Its
   * assessments still band a lower score as {@link RiskLevel#STANDARD} for counting; their
   * explanation says what the band means. Such a policy has no medium band.
   *
   * @return true for a policy whose bands read as a high-risk threshold; false (the default) for
   *     bands that are risk levels
   */
  @Value.Default
  public boolean highRiskThresholdOnly() {
    return false;
  }

  /**
   * When answers are too few to compute a level from, for each instrument the policy sets a rule
   * for; see {@link CompletenessRule}.
   *
   * @return the rules, at most one per instrument
   */
  public abstract List<CompletenessRule> completeness();

  /**
   * The completeness rule for an instrument, if this policy sets one.
   *
   * @param instrumentId the instrument's id
   * @return the rule, or empty when answers to the instrument always give a level under this policy
   */
  public Optional<CompletenessRule> completenessFor(String instrumentId) {
    MissingValueException.require("instrumentId", instrumentId);
    for (CompletenessRule rule : completeness()) {
      if (rule.instrumentId().equals(instrumentId)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * The numbers the MARAC screen uses under this policy.
   *
   * @return the MARAC parameters, the SafeLives defaults unless the policy sets its own
   */
  @Value.Default
  public MaracParameters marac() {
    return MaracParameters.defaults();
  }

  /**
   * The bands for an instrument, if this policy covers it.
   *
   * @param instrumentId the instrument's id
   * @return the general band table, or empty when the policy sets none for the instrument
   */
  public Optional<BandTable> bandsFor(String instrumentId) {
    MissingValueException.require("instrumentId", instrumentId);
    return Optional.ofNullable(bands().get(instrumentId));
  }

  /**
   * The bands for an instrument as one agency applies them: its own if the policy sets them,
   * otherwise the general ones.
   *
   * @param instrumentId the instrument's id
   * @param agency the agency that completed the assessment, or empty when not recorded
   * @return the band table, or empty when the policy sets none for the instrument
   */
  public Optional<BandTable> bandsFor(String instrumentId, Optional<Agency> agency) {
    MissingValueException.require("instrumentId", instrumentId);
    MissingValueException.require("agency", agency);
    if (agency.isPresent()) {
      for (BandTable table : agencyBands()) {
        if (table.instrumentId().equals(instrumentId) && table.agency().equals(agency)) {
          return Optional.of(table);
        }
      }
    }
    return bandsFor(instrumentId);
  }

  /**
   * The score from which a service takes a case on an instrument, if the policy sets one.
   *
   * @param service the service
   * @param instrumentId the instrument's id
   * @return the threshold, or empty when the policy sets none
   */
  public Optional<ServiceThreshold> serviceThreshold(Agency service, String instrumentId) {
    MissingValueException.require("service", service);
    MissingValueException.require("instrumentId", instrumentId);
    for (ServiceThreshold t : serviceThresholds()) {
      if (t.service() == service && t.instrumentId().equals(instrumentId)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Starts a threshold policy for the provider being set up: its id and version are the provider's, so they
   * are stated once, on the provider.
   *
   * @param provider the setup context the engine hands the provider's {@code load} method
   * @return a builder with the id and version set
   */
  public static Builder builder(SetupContext provider) {
    MissingValueException.require("provider", provider);
    return new Builder().id(provider.providerId()).version(provider.providerVersion());
  }

  /**
   * Starts a threshold policy outside any provider, for example in a test or read from a file; set its id
   * and version.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ThresholdPolicy}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableThresholdPolicy.Builder generated = new ImmutableThresholdPolicy.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(ThresholdPolicy instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Fills this builder with the attributes that {@link Supplied} declares, taken from
     * {@code instance}: each value is set, and each element or entry of a collection is added to those
     * already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(Supplied instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link ThresholdPolicy#id() id}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
      generated.id(MissingValueException.require("id", id));
      return this;
    }

    /**
     * Sets {@link ThresholdPolicy#version() version}.
     *
     * @param version the value
     * @return this builder
     */
    public Builder version(String version) {
      generated.version(MissingValueException.require("version", version));
      return this;
    }

    /**
     * Sets {@link ThresholdPolicy#family() family}.
     *
     * @param family the value
     * @return this builder
     */
    public Builder family(String family) {
      generated.family(MissingValueException.require("family", family));
      return this;
    }

    /**
     * Sets {@link ThresholdPolicy#effectiveFrom() effectiveFrom}.
     *
     * @param effectiveFrom the value
     * @return this builder
     */
    public Builder effectiveFrom(LocalDate effectiveFrom) {
      generated.effectiveFrom(MissingValueException.require("effectiveFrom", effectiveFrom));
      return this;
    }

    /**
     * Sets {@link ThresholdPolicy#effectiveFrom() effectiveFrom}, present or empty.
     *
     * @param effectiveFrom the value, or empty
     * @return this builder
     */
    public Builder effectiveFrom(Optional<? extends LocalDate> effectiveFrom) {
      generated.effectiveFrom(MissingValueException.require("effectiveFrom", effectiveFrom));
      return this;
    }

    /**
     * Sets {@link ThresholdPolicy#effectiveUntil() effectiveUntil}.
     *
     * @param effectiveUntil the value
     * @return this builder
     */
    public Builder effectiveUntil(LocalDate effectiveUntil) {
      generated.effectiveUntil(MissingValueException.require("effectiveUntil", effectiveUntil));
      return this;
    }

    /**
     * Sets {@link ThresholdPolicy#effectiveUntil() effectiveUntil}, present or empty.
     *
     * @param effectiveUntil the value, or empty
     * @return this builder
     */
    public Builder effectiveUntil(Optional<? extends LocalDate> effectiveUntil) {
      generated.effectiveUntil(MissingValueException.require("effectiveUntil", effectiveUntil));
      return this;
    }

    /**
     * Adds one element to {@link ThresholdPolicy#agencyBands() agencyBands}.
     *
     * @param agencyBands the element
     * @return this builder
     */
    public Builder addAgencyBands(BandTable agencyBands) {
      generated.addAgencyBands(MissingValueException.require("agencyBands", agencyBands));
      return this;
    }

    /**
     * Adds these elements to {@link ThresholdPolicy#agencyBands() agencyBands}.
     *
     * @param agencyBands the elements, none of them null
     * @return this builder
     */
    public Builder addAgencyBands(BandTable... agencyBands) {
      generated.addAgencyBands(MissingValueException.requireElements("agencyBands", agencyBands));
      return this;
    }

    /**
     * Replaces the elements of {@link ThresholdPolicy#agencyBands() agencyBands} with these.
     *
     * @param agencyBands the elements, none of them null
     * @return this builder
     */
    public Builder agencyBands(Iterable<? extends BandTable> agencyBands) {
      generated.agencyBands(MissingValueException.requireList("agencyBands", agencyBands));
      return this;
    }

    /**
     * Adds these elements to {@link ThresholdPolicy#agencyBands() agencyBands}.
     *
     * @param agencyBands the elements, none of them null
     * @return this builder
     */
    public Builder addAllAgencyBands(Iterable<? extends BandTable> agencyBands) {
      generated.addAllAgencyBands(MissingValueException.requireList("agencyBands", agencyBands));
      return this;
    }

    /**
     * Adds one element to {@link ThresholdPolicy#serviceThresholds() serviceThresholds}.
     *
     * @param serviceThresholds the element
     * @return this builder
     */
    public Builder addServiceThresholds(ServiceThreshold serviceThresholds) {
      generated.addServiceThresholds(MissingValueException.require("serviceThresholds", serviceThresholds));
      return this;
    }

    /**
     * Adds these elements to {@link ThresholdPolicy#serviceThresholds() serviceThresholds}.
     *
     * @param serviceThresholds the elements, none of them null
     * @return this builder
     */
    public Builder addServiceThresholds(ServiceThreshold... serviceThresholds) {
      generated.addServiceThresholds(MissingValueException.requireElements("serviceThresholds", serviceThresholds));
      return this;
    }

    /**
     * Replaces the elements of {@link ThresholdPolicy#serviceThresholds() serviceThresholds} with these.
     *
     * @param serviceThresholds the elements, none of them null
     * @return this builder
     */
    public Builder serviceThresholds(Iterable<? extends ServiceThreshold> serviceThresholds) {
      generated.serviceThresholds(MissingValueException.requireList("serviceThresholds", serviceThresholds));
      return this;
    }

    /**
     * Adds these elements to {@link ThresholdPolicy#serviceThresholds() serviceThresholds}.
     *
     * @param serviceThresholds the elements, none of them null
     * @return this builder
     */
    public Builder addAllServiceThresholds(Iterable<? extends ServiceThreshold> serviceThresholds) {
      generated.addAllServiceThresholds(MissingValueException.requireList("serviceThresholds", serviceThresholds));
      return this;
    }

    /**
     * Sets {@link ThresholdPolicy#description() description}.
     *
     * @param description the value
     * @return this builder
     */
    public Builder description(String description) {
      generated.description(MissingValueException.require("description", description));
      return this;
    }

    /**
     * Puts one entry into {@link ThresholdPolicy#bands() bands}.
     *
     * @param key the key
     * @param value its value
     * @return this builder
     */
    public Builder putBands(String key, BandTable value) {
      generated.putBands(MissingValueException.require("bands", key), MissingValueException.require("bands", value));
      return this;
    }

    /**
     * Puts one entry into {@link ThresholdPolicy#bands() bands}.
     *
     * @param bands the entry, its key and value not null
     * @return this builder
     */
    public Builder putBands(Map.Entry<String, ? extends BandTable> bands) {
      generated.putBands(MissingValueException.require("bands", bands));
      return this;
    }

    /**
     * Replaces the entries of {@link ThresholdPolicy#bands() bands} with these.
     *
     * @param bands the entries, no key or value null
     * @return this builder
     */
    public Builder bands(Map<String, ? extends BandTable> bands) {
      generated.bands(MissingValueException.requireEntries("bands", bands));
      return this;
    }

    /**
     * Puts these entries into {@link ThresholdPolicy#bands() bands}.
     *
     * @param bands the entries, no key or value null
     * @return this builder
     */
    public Builder putAllBands(Map<String, ? extends BandTable> bands) {
      generated.putAllBands(MissingValueException.requireEntries("bands", bands));
      return this;
    }

    /**
     * Sets {@link ThresholdPolicy#sharingWithoutConsentFrom() sharingWithoutConsentFrom}.
     *
     * @param sharingWithoutConsentFrom the value
     * @return this builder
     */
    public Builder sharingWithoutConsentFrom(RiskLevel sharingWithoutConsentFrom) {
      generated.sharingWithoutConsentFrom(MissingValueException.require("sharingWithoutConsentFrom", sharingWithoutConsentFrom));
      return this;
    }

    /**
     * Sets {@link ThresholdPolicy#sharingWithoutConsentFrom() sharingWithoutConsentFrom}, present or empty.
     *
     * @param sharingWithoutConsentFrom the value, or empty
     * @return this builder
     */
    public Builder sharingWithoutConsentFrom(Optional<? extends RiskLevel> sharingWithoutConsentFrom) {
      generated.sharingWithoutConsentFrom(MissingValueException.require("sharingWithoutConsentFrom", sharingWithoutConsentFrom));
      return this;
    }

    /**
     * Sets {@link ThresholdPolicy#highRiskThresholdOnly() highRiskThresholdOnly}.
     *
     * @param highRiskThresholdOnly the value
     * @return this builder
     */
    public Builder highRiskThresholdOnly(boolean highRiskThresholdOnly) {
      generated.highRiskThresholdOnly(highRiskThresholdOnly);
      return this;
    }

    /**
     * Adds one element to {@link ThresholdPolicy#completeness() completeness}.
     *
     * @param completeness the element
     * @return this builder
     */
    public Builder addCompleteness(CompletenessRule completeness) {
      generated.addCompleteness(MissingValueException.require("completeness", completeness));
      return this;
    }

    /**
     * Adds these elements to {@link ThresholdPolicy#completeness() completeness}.
     *
     * @param completeness the elements, none of them null
     * @return this builder
     */
    public Builder addCompleteness(CompletenessRule... completeness) {
      generated.addCompleteness(MissingValueException.requireElements("completeness", completeness));
      return this;
    }

    /**
     * Replaces the elements of {@link ThresholdPolicy#completeness() completeness} with these.
     *
     * @param completeness the elements, none of them null
     * @return this builder
     */
    public Builder completeness(Iterable<? extends CompletenessRule> completeness) {
      generated.completeness(MissingValueException.requireList("completeness", completeness));
      return this;
    }

    /**
     * Adds these elements to {@link ThresholdPolicy#completeness() completeness}.
     *
     * @param completeness the elements, none of them null
     * @return this builder
     */
    public Builder addAllCompleteness(Iterable<? extends CompletenessRule> completeness) {
      generated.addAllCompleteness(MissingValueException.requireList("completeness", completeness));
      return this;
    }

    /**
     * Sets {@link ThresholdPolicy#marac() marac}.
     *
     * @param marac the value
     * @return this builder
     */
    public Builder marac(MaracParameters marac) {
      generated.marac(MissingValueException.require("marac", marac));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public ThresholdPolicy build() {
      return generated.build();
    }
  }

  /**
   * Runs when a policy is built: its id and version keep the rules of {@link StableId}, its dates
   * are in order, every agency band table names its agency,
   * and every general table is filed under its own instrument id.
   */
  @Value.Check
  protected void check() {
    if (sharingWithoutConsentFrom().orElse(null) == RiskLevel.STANDARD) {
      throw new InvalidInputException("sharing.without-consent-from", RiskLevel.STANDARD,
          "sharing without consent at every level is no rule; name medium or high");
    }
    StableId.require("id", id());
    StableId.requireVersion("version", version());
    if (effectiveFrom().isPresent()) {
      RecordDates.require("effective-from", effectiveFrom().get());
    }
    if (effectiveUntil().isPresent()) {
      RecordDates.require("effective-until", effectiveUntil().get());
    }
    if (effectiveFrom().isPresent() && effectiveUntil().isPresent() && effectiveUntil().get().isBefore(effectiveFrom().get())) {
      throw new InvalidInputException("effective-until", effectiveUntil().get(), "cannot be before effective-from " + effectiveFrom().get());
    }
    for (BandTable table : agencyBands()) {
      if (table.agency().isEmpty()) {
        throw new InvalidInputException("agencyBands." + table.instrumentId(), "(no agency)", "agency bands name their agency");
      }
    }
    for (Map.Entry<String, BandTable> e : bands().entrySet()) {
      if (!e.getKey().equals(e.getValue().instrumentId())) {
        throw new InvalidInputException("bands." + e.getKey(), e.getValue().instrumentId(), "a band table is filed under its own instrument id");
      }
      requireThresholdOnly(e.getValue());
    }
    for (BandTable table : agencyBands()) {
      requireThresholdOnly(table);
    }
    for (int i = 0; i < completeness().size(); i++) {
      for (int j = 0; j < i; j++) {
        if (completeness().get(i).instrumentId().equals(completeness().get(j).instrumentId())) {
          throw new InvalidInputException("completeness", completeness().get(i).instrumentId(), "one completeness rule per instrument");
        }
      }
    }
  }

  /** A policy whose bands read as a high-risk threshold has no medium band. */
  private void requireThresholdOnly(BandTable table) {
    if (!highRiskThresholdOnly()) {
      return;
    }
    for (Band band : table.bands()) {
      if (band.level() == RiskLevel.MEDIUM) {
        throw new InvalidInputException("bands.read-as", "high-risk-threshold",
            "a policy whose bands mark the high-risk threshold has no medium band, yet " + table.instrumentId() + " has " + band);
      }
    }
  }
}
