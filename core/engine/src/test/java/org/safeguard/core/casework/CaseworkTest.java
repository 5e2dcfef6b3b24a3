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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Casework;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.Severity;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;

/** A case from referral to closure through the public API, and every rule that refuses a command. */
class CaseworkTest {
  static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);
  private final Safeguard engine = Fixtures.engine();
  private final Casework casework = engine.casework();

  Assessment scoring(int yes) {
    return Fixtures.scoring(engine, yes);
  }

  Measures measures(LocalDate on, int yes, AbuseProfile abuse) {
    return Measures.builder()
        .on(on)
        .assessment(scoring(yes))
        .abuse(abuse)
        .addRiskFactors(RiskFactor.THREATS_TO_KILL_VICTIM)
        .childrenInHousehold(2)
        .build();
  }

  static final AbuseProfile AT_INTAKE = AbuseProfile.of(Map.of(
      AbuseType.PHYSICAL, Severity.HIGH, AbuseType.JEALOUS_AND_CONTROLLING, Severity.HIGH,
      AbuseType.HARASSMENT_AND_STALKING, Severity.MODERATE));

  CaseFile opened() {
    return casework.open("C-0001", REFERRED, 31, measures(REFERRED.plusDays(1), 15, AT_INTAKE)).caseFile();
  }

  private static SafetyAction action(String id, ActionStatus status) {
    return SafetyAction.builder().id(id).category(ActionCategory.HOME_SECURITY).owner(Agency.HOUSING)
        .due(REFERRED.plusDays(14)).reviewOn(REFERRED.plusDays(28)).status(status).build();
  }

  /**
   * A case may open without a completed checklist and be assessed later; police referrals often
   * arrive without one (issue 11, "Cases without a checklist"), and without the victim's age.
   */
  @Test
  void aReferralWithoutChecklistOrAgeOpensIsScreenedOnWhatIsKnownAndIsAssessedLater() {
    CaseChange open = casework.open("C-0002", REFERRED);
    assertEquals(casework.open("C-0002", REFERRED, OptionalInt.empty(), Optional.empty()), open, "the short form opens with neither");
    CaseFile c = open.caseFile();
    assertEquals(Optional.empty(), c.intake());
    assertEquals(OptionalInt.empty(), c.victimAge());
    CaseOpened opening = (CaseOpened) open.events().get(0);
    assertEquals(Optional.empty(), opening.intake());
    assertEquals(Optional.empty(), c.latestAssessment());

    for (int day = 1; day <= 3; day++) {
      c = casework.recordIncident(c, Incident.of(REFERRED.plusDays(day), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE)).caseFile();
    }
    MaracDecision decision = casework.screenForMarac(c, REFERRED.plusDays(4)).decision();
    assertEquals(MaracOutcome.REFER_TO_MARAC, decision.outcome(), "three police call-outs escalate without a checklist");
    assertTrue(decision.notes().stream().anyMatch(n -> n.startsWith("no checklist completed")), decision.notes().toString());
    assertTrue(decision.notes().stream().anyMatch(n -> n.startsWith("age not recorded: screened as an adult")), decision.notes().toString());

    CaseFile unassessed = c;
    CaseRuleException noIntake = assertThrows(CaseRuleException.class, () -> casework.recordReview(unassessed,
        Review.builder().kind(ReviewKind.INTERIM).measures(measures(REFERRED.plusDays(20), 10, AT_INTAKE)).build()));
    assertEquals("intake", noIntake.field());
    assertEquals("intake", assertThrows(CaseRuleException.class, () -> casework.outcome(unassessed)).field());
    assertEquals("intake.on", assertThrows(CaseRuleException.class,
        () -> casework.recordIntake(unassessed, measures(REFERRED.minusDays(1), 15, AT_INTAKE))).field());
    assertEquals(Optional.empty(), unassessed.intake(), "refused calls leave the case as it was");

    CaseChange assessed = casework.recordIntake(c, measures(REFERRED.plusDays(6), 15, AT_INTAKE));
    IntakeRecorded event = (IntakeRecorded) assessed.events().get(0);
    assertEquals(CaseEventType.INTAKE_RECORDED, event.type());
    assertEquals(c.revision() + 1, event.revision());
    c = assessed.caseFile();
    assertEquals(REFERRED.plusDays(6), c.intake().orElseThrow().on());
    assertEquals(Optional.empty(), c.assessmentOn(REFERRED.plusDays(5)), "nothing assessed before the checklist was done");
    assertEquals(RiskLevel.HIGH, c.assessmentOn(REFERRED.plusDays(6)).orElseThrow().level().orElseThrow());
    CaseFile withIntake = c;
    assertEquals("intake", assertThrows(CaseRuleException.class,
        () -> casework.recordIntake(withIntake, measures(REFERRED.plusDays(7), 12, AT_INTAKE))).field(), "later measures are a review");
    assertEquals(RiskLevel.HIGH, casework.outcome(c).levelAtIntake());
    assertEquals(REFERRED.plusDays(6), event.on());

    CaseFile closedUnassessed = casework.close(unassessed, Closure.of(REFERRED.plusDays(8), ClosureReason.SUPPORT_COMPLETED)).caseFile();
    assertEquals("intake", assertThrows(CaseRuleException.class,
        () -> casework.recordIntake(closedUnassessed, measures(REFERRED.plusDays(8), 15, AT_INTAKE))).field(), "nothing is recorded on a closed case");
    assertEquals("intake.on", assertThrows(InvalidInputException.class,
        () -> casework.close(withIntake, Closure.of(REFERRED.plusDays(5), ClosureReason.SUPPORT_COMPLETED))).field(),
        "a case cannot close before its intake");
  }

  @Test
  void aFullCaseRunsFromReferralToClosureAndEveryCommandReturnsItsEvents() {
    CaseChange open = casework.open("C-0001", REFERRED, 31, measures(REFERRED.plusDays(1), 15, AT_INTAKE));
    assertEquals(1, open.caseFile().revision());
    assertTrue(open.events().get(0) instanceof CaseOpened);
    CaseFile c = open.caseFile();

    c = casework.recordConsent(c, Consent.builder().recordedOn(REFERRED.plusDays(1)).method(ConsentMethod.WRITTEN)
        .contactAgreed(true).shareWith(Set.of(Agency.POLICE, Agency.HOUSING)).build()).caseFile();
    c = casework.reviseSafetyPlan(c, REFERRED.plusDays(2), List.of(action("locks", ActionStatus.OPEN))).caseFile();
    c = casework.reviseSafetyPlan(c, REFERRED.plusDays(20), List.of(action("locks", ActionStatus.DONE))).caseFile();
    c = casework.startIntervention(c, intervention("i1", StandardInterventions.SAFETY_PLANNING, 2)).caseFile();
    c = casework.startIntervention(c, intervention("i2", StandardInterventions.TARGET_HARDENING, 5)).caseFile();
    c = casework.startIntervention(c, intervention("i3", StandardInterventions.HOUSING, 9)).caseFile();
    c = casework.endIntervention(c, "i2", REFERRED.plusDays(30), InterventionResult.ACHIEVED).caseFile();
    for (int week = 0; week < 7; week++) {
      LocalDate on = REFERRED.plusDays(3 + 7 * week);
      // the named forms and the flag make the same contact; six significant ones, one routine
      Contact contact = week != 3 ? Contact.significant(on, ContactChannel.PHONE) : Contact.routine(on, ContactChannel.PHONE);
      assertEquals(Contact.of(on, ContactChannel.PHONE, week != 3), contact);
      c = casework.recordContact(c, contact).caseFile();
    }
    c = casework.recordIncident(c, Incident.of(REFERRED.plusDays(40), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE)).caseFile();

    MaracScreening screened = casework.screenForMarac(c, REFERRED.plusDays(41));
    assertEquals(MaracOutcome.REFER_TO_MARAC, screened.decision().outcome());
    assertTrue(screened.events().get(0) instanceof MaracReferralMade);
    // code that handles every command as a CaseChange finds the same decision
    assertEquals(Optional.of(screened.decision()), ((CaseChange) screened).maracDecision());
    c = screened.caseFile();
    c = casework.setMaracMeeting(c, REFERRED.plusDays(41), REFERRED.plusDays(55)).caseFile();
    c = casework.share(c, REFERRED.plusDays(50), Agency.POLICE).caseFile();
    c = casework.shareWithoutConsent(c, REFERRED.plusDays(50), Agency.CHILDREN_SOCIAL_CARE, SharingReason.SAFEGUARDING_A_CHILD).caseFile();

    AbuseProfile atReview = AbuseProfile.of(Map.of(AbuseType.HARASSMENT_AND_STALKING, Severity.MODERATE));
    c = casework.recordReview(c, Review.builder().kind(ReviewKind.CLOSURE).measures(measures(REFERRED.plusDays(90), 6, atReview))
        .putAnswers(OutcomeQuestion.FEELS_SAFER, OutcomeAnswer.YES)
        .putAnswers(OutcomeQuestion.RISK_REDUCED, OutcomeAnswer.YES).build()).caseFile();
    c = casework.endIntervention(c, "i1", REFERRED.plusDays(91), InterventionResult.ACHIEVED).caseFile();
    c = casework.endIntervention(c, "i3", REFERRED.plusDays(91), InterventionResult.PARTLY_ACHIEVED).caseFile();
    CaseChange closed = casework.close(c, Closure.of(REFERRED.plusDays(92), ClosureReason.SUPPORT_COMPLETED));
    assertTrue(closed.events().get(0) instanceof CaseClosed);
    c = closed.caseFile();

    assertTrue(c.closed());
    assertEquals(2, c.safetyPlans().size(), "every version of the plan is kept");
    assertEquals(ActionStatus.OPEN, c.safetyPlans().get(0).actions().get(0).status());
    assertEquals(6, c.significantContacts());
    assertEquals(List.of(MaracRoute.VISIBLE_HIGH_RISK), c.maracReferrals().get(0).routes());
    assertEquals(REFERRED.plusDays(55), c.maracReferrals().get(0).meetingOn().orElseThrow());
    InformationSharing withoutConsent = c.sharing().get(1);
    assertFalse(withoutConsent.withConsent());
    assertEquals(SharingReason.SAFEGUARDING_A_CHILD, withoutConsent.reasonWithoutConsent().orElseThrow());
    // open, consent, 2 plans, 3 starts, 3 ends, 7 contacts, incident, referral, meeting, 2 sharings, review, closure
    assertEquals(24, c.revision(), "one revision per command");

    CaseOutcome outcome = casework.outcome(c);
    assertEquals(4, outcome.interventions(), "three kinds mobilised, and the MARAC referral counts as the fourth");
    assertEquals(6, outcome.significantContacts());
    assertEquals(RiskLevel.HIGH, outcome.levelAtIntake());
    assertEquals(RiskLevel.STANDARD, outcome.levelAtReview().orElseThrow());
    assertEquals(true, outcome.ceased(AbuseType.PHYSICAL).orElseThrow());
    assertEquals(false, outcome.ceased(AbuseType.HARASSMENT_AND_STALKING).orElseThrow());
    assertEquals(false, outcome.totalCessation().orElseThrow());
    assertEquals(OutcomeAnswer.YES, outcome.answer(OutcomeQuestion.FEELS_SAFER));
    assertEquals(OutcomeAnswer.NOT_RECORDED, outcome.answer(OutcomeQuestion.COPING_IMPROVED));
  }

  /**
   * An intervention the victim declined, or that was not available, stays on the record but is not
   * counted among those mobilised (<i>Safety in Numbers</i>, CAADA, 2009, Table 4 and Figure 8 count
   * interventions received), so it never moves a case into a higher intervention band.
   */
  @Test
  void declinedAndUnavailableInterventionsAreRecordedButNotCounted() {
    CaseFile c = opened();
    c = casework.startIntervention(c, intervention("i1", StandardInterventions.SAFETY_PLANNING, 2)).caseFile();
    c = casework.startIntervention(c, intervention("i2", StandardInterventions.TARGET_HARDENING, 3)).caseFile();
    c = casework.startIntervention(c, intervention("i3", StandardInterventions.HOUSING, 4)).caseFile();
    c = casework.startIntervention(c, intervention("i4", StandardInterventions.HOUSING, 5)).caseFile();
    assertEquals(3, c.interventionKinds(), "ongoing interventions count, each kind once");
    c = casework.endIntervention(c, "i2", REFERRED.plusDays(3), InterventionResult.DECLINED_BY_VICTIM).caseFile();
    c = casework.endIntervention(c, "i3", REFERRED.plusDays(6), InterventionResult.NOT_AVAILABLE).caseFile();
    assertEquals(2, c.interventionKinds(), "housing still counts through i4; target hardening was declined");
    c = casework.endIntervention(c, "i4", REFERRED.plusDays(7), InterventionResult.NOT_ACHIEVED).caseFile();
    assertEquals(2, c.interventionKinds(), "an intervention received counts whatever it achieved");
    assertEquals(4, c.interventions().size(), "every intervention stays on the record");
    assertEquals(InterventionResult.DECLINED_BY_VICTIM, c.intervention("i2").orElseThrow().result());
    assertEquals(2, casework.outcome(c).interventions());
    for (InterventionResult result : InterventionResult.values()) {
      assertEquals(result != InterventionResult.DECLINED_BY_VICTIM && result != InterventionResult.NOT_AVAILABLE, result.received(),
          result.name());
    }
  }

  static Intervention intervention(String id, String kind, int startDay) {
    return Intervention.builder().id(id).kind(kind).start(REFERRED.plusDays(startDay)).build();
  }

  /**
   * Runs a command that must be refused. The snapshot cannot change (see
   * {@link #aCaseSnapshotCannotBeChangedInPlace}); what matters is that the command is refused
   * with a typed error naming a field, and returns nothing to persist.
   */
  static InvalidInputException refused(CaseFile before, Supplier<CaseChange> command) {
    InvalidInputException e = assertThrows(InvalidInputException.class, command::get);
    assertTrue(e.field() != null && !e.field().isBlank(), e.getMessage());
    return e;
  }

  @Test
  void aCaseSnapshotCannotBeChangedInPlace() throws Exception {
    CaseFile c = opened();
    for (java.lang.reflect.Field field : c.getClass().getDeclaredFields()) {
      if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
        assertTrue(java.lang.reflect.Modifier.isFinal(field.getModifiers()), "mutable field " + field.getName());
      }
    }
    assertThrows(UnsupportedOperationException.class, () -> c.contacts().add(Contact.significant(REFERRED, ContactChannel.PHONE)));
    assertThrows(UnsupportedOperationException.class, () -> c.interventions().add(intervention("x", StandardInterventions.GP, 1)));
  }

  @Test
  void aReviewDatedBeforeIntakeIsRefused() {
    CaseFile c = opened();
    Review early = Review.builder().kind(ReviewKind.INTERIM).measures(measures(REFERRED, 3, AbuseProfile.none())).build();
    InvalidInputException e = refused(c, () -> casework.recordReview(c, early));
    assertEquals("reviews.on", e.field());
    assertEquals(REFERRED.toString(), e.value());
  }

  @Test
  void aSecondClosureIsRefused() {
    CaseFile c = casework.close(opened(), Closure.of(REFERRED.plusDays(5), ClosureReason.VICTIM_DISENGAGED)).caseFile();
    InvalidInputException e = refused(c, () -> casework.close(c, Closure.of(REFERRED.plusDays(6), ClosureReason.OTHER)));
    assertEquals("closure", e.field());
    assertTrue(e.rule().contains("already closed"), e.rule());
  }

  @Test
  void anInterventionThatEndsBeforeItStartsIsRefused() {
    CaseFile c = casework.startIntervention(opened(), intervention("i1", StandardInterventions.HOUSING, 10)).caseFile();
    InvalidInputException e = refused(c, () -> casework.endIntervention(c, "i1", REFERRED.plusDays(9), InterventionResult.ACHIEVED));
    assertEquals("intervention.end", e.field());
    assertThrows(InvalidInputException.class, () -> Intervention.builder().id("x").kind("gp").start(REFERRED)
        .end(REFERRED.minusDays(1)).result(InterventionResult.ACHIEVED).build());
  }

  @Test
  void anInterventionEndsOnceAndOnlyWithAResult() {
    CaseFile c = casework.endIntervention(casework.startIntervention(opened(), intervention("i1", StandardInterventions.GP, 3)).caseFile(),
        "i1", REFERRED.plusDays(8), InterventionResult.PARTLY_ACHIEVED).caseFile();
    assertEquals("intervention.end", refused(c, () -> casework.endIntervention(c, "i1", REFERRED.plusDays(9), InterventionResult.ACHIEVED)).field());
    assertEquals("intervention.id", refused(c, () -> casework.endIntervention(c, "nope", REFERRED.plusDays(9), InterventionResult.ACHIEVED)).field());
    CaseFile d = casework.startIntervention(c, intervention("i2", StandardInterventions.GP, 3)).caseFile();
    assertEquals("intervention.result", refused(d, () -> casework.endIntervention(d, "i2", REFERRED.plusDays(9), InterventionResult.ONGOING)).field());
  }

  @Test
  void aContactOnAClosedCaseIsRefused() {
    CaseFile c = casework.close(opened(), Closure.of(REFERRED.plusDays(5), ClosureReason.SUPPORT_COMPLETED)).caseFile();
    InvalidInputException e = refused(c, () -> casework.recordContact(c, Contact.significant(REFERRED.plusDays(4), ContactChannel.PHONE)));
    assertEquals("contact", e.field());
    assertTrue(e.rule().contains("closed"), e.rule());
  }

  @Test
  void anInterventionOfAKindNotInTheCatalogueIsRefused() {
    CaseFile c = opened();
    InvalidInputException e = refused(c, () -> casework.startIntervention(c, intervention("i1", "astrology", 2)));
    assertEquals("intervention.kind", e.field());
    assertEquals("astrology", e.value());
  }

  @Test
  void twoInterventionsWithOneIdAreRefused() {
    CaseFile c = casework.startIntervention(opened(), intervention("i1", StandardInterventions.GP, 2)).caseFile();
    assertEquals("intervention.id", refused(c, () -> casework.startIntervention(c, intervention("i1", StandardInterventions.REFUGE, 3))).field());
  }

  @Test
  void aContactAfterTheVictimWithdrewConsentToContactIsRefused() {
    CaseFile c = casework.recordConsent(opened(), Consent.builder().recordedOn(REFERRED.plusDays(3)).method(ConsentMethod.VERBAL)
        .contactAgreed(false).build()).caseFile();
    assertEquals("contact.on", refused(c, () -> casework.recordContact(c, Contact.significant(REFERRED.plusDays(4), ContactChannel.PHONE))).field());
  }

  @Test
  void sharingWithoutConsentNeedsAReasonAndSharingWithConsentNeedsNone() {
    CaseFile c = casework.recordConsent(opened(), Consent.builder().recordedOn(REFERRED.plusDays(1)).method(ConsentMethod.WRITTEN)
        .contactAgreed(true).shareWith(Set.of(Agency.HEALTH)).build()).caseFile();
    assertEquals("sharing.with", refused(c, () -> casework.share(c, REFERRED.plusDays(2), Agency.POLICE)).field());
    assertEquals("sharing.reasonWithoutConsent", refused(c,
        () -> casework.shareWithoutConsent(c, REFERRED.plusDays(2), Agency.HEALTH, SharingReason.RISK_OF_SERIOUS_HARM)).field());
    CaseFile shared = casework.shareWithoutConsent(c, REFERRED.plusDays(2), Agency.POLICE, SharingReason.RISK_OF_SERIOUS_HARM).caseFile();
    assertEquals(SharingReason.RISK_OF_SERIOUS_HARM, shared.sharing().get(0).reasonWithoutConsent().orElseThrow());
  }

  @Test
  void sharingBeforeAnyConsentWasRecordedIsWithoutConsent() {
    CaseFile c = opened();
    assertEquals("sharing.with", refused(c, () -> casework.share(c, REFERRED.plusDays(2), Agency.HOUSING)).field());
  }

  @Test
  void aPlanRevisionDatedBeforeTheCurrentVersionIsRefused() {
    CaseFile c = casework.reviseSafetyPlan(opened(), REFERRED.plusDays(10), List.of()).caseFile();
    assertEquals("safetyPlan.revisedOn", refused(c, () -> casework.reviseSafetyPlan(c, REFERRED.plusDays(9), List.of())).field());
  }

  @Test
  void screeningBeforeTheCaseOpenedIsRefused() {
    CaseFile c = opened();
    assertEquals("asOf", refused(c, () -> casework.screenForMarac(c, REFERRED.minusDays(1))).field());
  }

  @Test
  void aLaterIncidentWithinTwelveMonthsOfTheCasesReferralIsARepeat() {
    CaseFile c = casework.screenForMarac(opened(), REFERRED.plusDays(1)).caseFile();
    assertEquals(1, c.maracReferrals().size());
    CaseFile later = casework.recordIncident(c, Incident.of(REFERRED.plusMonths(6), IncidentType.STALKING_OR_HARASSMENT, Agency.HOUSING)).caseFile();
    MaracScreening again = casework.screenForMarac(later, REFERRED.plusMonths(6).plusDays(1));
    assertTrue(again.decision().firedRoutes().contains(MaracRoute.REPEAT), again.decision().explain());
    assertEquals(2, again.caseFile().maracReferrals().size());
  }

  @Test
  void aScreenThatDoesNotReferChangesNothingButReturnsTheDecision() {
    CaseFile low = casework.open("C-2", REFERRED, 40, measures(REFERRED, 2, AT_INTAKE)).caseFile();
    MaracScreening screened = casework.screenForMarac(low, REFERRED.plusDays(3));
    assertEquals(MaracOutcome.NO_REFERRAL, screened.decision().outcome());
    assertEquals(low, screened.caseFile());
    assertTrue(screened.events().isEmpty());
  }

  @Test
  void aCaseRebuiltFromStorageIsCheckedAgainstTheSameRules() {
    CaseFile c = opened();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> CaseFile.builder().from(c)
        .addContacts(Contact.routine(REFERRED.minusDays(3), ContactChannel.LETTER)).build());
    assertEquals("contacts.on", e.field());
  }

  @Test
  void aCaseWithoutAReviewHasNoOutcomeAtT2() {
    CaseOutcome outcome = casework.outcome(opened());
    assertTrue(outcome.abuseAtReview().isEmpty());
    assertTrue(outcome.totalCessation().isEmpty());
    assertTrue(outcome.ceased(AbuseType.PHYSICAL).isEmpty());
  }

  @Test
  void theCaseRulesAreRefusedAsCaseRuleExceptions() {
    CaseFile c = casework.startIntervention(opened(), intervention("i1", StandardInterventions.HOUSING, 10)).caseFile();
    assertThrows(CaseRuleException.class, () -> casework.endIntervention(c, "i1", REFERRED.plusDays(9), InterventionResult.ACHIEVED));
    Review early = Review.builder().kind(ReviewKind.INTERIM).measures(measures(REFERRED, 3, AbuseProfile.none())).build();
    assertThrows(CaseRuleException.class, () -> casework.recordReview(c, early));
  }

  @Test
  void aBackdatedScreenUsesTheAssessmentInForceThenNotALaterReview() {
    CaseFile low = casework.open("C-3", REFERRED, 40, measures(REFERRED, 2, AT_INTAKE)).caseFile();
    CaseFile reviewed = casework.recordReview(low, Review.builder().kind(ReviewKind.INTERIM)
        .measures(measures(REFERRED.plusDays(60), 15, AT_INTAKE)).build()).caseFile();
    assertEquals(MaracOutcome.NO_REFERRAL, casework.screenForMarac(reviewed, REFERRED.plusDays(10)).decision().outcome());
    assertEquals(MaracOutcome.REFER_TO_MARAC, casework.screenForMarac(reviewed, REFERRED.plusDays(61)).decision().outcome());
  }

  @Test
  void aCaseAlreadyReferredIsNotReferredAgainWithoutANewQualifyingIncident() {
    CaseFile once = casework.screenForMarac(opened(), REFERRED.plusDays(1)).caseFile();
    MaracScreening sameDay = casework.screenForMarac(once, REFERRED.plusDays(1));
    assertTrue(sameDay.events().isEmpty());
    MaracScreening aWeekLater = casework.screenForMarac(once, REFERRED.plusDays(8));
    assertEquals(MaracOutcome.REFER_TO_MARAC, aWeekLater.decision().outcome(), "the decision still says MARAC");
    assertEquals(1, aWeekLater.caseFile().maracReferrals().size(), "but the case is already referred");
    CaseFile incident = casework.recordIncident(once, Incident.of(REFERRED.plusDays(20), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE)).caseFile();
    assertEquals(2, casework.screenForMarac(incident, REFERRED.plusDays(21)).caseFile().maracReferrals().size(), "a repeat is referred again");
  }

  @Test
  void aChildsCaseIsRecordedAsAReferralToChildrensSafeguardingNotAMaracReferral() {
    CaseFile child = casework.open("C-4", REFERRED, 15, measures(REFERRED, 16, AT_INTAKE)).caseFile();
    MaracScreening screened = casework.screenForMarac(child, REFERRED.plusDays(1));
    assertEquals(MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING, screened.caseFile().maracReferrals().get(0).outcome());
    assertEquals(1, screened.events().size());
    assertTrue(screened.caseFile().lastReferral().isEmpty(), "not a MARAC referral, so no repeat window");
  }

  @Test
  void closingIsRefusedWhileAnInterventionIsOngoingOrDatedBeforeLaterRecords() {
    CaseFile ongoing = casework.startIntervention(opened(), intervention("i1", StandardInterventions.GP, 3)).caseFile();
    assertEquals("closure", refused(ongoing, () -> casework.close(ongoing, Closure.of(REFERRED.plusDays(50), ClosureReason.OTHER))).field());
    CaseFile planned = casework.reviseSafetyPlan(opened(), REFERRED.plusDays(40), List.of()).caseFile();
    assertEquals("safetyPlans.revisedOn",
        refused(planned, () -> casework.close(planned, Closure.of(REFERRED.plusDays(5), ClosureReason.OTHER))).field());
  }

  @Test
  void aContactIsCheckedAgainstTheConsentInForceOnItsDate() {
    CaseFile c = casework.recordConsent(opened(), Consent.builder().recordedOn(REFERRED.plusDays(3)).method(ConsentMethod.VERBAL)
        .contactAgreed(false).build()).caseFile();
    CaseFile again = casework.recordConsent(c, Consent.builder().recordedOn(REFERRED.plusDays(20)).method(ConsentMethod.VERBAL)
        .contactAgreed(true).build()).caseFile();
    assertEquals("contact.on", refused(again, () -> casework.recordContact(again, Contact.significant(REFERRED.plusDays(10), ContactChannel.PHONE))).field());
    assertEquals(1, casework.recordContact(again, Contact.significant(REFERRED.plusDays(21), ContactChannel.PHONE)).caseFile().contacts().size());
  }

  @Test
  void sharingDatedBeforeTheReferralIsRefused() {
    CaseFile c = opened();
    assertEquals("sharing.on", refused(c,
        () -> casework.shareWithoutConsent(c, REFERRED.minusYears(3), Agency.POLICE, SharingReason.RISK_OF_SERIOUS_HARM)).field());
  }

  @Test
  void theOpeningEventCarriesWhatRebuildsTheCaseAndEveryEventATypeTag() {
    CaseChange open = casework.open("C-5", REFERRED, 31, measures(REFERRED.plusDays(1), 15, AT_INTAKE));
    CaseOpened opening = (CaseOpened) open.events().get(0);
    assertEquals(REFERRED, opening.on());
    assertEquals(OptionalInt.of(31), opening.victimAge());
    assertEquals(org.safeguard.core.casework.CaseEventType.CASE_OPENED, opening.type());
    assertEquals(org.safeguard.core.casework.CaseEventType.CONTACT_RECORDED, casework.recordContact(open.caseFile(),
        Contact.significant(REFERRED.plusDays(2), ContactChannel.PHONE)).events().get(0).type());
  }
}
