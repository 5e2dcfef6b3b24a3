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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.outcome.OutcomePoint;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;
import org.safeguard.model.MissingValueException;

/**
 * An immutable snapshot of one case between referral and closure. The engine never stores it: each
 * command returns a new snapshot and the events it caused, and the embedding system persists them
 * its own way. A snapshot rebuilt from storage with {@link #builder()} is checked against the same
 * invariants, so a case that breaks them cannot exist.
 *
 * <p>Holds no name, address or date of birth: the case is known by its id.
 */
@Value.Immutable
@ModelStyle
public abstract class CaseFile {
  /** Only the generated implementation in this package extends it. */
  CaseFile() {}

  /**
   * The case's id in the embedding system; the case is known by this alone.
   *
   * @return the case id, not blank
   */
  public abstract String caseId();

  /**
   * The date of referral, when the case opened.
   *
   * @return the referral date
   */
  public abstract LocalDate openedOn();

  /**
   * The victim's age in whole years at referral, where it is known. The MARAC screen says what it
   * assumed when it is not.
   *
   * @return the age, from 0 to 130, or empty when it was not recorded
   */
  public abstract OptionalInt victimAge();

  /**
   * The intake measures (T1), with the risk assessment. A case may open without them (police
   * referrals often arrive without a completed checklist) and have them recorded later with
   * {@code Casework.recordIntake}.
   *
   * @return the measures taken at intake, or empty until they are recorded
   */
  public abstract Optional<Measures> intake();

  /**
   * Every version of the safety plan, oldest first.
   *
   * @return the versions, numbered 1, 2, 3 ... in order
   */
  public abstract List<SafetyPlan> safetyPlans();

  /**
   * Every intervention mobilised for the case, ongoing or ended.
   *
   * @return the interventions, each id unique within the case
   */
  public abstract List<Intervention> interventions();

  /**
   * Every contact with the victim.
   *
   * @return the contacts, in the order recorded
   */
  public abstract List<Contact> contacts();

  /**
   * Incidents any agency reported after the case opened or before, as recorded on the case.
   *
   * @return the incidents, in the order recorded
   */
  public abstract List<Incident> incidents();

  /**
   * Every referral the MARAC screen made for the case, with its meeting date once set.
   *
   * @return the referrals, in the order made
   */
  public abstract List<MaracReferral> maracReferrals();

  /**
   * Every review (T2), interim and closure.
   *
   * @return the reviews, in the order recorded; at most one is a closure review
   */
  public abstract List<Review> reviews();

  /**
   * Every consent recorded, oldest first; the last is in force.
   *
   * @return the consents
   */
  public abstract List<Consent> consents();

  /**
   * Every time information about the case was shared with an agency, with its basis.
   *
   * @return the sharing, in the order recorded
   */
  public abstract List<InformationSharing> sharing();

  /**
   * When and why the case closed.
   *
   * @return the closure, or empty while the case is open
   */
  public abstract Optional<Closure> closure();

