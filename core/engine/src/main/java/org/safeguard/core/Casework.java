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
package org.safeguard.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.casework.CaseChange;
import org.safeguard.core.casework.CaseClosed;
import org.safeguard.core.casework.CaseEvent;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.casework.CaseOpened;
import org.safeguard.core.casework.CaseRuleException;
import org.safeguard.core.casework.Closure;
import org.safeguard.core.casework.Consent;
import org.safeguard.core.casework.ConsentRecorded;
import org.safeguard.core.casework.Contact;
import org.safeguard.core.casework.ContactRecorded;
import org.safeguard.core.casework.IncidentRecorded;
import org.safeguard.core.casework.InformationShared;
import org.safeguard.core.casework.InformationSharing;
import org.safeguard.core.casework.IntakeRecorded;
import org.safeguard.core.casework.Intervention;
import org.safeguard.core.casework.InterventionEnded;
import org.safeguard.core.casework.InterventionResult;
import org.safeguard.core.casework.InterventionStarted;
import org.safeguard.core.casework.MaracMeetingSet;
import org.safeguard.core.casework.MaracReferral;
import org.safeguard.core.casework.MaracReferralMade;
import org.safeguard.core.casework.MaracScreening;
import org.safeguard.core.casework.Measures;
import org.safeguard.core.casework.Review;
import org.safeguard.core.casework.ReviewRecorded;
import org.safeguard.core.casework.SafetyAction;
import org.safeguard.core.casework.SafetyPlan;
import org.safeguard.core.casework.SafetyPlanRevised;
import org.safeguard.core.casework.SharingReason;
import org.safeguard.core.internal.MaracScreen;
import org.safeguard.core.internal.PolicySchedule;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.OutcomePoint;
import org.safeguard.model.Agency;
import org.safeguard.model.InterventionKind;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;

/**
 * The case journey as commands over immutable snapshots. Each command checks the case's rules and
 * returns a {@link CaseChange}: the new snapshot and the events it caused, for the embedding system
 * to persist and audit its own way. A refused command throws {@link InvalidInputException} (the
 * case rules themselves as {@link CaseRuleException}) naming the field, the value and the rule;
 * the snapshot passed in is immutable, so it is left exactly as it was.
 *
 * <p>Get one from {@link org.safeguard.core.Safeguard#casework()}. Thread-safe.
 */
public final class Casework {
  private final Map<String, InterventionKind> kinds;
  private final PolicySchedule policies;

  /** Made by the engine, with its intervention catalogue by kind id and its policies in force by date. */
  Casework(Map<String, InterventionKind> kinds, PolicySchedule policies) {
    this.kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    this.policies = policies;
  }

  /**
   * The intervention kinds this engine knows, by id: the standard catalogue and what plugins add.
   * An intervention can be started only with one of these kinds.
   *
   * @return the catalogue, by kind id, unmodifiable
   */
  public Map<String, InterventionKind> interventionKinds() {
    return kinds;
  }

  /**
   * Opens a case on referral with its intake measures (T1).
   *
   * @param caseId the case's id in the embedding system; not blank
   * @param referredOn the date of referral, when the case opens
   * @param victimAge the victim's age in whole years at referral, from 0 to 130
   * @param intake the intake measures (T1), dated on or after the referral
   * @return the new case at revision 1, with its {@link CaseOpened} event
   * @throws InvalidInputException when a value breaks a rule of {@link CaseFile}
   */
  public CaseChange open(String caseId, LocalDate referredOn, int victimAge, Measures intake) {
    MissingValueException.require("intake", intake);
    return open(caseId, referredOn, OptionalInt.of(victimAge), Optional.of(intake));
  }

  /**
   * Opens a case on a referral that carries neither the victim's age nor a completed checklist, as
   * a police referral often arrives: the same as {@code open(caseId, referredOn,
   * OptionalInt.empty(), Optional.empty())}. Record the intake with {@link #recordIntake} once
   * assessed.
   *
   * @param caseId the case's id in the embedding system; not blank
   * @param referredOn the date of referral, when the case opens
   * @return the new case at revision 1, with its {@link CaseOpened} event
   * @throws InvalidInputException when a value breaks a rule of {@link CaseFile}
   */
  public CaseChange open(String caseId, LocalDate referredOn) {
    return open(caseId, referredOn, OptionalInt.empty(), Optional.empty());
  }

