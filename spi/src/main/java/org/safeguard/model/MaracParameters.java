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

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The numbers a policy sets for the MARAC screen. The defaults are the SafeLives recommendations
 * (SafeLives, <i>Marac referral criteria and form</i>): 3 incidents in 12 months for potential
 * escalation, a 12-month window after the last referral for a repeat, and MARAC for victims aged
 * 16 and over.
 */
@Value.Immutable
@ModelStyle
public abstract class MaracParameters {
  /** Only the generated implementation in this package extends it. */
  MaracParameters() {}

  /**
   * Victims younger than this go to children's safeguarding instead of MARAC.
   *
   * @return the minimum age in years, 16 by default
   */
  @Value.Default
  public int minimumAge() {
    return 16;
  }

  /**
   * Victims from the minimum age up to this one (16- and 17-year-olds by default) are children in
   * law: one referred to MARAC is referred to children's social care as well, as SafeLives advises
   * for that age.
   *
   * @return the age from which a victim is an adult, 18 by default; not below the minimum age
   */
  @Value.Default
  public int adultAge() {
    return 18;
  }

  /**
   * How many incidents in the window make potential escalation. Incidents known to any agency
   * count, not only police call-outs.
   *
   * @return the number of incidents, 3 by default
   */
  @Value.Default
  public int escalationIncidents() {
    return 3;
  }

  /**
   * The rolling window for potential escalation, in months, ending on the screening date.
   *
   * @return the window in months, 12 by default
   */
  @Value.Default
  public int escalationWindowMonths() {
    return 12;
  }

  /**
   * A qualifying incident dated within this many months after the last referral makes a repeat,
   * however long after it the case is screened; an incident later than that makes a new referral.
   *
   * @return the window in months, 12 by default
   */
  @Value.Default
  public int repeatWindowMonths() {
    return 12;
  }

  /**
   * The incident types that make a repeat referral. By default every type: SafeLives' current
   * definition of a repeat is any instance of abuse between the same victim and perpetrator within
   * 12 months of the last referral, whether or not it is criminal, violent or threatening, a breach
   * of bail or of a court order included. A dated policy may keep an older, narrower definition as
   * data, such as violence or threats, stalking or harassment, and rape or sexual abuse.
   *
   * @return the qualifying types, at least one
   */
  @Value.Default
  public Set<IncidentType> repeatIncidentTypes() {
    return EnumSet.allOf(IncidentType.class);
  }

  /**
   * A local medium-risk MARAC for scores in this band, referred only with the victim's consent,
   * as in Hertfordshire's Stevenage pilot (DASH 10-13; <i>Hertfordshire Domestic Abuse Review</i>,
   * CAADA, 2014, Appendix 10.6). Empty, as SafeLives recommends, when there is none.
   *
   * @return the band, or empty when the policy has no medium-risk MARAC
   */
  public abstract Optional<Band> mediumRiskMarac();

  /**
   * The instrument whose scores {@link #mediumRiskMarac()} is a band of: the band places no other
   * instrument's scores, since a score means something only on its own checklist.
   *
   * @return the instrument id, present exactly when the band is
   */
  public abstract Optional<String> mediumRiskInstrument();

  /**
   * The SafeLives recommendations, with no medium-risk MARAC.
   *
   * @return the default parameters
   */
  public static MaracParameters defaults() {
    return new ImmutableMaracParameters.Builder().build();
  }

  /**
   * Starts a builder; a number left unset keeps its SafeLives default.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MaracParameters}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableMaracParameters.Builder generated = new ImmutableMaracParameters.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(MaracParameters instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link MaracParameters#minimumAge() minimumAge}.
     *
     * @param minimumAge the value
     * @return this builder
     */
    public Builder minimumAge(int minimumAge) {
      generated.minimumAge(minimumAge);
      return this;
    }

    /**
     * Sets {@link MaracParameters#adultAge() adultAge}.
     *
     * @param adultAge the value
     * @return this builder
     */
    public Builder adultAge(int adultAge) {
      generated.adultAge(adultAge);
      return this;
    }

    /**
     * Sets {@link MaracParameters#escalationIncidents() escalationIncidents}.
     *
     * @param escalationIncidents the value
     * @return this builder
     */
    public Builder escalationIncidents(int escalationIncidents) {
      generated.escalationIncidents(escalationIncidents);
      return this;
    }

    /**
     * Sets {@link MaracParameters#escalationWindowMonths() escalationWindowMonths}.
     *
     * @param escalationWindowMonths the value
     * @return this builder
     */
    public Builder escalationWindowMonths(int escalationWindowMonths) {
      generated.escalationWindowMonths(escalationWindowMonths);
      return this;
    }

    /**
     * Sets {@link MaracParameters#repeatWindowMonths() repeatWindowMonths}.
     *
     * @param repeatWindowMonths the value
     * @return this builder
     */
    public Builder repeatWindowMonths(int repeatWindowMonths) {
      generated.repeatWindowMonths(repeatWindowMonths);
      return this;
    }

