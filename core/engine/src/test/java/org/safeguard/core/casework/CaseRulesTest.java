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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.safeguard.model.MissingValueException;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.OutcomePoint;
import org.safeguard.core.Casework;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.InvalidInputException;

/**
 * The rules a case snapshot is checked against however it was made, by a command or rebuilt from
 * storage: each names the field that breaks it; and the commands' own rules at their edges.
 */
class CaseRulesTest {
  static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);
  private final Safeguard engine = Fixtures.engine();
  private final Casework casework = engine.casework();

  private Assessment scoring(int yes) {
    return Fixtures.scoring(engine, yes);
  }

  private Measures measures(LocalDate on, int yes) {
    return Measures.builder().on(on).assessment(scoring(yes)).abuse(AbuseProfile.none()).build();
  }

  private CaseFile opened() {
    return casework.open("C-0200", REFERRED, 33, measures(REFERRED.plusDays(1), 5)).caseFile();
  }

  private static Intervention ended(String id, LocalDate start, LocalDate end) {
    return Intervention.builder().id(id).kind(StandardInterventions.GP).start(start).end(end).result(InterventionResult.ACHIEVED).build();
  }

  private static SafetyAction action(String id) {
    return SafetyAction.builder().id(id).category(ActionCategory.HOME_SECURITY).owner(Agency.HOUSING)
        .due(REFERRED.plusDays(14)).reviewOn(REFERRED.plusDays(28)).build();
  }

  private static Consent consent(LocalDate on) {
    return Consent.builder().recordedOn(on).method(ConsentMethod.WRITTEN).contactAgreed(true).shareWith(Set.of(Agency.POLICE)).build();
  }

  /** Builds the snapshot {@code change} makes of an open case, expecting the refusal to name {@code field}. */
  private InvalidInputException snapshotRefused(String field, UnaryOperator<CaseFile.Builder> change) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> change.apply(CaseFile.builder().from(opened())).build());
    assertEquals(field, e.field(), e.getMessage());
    return e;
  }

  @Test
  void aSnapshotHasAnIdAnAgeFrom0To130AndARevisionFrom1() {
    snapshotRefused("caseId", b -> b.caseId(" "));
    snapshotRefused("victimAge", b -> b.victimAge(-1));
    snapshotRefused("victimAge", b -> b.victimAge(131));
    snapshotRefused("revision", b -> b.revision(0));
    snapshotRefused("reviews", b -> b.intake(Optional.empty()).addReviews(Review.builder().kind(ReviewKind.CLOSURE).measures(measures(REFERRED.plusDays(30), 5)).build()));
    // intake records every type of abuse; only a review may leave one not recorded
    AbuseProfile unrecorded = AbuseProfile.of(java.util.Map.of(), Set.of(AbuseType.HARASSMENT_AND_STALKING));
    snapshotRefused("intake.abuse.notRecorded", b -> b.intake(Measures.builder().from(measures(REFERRED.plusDays(1), 5)).abuse(unrecorded).build()));
    assertEquals(OptionalInt.of(0), CaseFile.builder().from(opened()).victimAge(0).build().victimAge());
    assertEquals(OptionalInt.of(130), CaseFile.builder().from(opened()).victimAge(130).build().victimAge());
  }

  @Test
  void noRecordOfASnapshotIsDatedBeforeTheReferral() {
    LocalDate early = REFERRED.minusDays(1);
    snapshotRefused("intake.on", b -> b.intake(measures(early, 5)));
    snapshotRefused("safetyPlans.revisedOn", b -> b.addSafetyPlans(SafetyPlan.builder().version(1).revisedOn(early).build()));
    snapshotRefused("interventions.start", b -> b.addInterventions(ended("i1", early, REFERRED)));
    snapshotRefused("maracReferrals.referredOn", b -> b.addMaracReferrals(MaracReferral.builder().referredOn(early).build()));
    snapshotRefused("consents.recordedOn", b -> b.addConsents(consent(early)));
    snapshotRefused("reviews.on", b -> b.addReviews(Review.builder().kind(ReviewKind.INTERIM).measures(measures(REFERRED, 5)).build()));
  }

  @Test
  void recordsDatedOnTheReferralDayItselfAreAccepted() {
    CaseFile c = CaseFile.builder().from(opened())
        .addSafetyPlans(SafetyPlan.builder().version(1).revisedOn(REFERRED).build())
        .addInterventions(ended("i1", REFERRED, REFERRED))
        .addMaracReferrals(MaracReferral.builder().referredOn(REFERRED).build())
        .addConsents(consent(REFERRED))
        .addContacts(Contact.significant(REFERRED, ContactChannel.PHONE))
        .closure(Closure.of(REFERRED, ClosureReason.OTHER))
        .intake(measures(REFERRED, 5))
        .build();
    assertTrue(c.closed());
  }

  @Test
  void planVersionsRunOneTwoThreeInOrder() {
    InvalidInputException e = snapshotRefused("safetyPlans.version", b -> b
        .addSafetyPlans(SafetyPlan.builder().version(1).revisedOn(REFERRED).build())
        .addSafetyPlans(SafetyPlan.builder().version(3).revisedOn(REFERRED).build()));
    assertEquals("3", e.value());
    assertTrue(e.rule().contains("expected 2"), e.rule());
    snapshotRefused("safetyPlans.version", b -> b.addSafetyPlans(SafetyPlan.builder().version(2).revisedOn(REFERRED).build()));
  }

  @Test
  void interventionIdsAreUniqueWithinACase() {
    InvalidInputException e = snapshotRefused("interventions.id", b -> b
        .addInterventions(ended("i1", REFERRED, REFERRED.plusDays(1)), ended("i1", REFERRED, REFERRED.plusDays(2))));
    assertEquals("i1", e.value());
  }

  @Test
  void aCaseHasAtMostOneClosureReview() {
    Review closing = Review.builder().kind(ReviewKind.CLOSURE).measures(measures(REFERRED.plusDays(30), 5)).build();
    CaseFile one = CaseFile.builder().from(opened()).addReviews(closing).build();
    assertEquals(Optional.of(closing), one.outcomeReview());
    snapshotRefused("reviews.kind", b -> b.addReviews(closing, closing));
  }

  /**
   * T2 is read "either at the closure of a case or after four months of engagement with the service
   * ... (whichever came first)" (<i>Safety in Numbers</i>, CAADA, 2009, "How was the evaluation
   * conducted?"); the Insights exit point reads it at closure alone. Intake here is on day 1.
   */
  @Test
  void t2IsTheClosureOrTheFourMonthReviewWhicheverCameFirstOrTheClosureAloneAtTheExitPoint() {
    LocalDate intake = REFERRED.plusDays(1);
    Review early = Review.builder().kind(ReviewKind.INTERIM).measures(measures(intake.plusMonths(2), 7)).build();
    Review dayBefore = Review.builder().kind(ReviewKind.INTERIM).measures(measures(intake.plusMonths(4).minusDays(1), 8)).build();
    Review fourMonths = Review.builder().kind(ReviewKind.INTERIM).measures(measures(intake.plusMonths(4), 9)).build();
    Review later = Review.builder().kind(ReviewKind.INTERIM).measures(measures(intake.plusMonths(5), 6)).build();
    Review closing = Review.builder().kind(ReviewKind.CLOSURE).measures(measures(intake.plusMonths(6), 5)).build();
    CaseFile reviewed = CaseFile.builder().from(opened()).addReviews(closing, later, fourMonths, dayBefore, early).build();
    assertEquals(Optional.of(fourMonths), reviewed.outcomeReview(), "the four-month review came before closure");
    assertEquals(Optional.of(fourMonths), reviewed.outcomeReview(OutcomePoint.CLOSURE_OR_FOUR_MONTHS));
    assertEquals(Optional.of(closing), reviewed.outcomeReview(OutcomePoint.CASE_CLOSURE));

    Review closedEarly = Review.builder().kind(ReviewKind.CLOSURE).measures(measures(intake.plusMonths(3), 5)).build();
    CaseFile shortCase = CaseFile.builder().from(opened()).addReviews(early, closedEarly).build();
    assertEquals(Optional.of(closedEarly), shortCase.outcomeReview(), "closure before four months is T2");
    assertEquals(Optional.of(closedEarly), shortCase.outcomeReview(OutcomePoint.CASE_CLOSURE));

    CaseFile stillOpen = CaseFile.builder().from(opened()).addReviews(early, dayBefore).build();
    assertEquals(Optional.empty(), stillOpen.outcomeReview(), "a review before four months is not T2");
    CaseFile open = CaseFile.builder().from(opened()).addReviews(later).build();
    assertEquals(Optional.of(later), open.outcomeReview());
    assertEquals(Optional.empty(), open.outcomeReview(OutcomePoint.CASE_CLOSURE), "an open case has no exit measures yet");
    assertEquals(Optional.empty(), opened().outcomeReview());

    CaseOutcome exit = casework.outcome(reviewed, OutcomePoint.CASE_CLOSURE);
    assertEquals(OutcomePoint.CASE_CLOSURE, exit.outcomePoint());
    assertEquals(closing.measures().abuse(), exit.abuseAtReview().orElseThrow());
    assertEquals(OutcomePoint.CLOSURE_OR_FOUR_MONTHS, casework.outcome(reviewed).outcomePoint());
    assertEquals(fourMonths.measures().level(), casework.outcome(reviewed).levelAtReview().orElseThrow());
    assertEquals("point", assertThrows(MissingValueException.class, () -> reviewed.outcomeReview(null)).field());
  }

  @Test
  void aClosedSnapshotHasNoRecordDatedAfterItsClosure() {
    LocalDate closedOn = REFERRED.plusDays(30);
    LocalDate after = closedOn.plusDays(1);
    Closure closure = Closure.of(closedOn, ClosureReason.SUPPORT_COMPLETED);
    snapshotRefused("closure.on", b -> b.closure(Closure.of(REFERRED.minusDays(1), ClosureReason.OTHER)));
    snapshotRefused("contacts.on", b -> b.closure(closure).addContacts(Contact.significant(after, ContactChannel.PHONE)));
    snapshotRefused("reviews.on", b -> b.closure(closure).addReviews(Review.builder().kind(ReviewKind.INTERIM).measures(measures(after, 3)).build()));
    snapshotRefused("interventions.start", b -> b.closure(closure).addInterventions(ended("i1", after, after)));
    snapshotRefused("interventions.end", b -> b.closure(closure).addInterventions(ended("i1", REFERRED, after)));
    snapshotRefused("safetyPlans.revisedOn", b -> b.closure(closure).addSafetyPlans(SafetyPlan.builder().version(1).revisedOn(after).build()));
    snapshotRefused("maracReferrals.referredOn", b -> b.closure(closure).addMaracReferrals(MaracReferral.builder().referredOn(after).build()));
    snapshotRefused("consents.recordedOn", b -> b.closure(closure).addConsents(consent(after)));
    snapshotRefused("sharing.on", b -> b.closure(closure).addSharing(InformationSharing.builder().on(after).with(Agency.POLICE)
        .withConsent(false).reasonWithoutConsent(SharingReason.RISK_OF_SERIOUS_HARM).build()));
    snapshotRefused("incidents.date", b -> b.closure(closure).addIncidents(Incident.of(after, IncidentType.OTHER_ABUSE, Agency.HEALTH)));
  }

  @Test
  void aClosedSnapshotHasEveryInterventionEnded() {
    InvalidInputException e = snapshotRefused("interventions.end", b -> b.closure(Closure.of(REFERRED.plusDays(30), ClosureReason.OTHER))
        .addInterventions(Intervention.builder().id("i9").kind(StandardInterventions.GP).start(REFERRED).build()));
    assertEquals("i9", e.value());
  }

  @Test
  void anInterventionEndsWithAResultAndOnlyAnOngoingOneHasNone() {
    Intervention.Builder started = Intervention.builder().id("i1").kind(StandardInterventions.GP).start(REFERRED);
    assertEquals(InterventionResult.ONGOING, Intervention.builder().from(started.build()).build().result());
    assertEquals("intervention.result", assertThrows(InvalidInputException.class,
        () -> Intervention.builder().id("i1").kind(StandardInterventions.GP).start(REFERRED).end(REFERRED).build()).field());
    assertEquals("intervention.result", assertThrows(InvalidInputException.class,
        () -> Intervention.builder().id("i1").kind(StandardInterventions.GP).start(REFERRED).result(InterventionResult.ACHIEVED).build()).field());
    assertEquals("intervention.end", assertThrows(InvalidInputException.class,
        () -> Intervention.builder().id("i1").kind(StandardInterventions.GP).start(REFERRED).end(LocalDate.of(2200, 1, 1))
            .result(InterventionResult.ACHIEVED).build()).field());
    assertEquals(REFERRED, ended("i1", REFERRED, REFERRED).end().orElseThrow(), "an intervention may end the day it starts");
  }

  @Test
  void endingAnInterventionAsOngoingIsACaseRule() {
    CaseFile c = casework.startIntervention(opened(), Intervention.builder().id("i1").kind(StandardInterventions.GP)
        .start(REFERRED.plusDays(2)).build()).caseFile();
    CaseRuleException e = assertThrows(CaseRuleException.class,
        () -> casework.endIntervention(c, "i1", REFERRED.plusDays(9), InterventionResult.ONGOING));
    assertEquals("intervention.result", e.field());
    assertEquals(REFERRED.plusDays(2), casework.endIntervention(c, "i1", REFERRED.plusDays(2), InterventionResult.ACHIEVED)
        .caseFile().intervention("i1").orElseThrow().end().orElseThrow(), "it may end the day it starts");
  }

  @Test
  void sharingWithConsentHasNoReasonAndSharingWithoutConsentHasOne() {
    assertEquals("sharing.reasonWithoutConsent", assertThrows(InvalidInputException.class,
        () -> InformationSharing.builder().on(REFERRED).with(Agency.POLICE).withConsent(false).build()).field());
    assertEquals("sharing.reasonWithoutConsent", assertThrows(InvalidInputException.class,
        () -> InformationSharing.builder().on(REFERRED).with(Agency.POLICE).withConsent(true)
            .reasonWithoutConsent(SharingReason.RISK_OF_SERIOUS_HARM).build()).field());
  }

  @Test
  void aReferralRecordsWhereTheCaseWentAndItsMeetingIsNotBeforeIt() {
    MaracReferral referral = MaracReferral.builder().referredOn(REFERRED).build();
    assertEquals(MaracOutcome.REFER_TO_MARAC, referral.outcome());
    assertTrue(referral.toMarac());
    assertFalse(MaracReferral.builder().referredOn(REFERRED).outcome(MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING).build().toMarac());
    assertEquals("maracReferral.outcome", assertThrows(InvalidInputException.class,
        () -> MaracReferral.builder().referredOn(REFERRED).outcome(MaracOutcome.NO_REFERRAL).build()).field());
    assertEquals("maracReferral.meetingOn", assertThrows(InvalidInputException.class,
        () -> MaracReferral.builder().referredOn(REFERRED).meetingOn(REFERRED.minusDays(1)).build()).field());
    assertEquals("maracReferral.meetingOn", assertThrows(InvalidInputException.class,
        () -> MaracReferral.builder().referredOn(REFERRED).meetingOn(LocalDate.of(2200, 1, 1)).build()).field());
    assertEquals(REFERRED, MaracReferral.builder().referredOn(REFERRED).meetingOn(REFERRED).build().meetingOn().orElseThrow());
  }

  @Test
  void aMeetingSetEventCarriesTheMeetingDate() {
    MaracReferral unset = MaracReferral.builder().referredOn(REFERRED).build();
    assertEquals("referral.meetingOn", assertThrows(InvalidInputException.class, () -> new MaracMeetingSet("C-1", 2, unset)).field());
    MaracReferral set = MaracReferral.builder().from(unset).meetingOn(REFERRED.plusDays(14)).build();
    assertEquals(REFERRED.plusDays(14), new MaracMeetingSet("C-1", 2, set).on());
  }

  @Test
  void aMeetingIsSetOnlyForAReferralTheCaseHas() {
    CaseFile c = casework.screenForMarac(casework.open("C-0201", REFERRED, 33, measures(REFERRED, 15)).caseFile(), REFERRED.plusDays(1))
        .caseFile();
    CaseRuleException e = assertThrows(CaseRuleException.class, () -> casework.setMaracMeeting(c, REFERRED.plusDays(2), REFERRED.plusDays(9)));
    assertEquals("maracReferral.referredOn", e.field());
    CaseFile met = casework.setMaracMeeting(c, REFERRED.plusDays(1), REFERRED.plusDays(9)).caseFile();
    assertEquals(REFERRED.plusDays(9), met.maracReferrals().get(0).meetingOn().orElseThrow());
  }

  @Test
  void aChildrenCountIsNotNegativeAndNotRecordedIsNotNone() {
    Measures unrecorded = measures(REFERRED, 1);
    assertEquals(java.util.OptionalInt.empty(), unrecorded.childrenInHousehold(), "not recorded is not none");
    assertEquals(Optional.empty(), unrecorded.hasChildren());
    Measures.Builder counted = Measures.builder().from(unrecorded);
    assertEquals(Optional.of(false), counted.childrenInHousehold(0).build().hasChildren());
    assertEquals(Optional.of(true), counted.childrenInHousehold(1).build().hasChildren());
    assertEquals(3, counted.childrenInHousehold(3).build().childrenInHousehold().getAsInt());
    assertEquals("childrenInHousehold", assertThrows(InvalidInputException.class, () -> Measures.builder().on(REFERRED)
        .assessment(scoring(1)).abuse(AbuseProfile.none()).childrenInHousehold(-1).build()).field());
  }

  @Test
  void aPlanStartsAtVersionOneAndItsActionIdsAreUnique() {
    assertEquals("safetyPlan.version", assertThrows(InvalidInputException.class,
        () -> SafetyPlan.builder().version(0).revisedOn(REFERRED).build()).field());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SafetyPlan.builder().version(1).revisedOn(REFERRED).addActions(action("locks"), action("locks")).build());
    assertEquals("safetyPlan.actions", e.field());
    assertEquals("locks", e.value());
  }

  @Test
  void aConsentIsNotRecordedBeforeTheOneInForceButMayBeOnTheSameDay() {
    CaseFile c = casework.recordConsent(opened(), consent(REFERRED.plusDays(5))).caseFile();
    CaseRuleException e = assertThrows(CaseRuleException.class, () -> casework.recordConsent(c, consent(REFERRED.plusDays(4))));
    assertEquals("consent.recordedOn", e.field());
    CaseFile again = casework.recordConsent(c, consent(REFERRED.plusDays(5))).caseFile();
    assertEquals(2, again.consents().size());
    assertEquals(Optional.of(again.consents().get(1)), again.consentInForce());
    assertEquals(Optional.empty(), opened().consentInForce());
    assertFalse(consent(REFERRED).referralAgreed(), "a referral is not agreed unless recorded");
  }

  @Test
  void aBackdatedScreenSeesOnlyTheIncidentsRecordedByThen() {
    // SafeLives, Marac referral criteria and form: potential escalation is 3 incidents in 12 months
    CaseFile c = opened();
    for (int day : new int[] {10, 20, 30}) {
      c = casework.recordIncident(c, Incident.of(REFERRED.plusDays(day), IncidentType.OTHER_ABUSE, Agency.HOUSING)).caseFile();
    }
    assertEquals(MaracOutcome.NO_REFERRAL, casework.screenForMarac(c, REFERRED.plusDays(25)).decision().outcome());
    assertEquals(Set.of(MaracRoute.POTENTIAL_ESCALATION),
        casework.screenForMarac(c, REFERRED.plusDays(30)).decision().firedRoutes());
  }

  @Test
  void aBackdatedScreenDoesNotCountALaterReferralAsAnEarlierOne() {
    // SafeLives, Marac referral criteria and form: a repeat is an incident within 12 months after a referral
    CaseFile c = casework.open("C-0202", REFERRED, 33, measures(REFERRED, 15)).caseFile();
    c = casework.recordIncident(c, Incident.of(REFERRED.plusDays(3), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE)).caseFile();
    c = casework.screenForMarac(c, REFERRED.plusDays(10)).caseFile();
    MaracScreening backdated = casework.screenForMarac(c, REFERRED.plusDays(5));
    assertFalse(backdated.decision().firedRoutes().contains(MaracRoute.REPEAT),
        backdated.decision().explain());
  }

  @Test
  void aChildsCaseIsReferredToChildrensSafeguardingOncePerDay() {
    // SafeLives, Marac referral criteria and form: MARAC works with victims of 16 and over
    CaseFile child = casework.open("C-0203", REFERRED, 15, measures(REFERRED, 16)).caseFile();
    CaseFile referred = casework.screenForMarac(child, REFERRED.plusDays(1)).caseFile();
    MaracScreening again = casework.screenForMarac(referred, REFERRED.plusDays(1));
    assertEquals(MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING, again.decision().outcome());
    assertTrue(again.events().isEmpty(), "the day's referral is already made");
    assertEquals(referred, again.caseFile());
  }

  @Test
  void aReferralToChildrensSafeguardingOnTheDayDoesNotStopAMaracReferral() {
    CaseFile child = casework.open("C-0204", REFERRED, 15, measures(REFERRED, 16)).caseFile();
    CaseFile safeguarded = casework.screenForMarac(child, REFERRED.plusDays(1)).caseFile();
    assertEquals(MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING, safeguarded.maracReferrals().get(0).outcome());
    // the age recorded at referral was wrong: corrected to 16, the same day's screen refers to MARAC
    CaseFile corrected = CaseFile.builder().from(safeguarded).victimAge(16).build();
    MaracScreening screened = casework.screenForMarac(corrected, REFERRED.plusDays(1));
    assertEquals(2, screened.caseFile().maracReferrals().size());
    assertEquals(MaracOutcome.REFER_TO_MARAC, screened.caseFile().maracReferrals().get(1).outcome());
  }

  @Test
  void aSecondMaracReferralAfterTheRepeatWindowIsANewReferral() {
    CaseFile c = casework.screenForMarac(casework.open("C-0205", REFERRED, 33, measures(REFERRED, 15)).caseFile(), REFERRED)
        .caseFile();
    LocalDate windowEnds = REFERRED.plusMonths(12);
    assertEquals(1, casework.screenForMarac(c, windowEnds).caseFile().maracReferrals().size(), "still within the window");
    assertEquals(2, casework.screenForMarac(c, windowEnds.plusDays(1)).caseFile().maracReferrals().size());
  }
}