  /**
   * Opens a case on referral with what the referral carries: the victim's age where it is known,
   * and the intake measures where a checklist was completed. A police referral often arrives with
   * neither; the case opens all the same, the MARAC screen works from its incidents and says what
   * is missing (an age not recorded is screened as an adult, and the decision says so), and the
   * intake is recorded later with {@link #recordIntake}.
   *
   * @param caseId the case's id in the embedding system; not blank
   * @param referredOn the date of referral, when the case opens
   * @param victimAge the victim's age in whole years at referral, from 0 to 130, or empty when not recorded
   * @param intake the intake measures (T1), dated on or after the referral, or empty when none were taken yet
   * @return the new case at revision 1, with its {@link CaseOpened} event
   * @throws InvalidInputException when a value breaks a rule of {@link CaseFile}
   */
  public CaseChange open(String caseId, LocalDate referredOn, OptionalInt victimAge, Optional<Measures> intake) {
    MissingValueException.require("caseId", caseId);
    RecordDates.require("referredOn", referredOn);
    MissingValueException.require("victimAge", victimAge);
    MissingValueException.require("intake", intake);
    CaseFile opened = CaseFile.builder()
        .caseId(caseId)
        .openedOn(referredOn)
        .victimAge(victimAge)
        .intake(intake)
        .revision(1)
        .build();
    return change(opened, new CaseOpened(caseId, 1, referredOn, victimAge, intake));
  }

  /**
   * Records the intake measures (T1) of a case that opened without them, once the checklist is
   * completed.
   *
   * @param file the case as it stands, with no intake yet
   * @param intake the intake measures, dated on or after the referral
   * @return the case with its intake, and its {@link IntakeRecorded} event
   * @throws CaseRuleException when the case is closed, already has its intake, or the measures are
   *     dated before the referral
   * @throws InvalidInputException naming {@code intake.abuse.notRecorded} when the measures leave a
   *     type of abuse not recorded (intake records every type, present or absent)
   */
  public CaseChange recordIntake(CaseFile file, Measures intake) {
    MissingValueException.require("file", file);
    MissingValueException.require("intake", intake);
    requireOpen(file, "intake");
    if (file.intake().isPresent()) {
      throw new CaseRuleException("intake", intake.on(), "the case has its intake, taken on " + file.intake().get().on()
          + "; later measures are a review");
    }
    if (intake.on().isBefore(file.openedOn())) {
      throw new CaseRuleException("intake.on", intake.on(), "cannot be before the referral on " + file.openedOn());
    }
    CaseFile next = next(file).intake(intake).build();
    return change(next, new IntakeRecorded(file.caseId(), next.revision(), intake));
  }

  /**
   * Adds a new version of the safety plan; earlier versions are kept, so the case shows how the
   * plan changed.
   *
   * @param file the case as it stands
   * @param on the date of the revision
   * @param actions every action of the new version, each with an id unique within the plan
   * @return the case with the new version, and its {@link SafetyPlanRevised} event
   * @throws CaseRuleException when the case is closed, or the revision is dated before the
   *     current version
   */
  public CaseChange reviseSafetyPlan(CaseFile file, LocalDate on, List<SafetyAction> actions) {
    MissingValueException.require("file", file);
    RecordDates.require("on", on);
    MissingValueException.requireElements("actions", actions);
    requireOpen(file, "safetyPlan");
    SafetyPlan plan = SafetyPlan.builder().version(file.safetyPlans().size() + 1).revisedOn(on).actions(actions).build();
    Optional<SafetyPlan> current = file.currentSafetyPlan();
    if (current.isPresent() && on.isBefore(current.get().revisedOn())) {
      throw new CaseRuleException("safetyPlan.revisedOn", on, "a revision cannot be dated before version "
          + current.get().version() + " of " + current.get().revisedOn());
    }
    CaseFile next = next(file).addSafetyPlans(plan).build();
    return change(next, new SafetyPlanRevised(file.caseId(), next.revision(), plan));
  }

