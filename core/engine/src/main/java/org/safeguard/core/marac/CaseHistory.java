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
package org.safeguard.core.marac;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * What the MARAC screen looks at besides the assessment: the screening date, the victim's age,
 * the incidents any agency knows of, and the dates of earlier MARAC referrals. It carries no name,
 * address or date of birth: the screen needs none.
 */
@Value.Immutable
@ModelStyle
public abstract class CaseHistory {
  /** Only the generated implementation in this package extends it. */
  CaseHistory() {}

  /**
   * The date the screen is made on; windows end here.
   *
   * @return the screening date
   */
  public abstract LocalDate asOf();

  /**
   * The victim's age in whole years on the screening date, where known. Under the MARAC minimum age
   * the route is children's safeguarding; from it to the adult age (16 and 17 by default) a victim
   * referred to MARAC goes to children's social care as well. An age not recorded is screened as an
   * adult's, and the decision says so.
   *
   * @return the age, from 0 to 130, or empty when not recorded
   */
  public abstract OptionalInt victimAge();

  /**
   * The incidents any agency knows of, up to the screening date; the escalation and repeat routes
   * count these.
   *
   * @return the incidents, none after the screening date
   */
  public abstract List<Incident> incidents();

  /**
   * Dates of earlier MARAC referrals for the same victim and perpetrator(s).
   *
   * @return the dates, none after the screening date
   */
  public abstract List<LocalDate> previousReferrals();

  /**
   * The case system's ids for the perpetrator(s) the earlier referrals were about, where recorded.
   * An incident by a perpetrator recorded as someone else makes no repeat (the same victim with
   * another perpetrator is a new case); where either side is not recorded the incident counts, and
   * the evidence says the perpetrator was not recorded.
   *
   * @return the perpetrators' ids, empty when not recorded
   */
  public abstract Set<String> perpetratorIds();