  /**
   * How many commands have changed the case; the opening is revision 1.
   *
   * @return the revision, from 1
   */
  public abstract long revision();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CaseFile}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableCaseFile.Builder generated = new ImmutableCaseFile.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(CaseFile instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link CaseFile#caseId() caseId}.
     *
     * @param caseId the value
     * @return this builder
     */
    public Builder caseId(String caseId) {
      generated.caseId(MissingValueException.require("caseId", caseId));
      return this;
    }

    /**
     * Sets {@link CaseFile#openedOn() openedOn}.
     *
     * @param openedOn the value
     * @return this builder
     */
    public Builder openedOn(LocalDate openedOn) {
      generated.openedOn(MissingValueException.require("openedOn", openedOn));
      return this;
    }

    /**
     * Sets {@link CaseFile#victimAge() victimAge}.
     *
     * @param victimAge the value
     * @return this builder
     */
    public Builder victimAge(int victimAge) {
      generated.victimAge(victimAge);
      return this;
    }

    /**
     * Sets {@link CaseFile#victimAge() victimAge}, present or empty.
     *
     * @param victimAge the value, or empty
     * @return this builder
     */
    public Builder victimAge(OptionalInt victimAge) {
      generated.victimAge(MissingValueException.require("victimAge", victimAge));
      return this;
    }

    /**
     * Sets {@link CaseFile#intake() intake}.
     *
     * @param intake the value
     * @return this builder
     */
    public Builder intake(Measures intake) {
      generated.intake(MissingValueException.require("intake", intake));
      return this;
    }

    /**
     * Sets {@link CaseFile#intake() intake}, present or empty.
     *
     * @param intake the value, or empty
     * @return this builder
     */
    public Builder intake(Optional<? extends Measures> intake) {
      generated.intake(MissingValueException.require("intake", intake));
      return this;
    }

    /**
     * Adds one element to {@link CaseFile#safetyPlans() safetyPlans}.
     *
     * @param safetyPlans the element
     * @return this builder
     */
    public Builder addSafetyPlans(SafetyPlan safetyPlans) {
      generated.addSafetyPlans(MissingValueException.require("safetyPlans", safetyPlans));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#safetyPlans() safetyPlans}.
     *
     * @param safetyPlans the elements, none of them null
     * @return this builder
     */
    public Builder addSafetyPlans(SafetyPlan... safetyPlans) {
      generated.addSafetyPlans(MissingValueException.requireElements("safetyPlans", safetyPlans));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseFile#safetyPlans() safetyPlans} with these.
     *
     * @param safetyPlans the elements, none of them null
     * @return this builder
     */
    public Builder safetyPlans(Iterable<? extends SafetyPlan> safetyPlans) {
      generated.safetyPlans(MissingValueException.requireList("safetyPlans", safetyPlans));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#safetyPlans() safetyPlans}.
     *
     * @param safetyPlans the elements, none of them null
     * @return this builder
     */
    public Builder addAllSafetyPlans(Iterable<? extends SafetyPlan> safetyPlans) {
      generated.addAllSafetyPlans(MissingValueException.requireList("safetyPlans", safetyPlans));
      return this;
    }

    /**
     * Adds one element to {@link CaseFile#interventions() interventions}.
     *
     * @param interventions the element
     * @return this builder
     */
    public Builder addInterventions(Intervention interventions) {
      generated.addInterventions(MissingValueException.require("interventions", interventions));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#interventions() interventions}.
     *
     * @param interventions the elements, none of them null
     * @return this builder
     */
    public Builder addInterventions(Intervention... interventions) {
      generated.addInterventions(MissingValueException.requireElements("interventions", interventions));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseFile#interventions() interventions} with these.
     *
     * @param interventions the elements, none of them null
     * @return this builder
     */
    public Builder interventions(Iterable<? extends Intervention> interventions) {
      generated.interventions(MissingValueException.requireList("interventions", interventions));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#interventions() interventions}.
     *
     * @param interventions the elements, none of them null
     * @return this builder
     */
    public Builder addAllInterventions(Iterable<? extends Intervention> interventions) {
      generated.addAllInterventions(MissingValueException.requireList("interventions", interventions));
      return this;
    }

    /**
     * Adds one element to {@link CaseFile#contacts() contacts}.
     *
     * @param contacts the element
     * @return this builder
     */
    public Builder addContacts(Contact contacts) {
      generated.addContacts(MissingValueException.require("contacts", contacts));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#contacts() contacts}.
     *
     * @param contacts the elements, none of them null
     * @return this builder
     */
    public Builder addContacts(Contact... contacts) {
      generated.addContacts(MissingValueException.requireElements("contacts", contacts));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseFile#contacts() contacts} with these.
     *
     * @param contacts the elements, none of them null
     * @return this builder
     */
    public Builder contacts(Iterable<? extends Contact> contacts) {
      generated.contacts(MissingValueException.requireList("contacts", contacts));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#contacts() contacts}.
     *
     * @param contacts the elements, none of them null
     * @return this builder
     */
    public Builder addAllContacts(Iterable<? extends Contact> contacts) {
      generated.addAllContacts(MissingValueException.requireList("contacts", contacts));
      return this;
    }

    /**
     * Adds one element to {@link CaseFile#incidents() incidents}.
     *
     * @param incidents the element
     * @return this builder
     */
    public Builder addIncidents(Incident incidents) {
      generated.addIncidents(MissingValueException.require("incidents", incidents));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#incidents() incidents}.
     *
     * @param incidents the elements, none of them null
     * @return this builder
     */
    public Builder addIncidents(Incident... incidents) {
      generated.addIncidents(MissingValueException.requireElements("incidents", incidents));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseFile#incidents() incidents} with these.
     *
     * @param incidents the elements, none of them null
     * @return this builder
     */
    public Builder incidents(Iterable<? extends Incident> incidents) {
      generated.incidents(MissingValueException.requireList("incidents", incidents));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#incidents() incidents}.
     *
     * @param incidents the elements, none of them null
     * @return this builder
     */
    public Builder addAllIncidents(Iterable<? extends Incident> incidents) {
      generated.addAllIncidents(MissingValueException.requireList("incidents", incidents));
      return this;
    }

    /**
     * Adds one element to {@link CaseFile#maracReferrals() maracReferrals}.
     *
     * @param maracReferrals the element
     * @return this builder
     */
    public Builder addMaracReferrals(MaracReferral maracReferrals) {
      generated.addMaracReferrals(MissingValueException.require("maracReferrals", maracReferrals));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#maracReferrals() maracReferrals}.
     *
     * @param maracReferrals the elements, none of them null
     * @return this builder
     */
    public Builder addMaracReferrals(MaracReferral... maracReferrals) {
      generated.addMaracReferrals(MissingValueException.requireElements("maracReferrals", maracReferrals));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseFile#maracReferrals() maracReferrals} with these.
     *
     * @param maracReferrals the elements, none of them null
     * @return this builder
     */
    public Builder maracReferrals(Iterable<? extends MaracReferral> maracReferrals) {
      generated.maracReferrals(MissingValueException.requireList("maracReferrals", maracReferrals));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#maracReferrals() maracReferrals}.
     *
     * @param maracReferrals the elements, none of them null
     * @return this builder
     */
    public Builder addAllMaracReferrals(Iterable<? extends MaracReferral> maracReferrals) {
      generated.addAllMaracReferrals(MissingValueException.requireList("maracReferrals", maracReferrals));
      return this;
    }

    /**
     * Adds one element to {@link CaseFile#reviews() reviews}.
     *
     * @param reviews the element
     * @return this builder
     */
    public Builder addReviews(Review reviews) {
      generated.addReviews(MissingValueException.require("reviews", reviews));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#reviews() reviews}.
     *
     * @param reviews the elements, none of them null
     * @return this builder
     */
    public Builder addReviews(Review... reviews) {
      generated.addReviews(MissingValueException.requireElements("reviews", reviews));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseFile#reviews() reviews} with these.
     *
     * @param reviews the elements, none of them null
     * @return this builder
     */
    public Builder reviews(Iterable<? extends Review> reviews) {
      generated.reviews(MissingValueException.requireList("reviews", reviews));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#reviews() reviews}.
     *
     * @param reviews the elements, none of them null
     * @return this builder
     */
    public Builder addAllReviews(Iterable<? extends Review> reviews) {
      generated.addAllReviews(MissingValueException.requireList("reviews", reviews));
      return this;
    }

    /**
     * Adds one element to {@link CaseFile#consents() consents}.
     *
     * @param consents the element
     * @return this builder
     */
    public Builder addConsents(Consent consents) {
      generated.addConsents(MissingValueException.require("consents", consents));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#consents() consents}.
     *
     * @param consents the elements, none of them null
     * @return this builder
     */
    public Builder addConsents(Consent... consents) {
      generated.addConsents(MissingValueException.requireElements("consents", consents));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseFile#consents() consents} with these.
     *
     * @param consents the elements, none of them null
     * @return this builder
     */
    public Builder consents(Iterable<? extends Consent> consents) {
      generated.consents(MissingValueException.requireList("consents", consents));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#consents() consents}.
     *
     * @param consents the elements, none of them null
     * @return this builder
     */
    public Builder addAllConsents(Iterable<? extends Consent> consents) {
      generated.addAllConsents(MissingValueException.requireList("consents", consents));
      return this;
    }

    /**
     * Adds one element to {@link CaseFile#sharing() sharing}.
     *
     * @param sharing the element
     * @return this builder
     */
    public Builder addSharing(InformationSharing sharing) {
      generated.addSharing(MissingValueException.require("sharing", sharing));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#sharing() sharing}.
     *
     * @param sharing the elements, none of them null
     * @return this builder
     */
    public Builder addSharing(InformationSharing... sharing) {
      generated.addSharing(MissingValueException.requireElements("sharing", sharing));
      return this;
    }

    /**
     * Replaces the elements of {@link CaseFile#sharing() sharing} with these.
     *
     * @param sharing the elements, none of them null
     * @return this builder
     */
    public Builder sharing(Iterable<? extends InformationSharing> sharing) {
      generated.sharing(MissingValueException.requireList("sharing", sharing));
      return this;
    }

    /**
     * Adds these elements to {@link CaseFile#sharing() sharing}.
     *
     * @param sharing the elements, none of them null
     * @return this builder
     */
    public Builder addAllSharing(Iterable<? extends InformationSharing> sharing) {
      generated.addAllSharing(MissingValueException.requireList("sharing", sharing));
      return this;
    }

    /**
     * Sets {@link CaseFile#closure() closure}.
     *
     * @param closure the value
     * @return this builder
     */
    public Builder closure(Closure closure) {
      generated.closure(MissingValueException.require("closure", closure));
      return this;
    }

    /**
     * Sets {@link CaseFile#closure() closure}, present or empty.
     *
     * @param closure the value, or empty
     * @return this builder
     */
    public Builder closure(Optional<? extends Closure> closure) {
      generated.closure(MissingValueException.require("closure", closure));
      return this;
    }

    /**
     * Sets {@link CaseFile#revision() revision}.
     *
     * @param revision the value
     * @return this builder
     */
    public Builder revision(long revision) {
      generated.revision(revision);
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public CaseFile build() {
      return generated.build();
    }
  }

  /**
   * True once the case has closed; nothing more is recorded on it then.
   *
   * @return whether the case is closed
   */
  public boolean closed() {
    return closure().isPresent();
  }

  /**
   * The latest version of the safety plan.
   *
   * @return the latest version, or empty when no plan has been made
   */
  public Optional<SafetyPlan> currentSafetyPlan() {
    List<SafetyPlan> plans = safetyPlans();
    return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
  }

  /**
   * The consent in force now: the last recorded.
   *
   * @return the consent, or empty when none has been recorded
   */
  public Optional<Consent> consentInForce() {
    List<Consent> all = consents();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * The intervention with an id.
   *
   * @param id the intervention's id, unique within the case
   * @return the intervention, or empty when the case has none with this id
   */
  public Optional<Intervention> intervention(String id) {
    MissingValueException.require("id", id);
    return interventions().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * How many of the contacts were significant: the count that decides intensive support.
   *
   * @return the number of significant contacts
   */
  public long significantContacts() {
    return contacts().stream().filter(Contact::significant).count();
  }

  /**
   * The number of different intervention kinds mobilised. A MARAC referral counts as the
   * {@code marac} kind, as the evaluation's Table 4 counts "subject to MARAC", whether or not it
   * was also recorded as an intervention. An intervention the victim declined, or that was not
   * available, is on the record but not counted ({@link InterventionResult#received()}).
   *
   * @return the number of different kinds received, each counted once however often it was mobilised
   */
  public int interventionKinds() {
    return kindsReceived().size();
  }

  /**
   * The kinds of intervention received, each once: those of the interventions not declined and
   * available ({@link InterventionResult#received()}), and {@code marac} when the case was referred
   * to a MARAC.
   *
   * @return the kind ids, in id order
   */
  public Set<String> kindsReceived() {
    Set<String> kinds = new java.util.TreeSet<>();
    for (Intervention intervention : interventions()) {
      if (intervention.result().received()) {
        kinds.add(intervention.kind());
      }
    }
    if (maracReferrals().stream().anyMatch(MaracReferral::toMarac)) {
      kinds.add(MARAC_KIND);
    }
    return java.util.Collections.unmodifiableSet(kinds);
  }

  /** The intervention kind a MARAC referral counts as. */
  public static final String MARAC_KIND = "marac";

  /**
   * The review the outcomes (T2) are read from, at case closure or after four months of
   * engagement, whichever came first ({@link OutcomePoint#CLOSURE_OR_FOUR_MONTHS}).
   *
   * @return the review, or empty when the case has none at that point yet
   */
  public Optional<Review> outcomeReview() {
    return outcomeReview(OutcomePoint.CLOSURE_OR_FOUR_MONTHS);
  }

  /**
   * The review the outcomes (T2) are read from at a point: the first of the closure review and the
   * interim reviews made {@value OutcomePoint#MONTHS} months or more after intake
   * ({@link OutcomePoint#CLOSURE_OR_FOUR_MONTHS}, as <i>Safety in Numbers</i> read it), or the
   * closure review alone ({@link OutcomePoint#CASE_CLOSURE}, the Insights exit point).
   *
   * @param point when T2 is read
   * @return the review, or empty when the case has none at that point yet
   */
  public Optional<Review> outcomeReview(OutcomePoint point) {
    MissingValueException.require("point", point);
    if (intake().isEmpty()) {
      return Optional.empty(); // without an intake there is nothing to compare a review with, and no review
    }
    LocalDate fourMonths = intake().get().on().plusMonths(OutcomePoint.MONTHS);
    @Nullable Review first = null;
    for (Review review : reviews()) {
      boolean counts = review.kind() == ReviewKind.CLOSURE
          || (point == OutcomePoint.CLOSURE_OR_FOUR_MONTHS && !review.on().isBefore(fourMonths));
      if (counts && (first == null || review.on().isBefore(first.on()))) {
        first = review;
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * The most recent assessment: from the latest review, or from intake.
   *
   * @return the assessment, or empty when the case has no intake yet
   */
  public Optional<Assessment> latestAssessment() {
    Optional<Assessment> fromReview = reviews().stream().max(Comparator.comparing(Review::on)).map(r -> r.measures().assessment());
    return fromReview.isPresent() ? fromReview : intake().map(Measures::assessment);
  }

  /**
   * The assessment in force on a date: from the latest review made by then, or from intake. The
   * MARAC screen reads this, so a screen on a past date sees the assessment as it stood then.
   *
   * @param date the date the assessment is wanted for
   * @return the assessment in force on that date, or empty when none had been made by then (no
   *     intake yet, or an intake recorded after the date)
   */
  public Optional<Assessment> assessmentOn(LocalDate date) {
    MissingValueException.require("date", date);
    Optional<Assessment> fromReview = reviews().stream().filter(r -> !r.on().isAfter(date)).max(Comparator.comparing(Review::on))
        .map(r -> r.measures().assessment());
    return fromReview.isPresent() ? fromReview : intake().filter(m -> !m.on().isAfter(date)).map(Measures::assessment);
  }

  /**
   * The date of the last referral to a MARAC proper, from which the repeat window runs.
   *
   * @return the date, or empty when the case has never been referred to a MARAC
   */
  public Optional<LocalDate> lastReferral() {
    return maracReferrals().stream().filter(MaracReferral::toMarac).map(MaracReferral::referredOn).max(Comparator.naturalOrder());
  }

  /**
   * The consent in force on a date: the last recorded on or before it.
   *
   * @param date the date the consent is wanted for
   * @return the consent, or empty when none had been recorded by then
   */
  public Optional<Consent> consentOn(LocalDate date) {
    MissingValueException.require("date", date);
    return consents().stream().filter(c -> !c.recordedOn().isAfter(date)).reduce((first, second) -> second);
  }

  /**
   * Refuses a snapshot that breaks the case's invariants, so one rebuilt from storage is as sound
   * as one a command returned: a blank id, an age outside 0 to 130, a revision below 1, a record
   * dated before the referral (a review before the intake, or a review with no intake), plan versions out of order, a repeated
   * intervention id, more than one closure review, and, once closed, a record dated after the
   * closure or an intervention not ended.
   *
   * @throws InvalidInputException naming the first field that breaks a rule
   */
  @Value.Check
  protected void check() {
    RecordDates.require("openedOn", openedOn());
    if (caseId().isBlank()) {
      throw new InvalidInputException("caseId", caseId(), "a case has an id");
    }
    if (intake().isPresent() && !intake().get().abuse().notRecorded().isEmpty()) {
      throw new InvalidInputException("intake.abuse.notRecorded", intake().get().abuse().notRecorded(),
          "intake records every type of abuse, present or absent; only a review may leave one not recorded");
    }
    if (victimAge().isPresent() && (victimAge().getAsInt() < 0 || victimAge().getAsInt() > 130)) {
      throw new InvalidInputException("victimAge", victimAge().getAsInt(), "an age in whole years from 0 to 130");
    }
    if (revision() < 1) {
      throw new InvalidInputException("revision", revision(), "revisions start at 1 when the case opens");
    }
    LocalDate opened = openedOn();
    if (intake().isPresent()) {
      notBefore("intake.on", intake().get().on(), opened, "the referral");
    } else if (!reviews().isEmpty()) {
      throw new InvalidInputException("reviews", reviews().size() + " reviews", "a review compares with the intake; a case without one has none");
    }
    for (int i = 0; i < safetyPlans().size(); i++) {
      SafetyPlan plan = safetyPlans().get(i);
      if (plan.version() != i + 1) {
        throw new InvalidInputException("safetyPlans.version", plan.version(), "plan versions run 1, 2, 3 ... in order; expected " + (i + 1));
      }
      notBefore("safetyPlans.revisedOn", plan.revisedOn(), opened, "the referral");
    }
    Set<String> ids = new HashSet<>();
    for (Intervention intervention : interventions()) {
      if (!ids.add(intervention.id())) {
        throw new InvalidInputException("interventions.id", intervention.id(), "intervention ids are unique within a case");
      }
      notBefore("interventions.start", intervention.start(), opened, "the referral");
    }
    for (Contact contact : contacts()) {
      notBefore("contacts.on", contact.on(), opened, "the referral");
    }
    for (Review review : reviews()) {
      notBefore("reviews.on", review.on(), intake().get().on(), "the intake");
    }
    if (reviews().stream().filter(r -> r.kind() == ReviewKind.CLOSURE).count() > 1) {
      throw new InvalidInputException("reviews.kind", ReviewKind.CLOSURE, "a case has at most one closure review");
    }
    for (MaracReferral referral : maracReferrals()) {
      notBefore("maracReferrals.referredOn", referral.referredOn(), opened, "the referral");
    }
    for (Consent consent : consents()) {
      notBefore("consents.recordedOn", consent.recordedOn(), opened, "the referral");
    }
    for (InformationSharing shared : sharing()) {
      notBefore("sharing.on", shared.on(), opened, "the referral");
    }
    if (closure().isPresent()) {
      LocalDate closed = closure().get().on();
      notBefore("closure.on", closed, opened, "the referral");
      if (intake().isPresent()) {
        notAfter("intake.on", intake().get().on(), closed);
      }
      for (Contact contact : contacts()) {
        notAfter("contacts.on", contact.on(), closed);
      }
      for (Review review : reviews()) {
        notAfter("reviews.on", review.on(), closed);
      }
      for (Intervention intervention : interventions()) {
        notAfter("interventions.start", intervention.start(), closed);
        if (intervention.end().isEmpty()) {
          throw new InvalidInputException("interventions.end", intervention.id(),
              "every intervention has ended, with its result, before the case closes");
        }
        notAfter("interventions.end", intervention.end().get(), closed);
      }
      for (SafetyPlan plan : safetyPlans()) {
        notAfter("safetyPlans.revisedOn", plan.revisedOn(), closed);
      }
      for (MaracReferral referral : maracReferrals()) {
        notAfter("maracReferrals.referredOn", referral.referredOn(), closed);
      }
      for (Consent consent : consents()) {
        notAfter("consents.recordedOn", consent.recordedOn(), closed);
      }
      for (InformationSharing shared : sharing()) {
        notAfter("sharing.on", shared.on(), closed);
      }
      for (Incident incident : incidents()) {
        notAfter("incidents.date", incident.date(), closed);
      }
    }
  }

  private static void notBefore(String field, LocalDate date, LocalDate limit, String what) {
    if (date.isBefore(limit)) {
      throw new InvalidInputException(field, date, "cannot be before " + what + " on " + limit);
    }
  }

  private static void notAfter(String field, LocalDate date, LocalDate closed) {
    if (date.isAfter(closed)) {
      throw new InvalidInputException(field, date, "cannot be after the closure on " + closed);
    }
  }
}