  /**
   * Mobilises an intervention of a kind in the catalogue.
   *
   * @param file the case as it stands
   * @param intervention the intervention, with an id new to the case and a kind in the catalogue
   * @return the case with the intervention, and its {@link InterventionStarted} event
   * @throws CaseRuleException when the case is closed, the kind is not in the catalogue, or the
   *     case already has an intervention with this id
   */
  public CaseChange startIntervention(CaseFile file, Intervention intervention) {
    MissingValueException.require("file", file);
    MissingValueException.require("intervention", intervention);
    requireOpen(file, "intervention");
    if (!kinds.containsKey(intervention.kind())) {
      throw new CaseRuleException("intervention.kind", intervention.kind(), "not in the intervention catalogue; known kinds: " + kinds.keySet());
    }
    if (file.intervention(intervention.id()).isPresent()) {
      throw new CaseRuleException("intervention.id", intervention.id(), "the case already has an intervention with this id");
    }
    CaseFile next = next(file).addInterventions(intervention).build();
    return change(next, new InterventionStarted(file.caseId(), next.revision(), intervention));
  }

  /**
   * Ends an ongoing intervention with its result.
   *
   * @param file the case as it stands
   * @param interventionId the id of the intervention to end
   * @param end the date it ended, not before it started
   * @param result how it turned out; anything but {@link InterventionResult#ONGOING}
   * @return the case with the intervention ended, and its {@link InterventionEnded} event
   * @throws CaseRuleException when the case is closed, has no intervention with this id, the
   *     intervention has already ended, the end is before its start, or the result is ongoing
   */
  public CaseChange endIntervention(CaseFile file, String interventionId, LocalDate end, InterventionResult result) {
    MissingValueException.require("file", file);
    MissingValueException.require("interventionId", interventionId);
    RecordDates.require("end", end);
    MissingValueException.require("result", result);
    requireOpen(file, "intervention");
    Intervention current = file.intervention(interventionId)
        .orElseThrow(() -> new CaseRuleException("intervention.id", interventionId, "the case has no intervention with this id"));
    if (current.end().isPresent()) {
      throw new CaseRuleException("intervention.end", end, "intervention " + interventionId + " already ended on " + current.end().get());
    }
    if (end.isBefore(current.start())) {
      throw new CaseRuleException("intervention.end", end, "an intervention cannot end before it starts on " + current.start());
    }
    if (result == InterventionResult.ONGOING) {
      throw new CaseRuleException("intervention.result", result, "an ended intervention has a result other than ONGOING");
    }
    Intervention ended = Intervention.builder().from(current).end(end).result(result).build();
    List<Intervention> interventions = new ArrayList<>(file.interventions());
    interventions.set(interventions.indexOf(current), ended);
    CaseFile next = next(file).interventions(interventions).build();
    return change(next, new InterventionEnded(file.caseId(), next.revision(), ended));
  }

  /**
   * Records a contact with the victim.
   *
   * @param file the case as it stands
   * @param contact the contact, dated on or after the referral
   * @return the case with the contact, and its {@link ContactRecorded} event
   * @throws CaseRuleException when the case is closed, or the consent in force says the victim
   *     does not want to be contacted
   */
  public CaseChange recordContact(CaseFile file, Contact contact) {
    MissingValueException.require("file", file);
    MissingValueException.require("contact", contact);
    requireOpen(file, "contact");
    Optional<Consent> consent = file.consentOn(contact.on());
    if (consent.isPresent() && !consent.get().contactAgreed()) {
      throw new CaseRuleException("contact.on", contact.on(),
          "the consent in force then, recorded on " + consent.get().recordedOn() + ", says the victim does not want to be contacted");
    }
    CaseFile next = next(file).addContacts(contact).build();
    return change(next, new ContactRecorded(file.caseId(), next.revision(), contact));
  }