  /**
   * Whether the victim consents to a referral, where that is asked; a local medium-risk MARAC
   * refers only with consent. Empty when not asked.
   *
   * @return whether she consents, or empty when not asked
   */
  public abstract java.util.Optional<Boolean> consentToReferral();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CaseHistory}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableCaseHistory.Builder generated = new ImmutableCaseHistory.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(CaseHistory instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link CaseHistory#asOf() asOf}.
     *
     * @param asOf the value
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      generated.asOf(MissingValueException.require("asOf", asOf));
      return this;
    }

    /**
     * Sets {@link CaseHistory#victimAge() victimAge}.
     *
     * @param victimAge the value
     * @return this builder
     */
    public Builder victimAge(int victimAge) {
      generated.victimAge(victimAge);
      return this;
    }

    /**
     * Sets {@link CaseHistory#victimAge() victimAge}, present or empty.
     *
     * @param victimAge the value, or empty
     * @return this builder
     */
    public Builder victimAge(OptionalInt victimAge) {
      generated.victimAge(MissingValueException.require("victimAge", victimAge));
      return this;
    }

    /**
     * Adds one element to {@link CaseHistory#incidents() incidents}.
     *
     * @param incidents the element
     * @return this builder
     */
    public Builder addIncidents(Incident incidents) {
      generated.addIncidents(MissingValueException.require("incidents", incidents));
      return this;
    }

    /**
     * Adds these elements to {@link CaseHistory#incidents() incidents}.
     *
     * @param incidents the elements, none of them null
     * @return this builder
     */
    public Builder addIncidents(Incident... incidents) {
      generated.addIncidents(MissingValueException.requireElements("incidents", incidents));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseHistory#incidents() incidents} with these.
     *
     * @param incidents the elements, none of them null
     * @return this builder
     */
    public Builder incidents(Iterable<? extends Incident> incidents) {
      generated.incidents(MissingValueException.requireList("incidents", incidents));
      return this;
    }

    /**
     * Adds these elements to {@link CaseHistory#incidents() incidents}.
     *
     * @param incidents the elements, none of them null
     * @return this builder
     */
    public Builder addAllIncidents(Iterable<? extends Incident> incidents) {
      generated.addAllIncidents(MissingValueException.requireList("incidents", incidents));
      return this;
    }

    /**
     * Adds one element to {@link CaseHistory#previousReferrals() previousReferrals}.
     *
     * @param previousReferrals the element
     * @return this builder
     */
    public Builder addPreviousReferrals(LocalDate previousReferrals) {
      generated.addPreviousReferrals(MissingValueException.require("previousReferrals", previousReferrals));
      return this;
    }

    /**
     * Adds these elements to {@link CaseHistory#previousReferrals() previousReferrals}.
     *
     * @param previousReferrals the elements, none of them null
     * @return this builder
     */
    public Builder addPreviousReferrals(LocalDate... previousReferrals) {
      generated.addPreviousReferrals(MissingValueException.requireElements("previousReferrals", previousReferrals));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseHistory#previousReferrals() previousReferrals} with these.
     *
     * @param previousReferrals the elements, none of them null
     * @return this builder
     */
    public Builder previousReferrals(Iterable<? extends LocalDate> previousReferrals) {
      generated.previousReferrals(MissingValueException.requireList("previousReferrals", previousReferrals));
      return this;
    }

    /**
     * Adds these elements to {@link CaseHistory#previousReferrals() previousReferrals}.
     *
     * @param previousReferrals the elements, none of them null
     * @return this builder
     */
    public Builder addAllPreviousReferrals(Iterable<? extends LocalDate> previousReferrals) {
      generated.addAllPreviousReferrals(MissingValueException.requireList("previousReferrals", previousReferrals));
      return this;
    }

    /**
     * Adds one element to {@link CaseHistory#perpetratorIds() perpetratorIds}.
     *
     * @param perpetratorIds the element
     * @return this builder
     */
    public Builder addPerpetratorIds(String perpetratorIds) {
      generated.addPerpetratorIds(MissingValueException.require("perpetratorIds", perpetratorIds));
      return this;
    }

    /**
     * Adds these elements to {@link CaseHistory#perpetratorIds() perpetratorIds}.
     *
     * @param perpetratorIds the elements, none of them null
     * @return this builder
     */
    public Builder addPerpetratorIds(String... perpetratorIds) {
      generated.addPerpetratorIds(MissingValueException.requireElements("perpetratorIds", perpetratorIds));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseHistory#perpetratorIds() perpetratorIds} with these.
     *
     * @param perpetratorIds the elements, none of them null
     * @return this builder
     */
    public Builder perpetratorIds(Iterable<String> perpetratorIds) {
      generated.perpetratorIds(MissingValueException.requireList("perpetratorIds", perpetratorIds));
      return this;
    }

    /**
     * Adds these elements to {@link CaseHistory#perpetratorIds() perpetratorIds}.
     *
     * @param perpetratorIds the elements, none of them null
     * @return this builder
     */
    public Builder addAllPerpetratorIds(Iterable<String> perpetratorIds) {
      generated.addAllPerpetratorIds(MissingValueException.requireList("perpetratorIds", perpetratorIds));
      return this;
    }

    /**
     * Sets {@link CaseHistory#consentToReferral() consentToReferral}.
     *
     * @param consentToReferral the value
     * @return this builder
     */
    public Builder consentToReferral(boolean consentToReferral) {
      generated.consentToReferral(consentToReferral);
      return this;
    }

    /**
     * Sets {@link CaseHistory#consentToReferral() consentToReferral}, present or empty.
     *
     * @param consentToReferral the value, or empty
     * @return this builder
     */
    public Builder consentToReferral(Optional<Boolean> consentToReferral) {
      generated.consentToReferral(MissingValueException.require("consentToReferral", consentToReferral));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public CaseHistory build() {
      return generated.build();
    }
  }

  /**
   * Refuses an age outside 0 to 130, and an incident or earlier referral dated after the screening
   * date, which would let the screen see the future.
   *
   * @throws InvalidInputException naming {@code victimAge}, {@code incidents.date} or
   *     {@code previousReferrals}
   */
  @Value.Check
  protected void check() {
    RecordDates.require("asOf", asOf());
    for (int i = 0; i < previousReferrals().size(); i++) {
      RecordDates.require("previousReferrals[" + i + "]", previousReferrals().get(i));
    }
    if (victimAge().isPresent() && (victimAge().getAsInt() < 0 || victimAge().getAsInt() > 130)) {
      throw new InvalidInputException("victimAge", victimAge().getAsInt(), "an age in whole years from 0 to 130");
    }
    for (Incident incident : incidents()) {
      if (incident.date().isAfter(asOf())) {
        throw new InvalidInputException("incidents.date", incident.date(), "an incident cannot be after the screening date " + asOf());
      }
    }
    for (String perpetrator : perpetratorIds()) {
      StableId.requireReference("perpetratorIds", perpetrator);
    }
    for (LocalDate referral : previousReferrals()) {
      if (referral.isAfter(asOf())) {
        throw new InvalidInputException("previousReferrals", referral, "a previous referral cannot be after the screening date " + asOf());
      }
    }
  }
}