    /**
     * Adds one element to {@link MaracParameters#repeatIncidentTypes() repeatIncidentTypes}.
     *
     * @param repeatIncidentTypes the element
     * @return this builder
     */
    public Builder addRepeatIncidentTypes(IncidentType repeatIncidentTypes) {
      generated.addRepeatIncidentTypes(MissingValueException.require("repeatIncidentTypes", repeatIncidentTypes));
      return this;
    }

    /**
     * Adds these elements to {@link MaracParameters#repeatIncidentTypes() repeatIncidentTypes}.
     *
     * @param repeatIncidentTypes the elements, none of them null
     * @return this builder
     */
    public Builder addRepeatIncidentTypes(IncidentType... repeatIncidentTypes) {
      generated.addRepeatIncidentTypes(MissingValueException.requireElements("repeatIncidentTypes", repeatIncidentTypes));
      return this;
    }

    /**
     * Replaces the elements of {@link MaracParameters#repeatIncidentTypes() repeatIncidentTypes} with these.
     *
     * @param repeatIncidentTypes the elements, none of them null
     * @return this builder
     */
    public Builder repeatIncidentTypes(Iterable<IncidentType> repeatIncidentTypes) {
      generated.repeatIncidentTypes(MissingValueException.requireList("repeatIncidentTypes", repeatIncidentTypes));
      return this;
    }

    /**
     * Adds these elements to {@link MaracParameters#repeatIncidentTypes() repeatIncidentTypes}.
     *
     * @param repeatIncidentTypes the elements, none of them null
     * @return this builder
     */
    public Builder addAllRepeatIncidentTypes(Iterable<IncidentType> repeatIncidentTypes) {
      generated.addAllRepeatIncidentTypes(MissingValueException.requireList("repeatIncidentTypes", repeatIncidentTypes));
      return this;
    }

    /**
     * Sets {@link MaracParameters#mediumRiskMarac() mediumRiskMarac}.
     *
     * @param mediumRiskMarac the value
     * @return this builder
     */
    public Builder mediumRiskMarac(Band mediumRiskMarac) {
      generated.mediumRiskMarac(MissingValueException.require("mediumRiskMarac", mediumRiskMarac));
      return this;
    }

    /**
     * Sets {@link MaracParameters#mediumRiskMarac() mediumRiskMarac}, present or empty.
     *
     * @param mediumRiskMarac the value, or empty
     * @return this builder
     */
    public Builder mediumRiskMarac(Optional<? extends Band> mediumRiskMarac) {
      generated.mediumRiskMarac(MissingValueException.require("mediumRiskMarac", mediumRiskMarac));
      return this;
    }

    /**
     * Sets {@link MaracParameters#mediumRiskInstrument() mediumRiskInstrument}.
     *
     * @param mediumRiskInstrument the value
     * @return this builder
     */
    public Builder mediumRiskInstrument(String mediumRiskInstrument) {
      generated.mediumRiskInstrument(MissingValueException.require("mediumRiskInstrument", mediumRiskInstrument));
      return this;
    }

    /**
     * Sets {@link MaracParameters#mediumRiskInstrument() mediumRiskInstrument}, present or empty.
     *
     * @param mediumRiskInstrument the value, or empty
     * @return this builder
     */
    public Builder mediumRiskInstrument(Optional<String> mediumRiskInstrument) {
      generated.mediumRiskInstrument(MissingValueException.require("mediumRiskInstrument", mediumRiskInstrument));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public MaracParameters build() {
      return generated.build();
    }
  }

  /** Runs when the parameters are built: every number is 1 or more, and some incident makes a repeat. */
  @Value.Check
  protected void check() {
    positive("marac.minimum-age", minimumAge());
    if (adultAge() < minimumAge()) {
      throw new InvalidInputException("marac.adult-age", adultAge(), "not below the MARAC minimum age of " + minimumAge());
    }
    positive("marac.escalation.incidents", escalationIncidents());
    positive("marac.escalation.window-months", escalationWindowMonths());
    positive("marac.repeat.window-months", repeatWindowMonths());
    if (mediumRiskMarac().isPresent() != mediumRiskInstrument().isPresent()) {
      throw new InvalidInputException("marac.medium-risk.instrument", mediumRiskInstrument().orElse("(none)"),
          "a medium-risk MARAC band names the instrument whose scores it places, and an instrument comes with a band");
    }
    if (mediumRiskInstrument().isPresent()) {
      StableId.require("marac.medium-risk.instrument", mediumRiskInstrument().get());
    }
    if (repeatIncidentTypes().isEmpty()) {
      throw new InvalidInputException("marac.repeat.incident-types", "(none)", "at least one incident type makes a repeat");
    }
  }

  private static void positive(String field, int value) {
    if (value < 1) {
      throw new InvalidInputException(field, value, "must be 1 or more");
    }
  }
}