  /**
   * Records an incident reported by any agency; it counts towards escalation and repeat MARAC,
   * which do not depend on the police alone knowing of it.
   *
   * @param file the case as it stands
   * @param incident the incident, as the reporting agency gave it
   * @return the case with the incident, and its {@link IncidentRecorded} event
   * @throws CaseRuleException when the case is closed
   */
  public CaseChange recordIncident(CaseFile file, Incident incident) {
    MissingValueException.require("file", file);
    MissingValueException.require("incident", incident);
    requireOpen(file, "incident");
    CaseFile next = next(file).addIncidents(incident).build();
    return change(next, new IncidentRecorded(file.caseId(), next.revision(), incident));
  }

  /**
   * Screens the case for MARAC on a date, over its own history as it stood then: its incidents and
   * earlier MARAC referrals, the victim's age, the assessment in force (intake, or the latest review
   * by that date) and, for a local medium-risk MARAC, the victim's consent in force.
   *
   * <p>A referral (to a MARAC, a medium-risk MARAC or children's safeguarding) is added to the case
   * with the routes that fired, unless the case is already referred: a second MARAC referral within
   * the repeat window needs a new qualifying incident (the repeat route), and one referral of a kind
   * per day is enough. The decision is always returned, as {@link MaracScreening#decision()}.
   *
   * @param file the case as it stands
   * @param asOf the date to screen on, not before the case opened
   * @return the decision, and the case with the referral and its {@link MaracReferralMade} event
   *     when one was made; otherwise the case unchanged and no event
   * @throws CaseRuleException when the case is closed, or {@code asOf} is before it opened
   */
  public MaracScreening screenForMarac(CaseFile file, LocalDate asOf) {
    MissingValueException.require("file", file);
    RecordDates.require("asOf", asOf);
    requireOpen(file, "marac");
    if (asOf.isBefore(file.openedOn())) {
      throw new CaseRuleException("asOf", asOf, "cannot screen before the case opened on " + file.openedOn());
    }
    MaracScreen screen = policies.screenOn(asOf);
    CaseHistory history = CaseHistory.builder()
        .asOf(asOf)
        .victimAge(file.victimAge())
        .incidents(file.incidents().stream().filter(i -> !i.date().isAfter(asOf)).toList())
        .previousReferrals(file.maracReferrals().stream().filter(MaracReferral::toMarac)
            .map(MaracReferral::referredOn).filter(d -> !d.isAfter(asOf)).toList())
        .consentToReferral(file.consentOn(asOf).map(Consent::referralAgreed))
        .build();
    MaracDecision decision = screen.screen(history, file.assessmentOn(asOf).orElse(null));
    if (decision.outcome() == MaracOutcome.NO_REFERRAL || alreadyReferred(file, asOf, decision, screen)) {
      return MaracScreening.of(file, List.of(), decision);
    }
    MaracReferral referral = MaracReferral.builder().referredOn(asOf).outcome(decision.outcome()).routes(decision.firedRoutes()).build();
    CaseFile next = next(file).addMaracReferrals(referral).build();
    return MaracScreening.of(next, List.of(new MaracReferralMade(file.caseId(), next.revision(), referral)), decision);
  }

  private static boolean alreadyReferred(CaseFile file, LocalDate asOf, MaracDecision decision, MaracScreen screen) {
    boolean sameDay = file.maracReferrals().stream()
        .anyMatch(r -> r.referredOn().equals(asOf) && r.outcome() == decision.outcome());
    if (sameDay) {
      return true;
    }
    if (decision.outcome() != MaracOutcome.REFER_TO_MARAC || decision.firedRoutes().contains(MaracRoute.REPEAT)) {
      return false;
    }
    Optional<LocalDate> last = file.lastReferral();
    return last.isPresent() && !asOf.isAfter(last.get().plusMonths(screen.parameters().repeatWindowMonths()));
  }

  /**
   * Sets the meeting date of the referral made on {@code referredOn}.
   *
   * @param file the case as it stands
   * @param referredOn the date of the referral; of several that day, the last recorded is updated
   * @param meetingOn the date of the meeting, not before the referral
   * @return the case with the meeting date set, and its {@link MaracMeetingSet} event
   * @throws CaseRuleException when the case is closed or has no referral on {@code referredOn}
   * @throws InvalidInputException when the meeting is dated before the referral
   */
  public CaseChange setMaracMeeting(CaseFile file, LocalDate referredOn, LocalDate meetingOn) {
    MissingValueException.require("file", file);
    RecordDates.require("referredOn", referredOn);
    RecordDates.require("meetingOn", meetingOn);
    requireOpen(file, "marac");
    List<MaracReferral> referrals = new ArrayList<>(file.maracReferrals());
    int index = -1;
    for (int i = 0; i < referrals.size(); i++) {
      if (referrals.get(i).referredOn().equals(referredOn)) {
        index = i;
      }
    }
    if (index < 0) {
      throw new CaseRuleException("maracReferral.referredOn", referredOn, "the case has no MARAC referral on this date");
    }
    MaracReferral updated = MaracReferral.builder().from(referrals.get(index)).meetingOn(meetingOn).build();
    referrals.set(index, updated);
    CaseFile next = next(file).maracReferrals(referrals).build();
    return change(next, new MaracMeetingSet(file.caseId(), next.revision(), updated));
  }

  /**
   * Records a review (T2): the same measures as intake, plus the outcome questions.
   *
   * @param file the case as it stands
   * @param review the review, dated on or after the intake
   * @return the case with the review, and its {@link ReviewRecorded} event
   * @throws CaseRuleException when the case is closed, has no intake yet (a review is measured
   *     against it), or the review is dated before the intake
   */
  public CaseChange recordReview(CaseFile file, Review review) {
    MissingValueException.require("file", file);
    MissingValueException.require("review", review);
    requireOpen(file, "review");
    if (file.intake().isEmpty()) {
      throw new CaseRuleException("intake", "not recorded", "a review is measured against the intake; record the intake first (recordIntake)");
    }
    LocalDate intakeOn = file.intake().get().on();
    if (review.on().isBefore(intakeOn)) {
      throw new CaseRuleException("reviews.on", review.on(), "a review cannot be before the intake on " + intakeOn);
    }
    CaseFile next = next(file).addReviews(review).build();
    return change(next, new ReviewRecorded(file.caseId(), next.revision(), review));
  }

  /**
   * Records what the victim agreed to; it replaces the consent in force and all are kept, so the
   * case shows what was agreed at any date.
   *
   * @param file the case as it stands
   * @param consent the consent, recorded on or after the one in force
   * @return the case with the consent in force, and its {@link ConsentRecorded} event
   * @throws CaseRuleException when the case is closed, or the consent is dated before the one in
   *     force
   */
  public CaseChange recordConsent(CaseFile file, Consent consent) {
    MissingValueException.require("file", file);
    MissingValueException.require("consent", consent);
    requireOpen(file, "consent");
    Optional<Consent> current = file.consentInForce();
    if (current.isPresent() && consent.recordedOn().isBefore(current.get().recordedOn())) {
      throw new CaseRuleException("consent.recordedOn", consent.recordedOn(),
          "cannot be before the consent in force, recorded on " + current.get().recordedOn());
    }
    CaseFile next = next(file).addConsents(consent).build();
    return change(next, new ConsentRecorded(file.caseId(), next.revision(), consent));
  }

  /**
   * Records sharing information with an agency, as the consent in force and the policy allow: with
   * consent when the victim's consent covers the agency; otherwise without it where the policy in
   * force shares without consent at the case's risk level on that date
   * ({@link org.safeguard.model.ThresholdPolicy#sharingWithoutConsentFrom()}; Hertfordshire: high
   * risk), recorded with the reason {@link SharingReason#POLICY_AT_THIS_RISK_LEVEL}.
   *
   * @param file the case as it stands
   * @param on the date the information was shared
   * @param with the agency it was shared with
   * @return the case with the sharing, and its {@link InformationShared} event
   * @throws CaseRuleException when the case is closed, or neither the consent in force nor the
   *     policy allows sharing with the agency: then share only with a recorded reason, through
   *     {@link #shareWithoutConsent}
   */
  public CaseChange share(CaseFile file, LocalDate on, Agency with) {
    MissingValueException.require("file", file);
    RecordDates.require("on", on);
    MissingValueException.require("with", with);
    requireOpen(file, "sharing");
    if (consentCovers(file, on, with)) {
      return recordSharing(file, InformationSharing.builder().on(on).with(with).withConsent(true).build());
    }
    Optional<String> refused = policyRefusesSharing(file, on);
    if (refused.isPresent()) {
      throw new CaseRuleException("sharing.with", with, "the victim has not consented to sharing with this agency" + refused.get()
          + "; share without consent only with a recorded reason");
    }
    return recordSharing(file, InformationSharing.builder().on(on).with(with).withConsent(false)
        .reasonWithoutConsent(SharingReason.POLICY_AT_THIS_RISK_LEVEL).build());
  }

  /** Why the policy in force on {@code on} does not share this case without consent, or empty when it does. */
  private Optional<String> policyRefusesSharing(CaseFile file, LocalDate on) {
    ThresholdPolicy policy = policies.policyOn(on);
    Optional<RiskLevel> from = policy.sharingWithoutConsentFrom();
    if (from.isEmpty()) {
      return Optional.of("");
    }
    Optional<Assessment> assessment = file.assessmentOn(on);
    if (assessment.isEmpty()) { // a policy cannot share at every level (the key takes medium or high), so a level is needed
      return Optional.of(", and policy " + policy.id() + " shares without consent from " + from.get()
          + " while this case has no risk assessment yet");
    }
    // a case's measures always have a level (Measures refuses an assessment without one)
    RiskLevel level = assessment.get().level().orElseThrow();
    if (from.get().isAbove(level)) {
      return Optional.of(", and policy " + policy.id() + " shares without consent from " + from.get() + " while this case is " + level);
    }
    return Optional.empty();
  }

  /**
   * Records sharing information without consent, for a recorded reason such as a risk of serious
   * harm. The case keeps the reason beside the sharing.
   *
   * @param file the case as it stands
   * @param on the date the information was shared
   * @param with the agency it was shared with
   * @param reason the lawful reason for sharing without consent
   * @return the case with the sharing, and its {@link InformationShared} event
   * @throws CaseRuleException when the case is closed, or consent covers the agency: then it is
   *     shared with consent
   */
  public CaseChange shareWithoutConsent(CaseFile file, LocalDate on, Agency with, SharingReason reason) {
    MissingValueException.require("file", file);
    RecordDates.require("on", on);
    MissingValueException.require("with", with);
    MissingValueException.require("reason", reason);
    requireOpen(file, "sharing");
    if (consentCovers(file, on, with)) {
      throw new CaseRuleException("sharing.reasonWithoutConsent", reason,
          "the victim consented to sharing with " + with + "; record it as shared with consent");
    }
    if (reason == SharingReason.POLICY_AT_THIS_RISK_LEVEL) {
      Optional<String> refused = policyRefusesSharing(file, on);
      if (refused.isPresent()) {
        throw new CaseRuleException("sharing.reasonWithoutConsent", reason, "the policy in force does not share this case without consent"
            + refused.get() + "; give the reason that does allow it");
      }
    }
    return recordSharing(file, InformationSharing.builder().on(on).with(with).withConsent(false).reasonWithoutConsent(reason).build());
  }

  /**
   * Closes the case with a reason. A case closes once, and nothing more is recorded on it.
   *
   * @param file the case as it stands
   * @param closure when and why the case closes, not before any of its records
   * @return the closed case, and its {@link CaseClosed} event
   * @throws CaseRuleException when the case is already closed, or an intervention has not ended
   */
  public CaseChange close(CaseFile file, Closure closure) {
    MissingValueException.require("file", file);
    MissingValueException.require("closure", closure);
    if (file.closure().isPresent()) {
      throw new CaseRuleException("closure", closure.on(), "the case is already closed, on " + file.closure().get().on());
    }
    List<String> ongoing = file.interventions().stream().filter(i -> i.end().isEmpty()).map(Intervention::id).toList();
    if (!ongoing.isEmpty()) {
      throw new CaseRuleException("closure", closure.on(), "end interventions " + ongoing + " with their results before the case closes");
    }
    CaseFile next = next(file).closure(closure).build();
    return change(next, new CaseClosed(file.caseId(), next.revision(), closure));
  }

  /**
   * Rebuilds a case from its events, as an embedding system that stores the events does: each event
   * is applied through its command, so the rules are checked again, with this engine's intervention
   * catalogue and the policies in force on each date (a MARAC referral is screened again on its day
   * and must come out as recorded). Events stored from every command a case went through rebuild it
   * equal to the snapshot those commands returned, on an engine configured as the one that ran them.
   * An engine with other policies (a policy corrected under the same id, a local MARAC rule
   * changed) or without a plugin's intervention kinds may refuse a history it would not have
   * recorded: keep the snapshot as the record, and the events as its audit.
   *
   * @param events the case's events in the order recorded, from its opening
   * @return the case as the events leave it
   * @throws InvalidInputException when there are no events, the first is not an opening, an event
   *     is of another case, the revisions do not run 1, 2, 3..., or an event holds something its
   *     command would not have recorded (a referral the screen would not make that day, a sharing
   *     whose consent or reason the case does not bear out)
   * @throws CaseRuleException when an event breaks a rule, as its command would have refused it
   */
  public CaseFile replay(List<CaseEvent> events) {
    MissingValueException.requireElements("events", events);
    if (events.isEmpty() || !(events.get(0) instanceof CaseOpened first)) {
      throw new InvalidInputException("events", events.isEmpty() ? "(none)" : events.get(0).getClass().getSimpleName(),
          "a case's events start with its opening");
    }
    if (first.revision() != 1) {
      throw new InvalidInputException("events.revision", first.revision(), "an opening makes revision 1");
    }
    CaseFile c = open(first.caseId(), first.openedOn(), first.victimAge(), first.intake()).caseFile();
    for (int i = 1; i < events.size(); i++) {
      CaseEvent e = events.get(i);
      if (!e.caseId().equals(c.caseId())) {
        throw new InvalidInputException("events.caseId", e.caseId(), "every event is of case " + c.caseId());
      }
      if (e.revision() != c.revision() + 1) {
        throw new InvalidInputException("events.revision", e.revision(), "follows revision " + c.revision());
      }
      CaseChange change = apply(c, e);
      if (!change.events().equals(List.of(e))) {
        throw new InvalidInputException("events", e.getClass().getSimpleName() + " " + e.revision(),
            "is what its command records; the command records otherwise from the same content");
      }
      c = change.caseFile();
    }
    return c;
  }

  private CaseChange apply(CaseFile c, CaseEvent event) {
    if (event instanceof IntakeRecorded e) {
      return recordIntake(c, e.intake());
    } else if (event instanceof SafetyPlanRevised e) {
      return reviseSafetyPlan(c, e.plan().revisedOn(), e.plan().actions());
    } else if (event instanceof InterventionStarted e) {
      return startIntervention(c, e.intervention());
    } else if (event instanceof InterventionEnded e) {
      Intervention ended = e.intervention();
      if (ended.end().isEmpty()) {
        throw new InvalidInputException("events.intervention.end", "(none)", "an intervention ended has its end date");
      }
      return endIntervention(c, ended.id(), ended.end().get(), ended.result());
    } else if (event instanceof ContactRecorded e) {
      return recordContact(c, e.contact());
    } else if (event instanceof IncidentRecorded e) {
      return recordIncident(c, e.incident());
    } else if (event instanceof MaracReferralMade e) {
      return screenForMarac(c, e.referral().referredOn());
    } else if (event instanceof MaracMeetingSet e) {
      Optional<LocalDate> meetingOn = e.referral().meetingOn();
      if (meetingOn.isEmpty()) {
        throw new InvalidInputException("events.referral.meetingOn", "(none)", "a meeting set has its date");
      }
      return setMaracMeeting(c, e.referral().referredOn(), meetingOn.get());
    } else if (event instanceof ReviewRecorded e) {
      return recordReview(c, e.review());
    } else if (event instanceof ConsentRecorded e) {
      return recordConsent(c, e.consent());
    } else if (event instanceof InformationShared e) {
      InformationSharing s = e.sharing();
      Optional<SharingReason> reason = s.reasonWithoutConsent();
      if (s.withConsent() || reason.isEmpty() || reason.get() == SharingReason.POLICY_AT_THIS_RISK_LEVEL) {
        return share(c, s.on(), s.with());
      }
      return shareWithoutConsent(c, s.on(), s.with(), reason.get());
    } else if (event instanceof CaseClosed e) {
      return close(c, e.closure());
    }
    throw new InvalidInputException("events", event.getClass().getSimpleName(), "a second opening is not an event of an open case");
  }

  /**
   * What the case contributes to a cohort report: the number of intervention kinds received,
   * significant contacts, and the abuse and risk level at intake (T1) and at the outcome review
   * (T2), read at case closure or after four months of engagement, whichever came first, as
   * <i>Safety in Numbers</i> read it ({@link OutcomePoint#CLOSURE_OR_FOUR_MONTHS}).
   *
   * @param file the case, open or closed, with its intake
   * @return the case's outcome, with no review measures when the case has no review at that point yet
   * @throws CaseRuleException naming {@code intake} when the case has no intake measures, without
   *     which it has nothing to count from
   */
  public CaseOutcome outcome(CaseFile file) {
    return outcome(file, OutcomePoint.CLOSURE_OR_FOUR_MONTHS);
  }

  /**
   * What the case contributes to a cohort report whose T2 is read at a point: see
   * {@link CaseFile#outcomeReview(OutcomePoint)}. A report counts only outcomes read at its own
   * point ({@link org.safeguard.core.outcome.ReportParameters#outcomePoint()}).
   *
   * @param file the case, open or closed, with its intake
   * @param point when T2 is read, for example {@link OutcomePoint#CASE_CLOSURE}, the Insights exit point
   * @return the case's outcome, with no review measures when the case has no review at that point yet
   * @throws CaseRuleException naming {@code intake} when the case has no intake measures
   */
  public CaseOutcome outcome(CaseFile file, OutcomePoint point) {
    MissingValueException.require("file", file);
    MissingValueException.require("point", point);
    if (file.intake().isEmpty()) {
      throw new CaseRuleException("intake", "not recorded", "a case adds to a cohort report from its intake measures (T1); it has none");
    }
    Measures intake = file.intake().get();
    Optional<Review> review = file.outcomeReview(point);
    return CaseOutcome.builder()
        .outcomePoint(point)
        .caseId(file.caseId())
        .interventions(file.interventionKinds())
        .interventionKinds(file.kindsReceived())
        .hasChildren(intake.hasChildren())
        .riskFactorsAtIntake(intake.riskFactors())
        .riskFactorsAtReview(review.map(r -> r.measures().riskFactors()).orElse(Set.of()))
        .significantContacts((int) file.significantContacts())
        .abuseAtIntake(intake.abuse())
        .levelAtIntake(intake.level())
        .abuseAtReview(review.map(r -> r.measures().abuse()))
        .levelAtReview(review.map(r -> r.measures().level()))
        .answers(review.map(Review::answers).orElse(Map.of()))
        .build();
  }

  private CaseChange recordSharing(CaseFile file, InformationSharing sharing) {
    CaseFile next = next(file).addSharing(sharing).build();
    return change(next, new InformationShared(file.caseId(), next.revision(), sharing));
  }

  private static boolean consentCovers(CaseFile file, LocalDate on, Agency with) {
    return file.consentOn(on).map(c -> c.shareWith().contains(with)).orElse(false);
  }

  private static void requireOpen(CaseFile file, String field) {
    if (file.closure().isPresent()) {
      throw new CaseRuleException(field, "(new record)", "the case closed on " + file.closure().get().on() + "; nothing more is recorded on it");
    }
  }

  private static CaseFile.Builder next(CaseFile file) {
    return CaseFile.builder().from(file).revision(file.revision() + 1);
  }

  private static CaseChange change(CaseFile next, CaseEvent event) {
    return CaseChange.builder().caseFile(next).addEvents(event).build();
  }
}
