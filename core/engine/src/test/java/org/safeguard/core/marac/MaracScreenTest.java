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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RiskLevel;

/**
 * The four routes of SafeLives' <i>Marac referral criteria and form</i>, alone, together and at
 * their edges, with the SafeLives numbers (3 incidents in 12 months; repeat within 12 months;
 * MARAC from 16).
 */
class MaracScreenTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  private final Safeguard engine = Fixtures.engine();

  private Assessment scoring(int yes) {
    return Fixtures.scoring(engine, yes);
  }

  private static CaseHistory.Builder adult() {
    return CaseHistory.builder().asOf(AS_OF).victimAge(34);
  }

  private static Incident incident(LocalDate date) {
    return Incident.of(date, IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE);
  }

  private MaracDecision screen(CaseHistory history, Assessment assessment) {
    return engine.screenForMarac(history, assessment);
  }

  private static RouteFinding only(MaracDecision d, MaracRoute route) {
    return d.routes().stream().filter(f -> f.route() == route).findFirst().orElseThrow();
  }

  @Test
  void noRouteFiresForALowScoreAndAQuietHistory() {
    MaracDecision d = screen(adult().build(), scoring(5));
    assertEquals(MaracOutcome.NO_REFERRAL, d.outcome());
    assertTrue(d.routes().isEmpty());
    assertTrue(d.explain().contains("no route fired"), d.explain());
  }

  @Test
  void visibleHighRiskAloneRefersWithTheScoreAsEvidence() {
    MaracDecision d = screen(adult().build(), scoring(14));
    assertEquals(MaracOutcome.REFER_TO_MARAC, d.outcome());
    assertEquals(Set.of(MaracRoute.VISIBLE_HIGH_RISK), d.firedRoutes());
    assertEquals(14, only(d, MaracRoute.VISIBLE_HIGH_RISK).score().getAsInt());
    assertEquals(MaracOutcome.NO_REFERRAL, screen(adult().build(), scoring(13)).outcome());
  }

  @Test
  void professionalJudgementAloneRefersWithTheAssessorAndReasons() {
    Assessment raised = engine.raise(scoring(4), engine.judgement().level(RiskLevel.HIGH).assessorId("idva-12")
        .rationale("threats to kill reported").addReasons(JudgementReason.THREATS_TO_KILL).build());
    MaracDecision d = screen(adult().build(), raised);
    assertEquals(Set.of(MaracRoute.PROFESSIONAL_JUDGEMENT), d.firedRoutes());
    RouteFinding f = only(d, MaracRoute.PROFESSIONAL_JUDGEMENT);
    assertEquals("idva-12", f.assessorId().orElseThrow());
    assertEquals(List.of(JudgementReason.THREATS_TO_KILL), f.reasons());
    assertTrue(!d.explain().contains("threats to kill reported"), "free text stays out of the explanation");
  }

  /**
   * An incomplete checklist is not standard risk: visible high risk says there was too little to
   * compute a level, the routes that need no level still fire, and judgement can still refer.
   */
  @Test
  void anIncompleteChecklistSaysSoAndLeavesTheOtherRoutesToDecide() {
    Safeguard county = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider())
        .thresholdPolicy(PolicyFiles.fromPropertiesText("id=county\nversion=1\nbands.test-checklist.standard=0-9\n"
            + "bands.test-checklist.medium=10-13\nbands.test-checklist.high=14+\n"
            + "completeness.test-checklist.minimum-answered=10\n", "county.properties"))
        .build();
    Assessment three = Fixtures.scoring(county, 3);
    assertEquals(Optional.empty(), three.level());
    MaracDecision quiet = county.screenForMarac(adult().build(), three);
    assertEquals(MaracOutcome.NO_REFERRAL, quiet.outcome());
    assertTrue(quiet.explain().contains("not VISIBLE_HIGH_RISK: insufficient information on test-checklist to compute a level"
        + " (3 items answered, the policy asks for at least 10)"), quiet.explain());

    CaseHistory escalating = adult().addIncidents(incident(AS_OF.minusMonths(1)), incident(AS_OF.minusMonths(2)),
        incident(AS_OF.minusMonths(3))).build();
    assertEquals(Set.of(MaracRoute.POTENTIAL_ESCALATION), county.screenForMarac(escalating, three).firedRoutes());

    Safeguard stevenage = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider())
        .thresholdPolicy(PolicyFiles.fromPropertiesText("id=stevenage\nversion=1\nbands.test-checklist.standard=0-9\n"
            + "bands.test-checklist.medium=10-13\nbands.test-checklist.high=14+\nmarac.medium-risk.band=10-13\n"
            + "marac.medium-risk.instrument=test-checklist\ncompleteness.test-checklist.minimum-answered=12\n", "stevenage.properties"))
        .build();
    MaracDecision medium = stevenage.screenForMarac(adult().consentToReferral(true).build(), Fixtures.scoring(stevenage, 11));
    assertEquals(MaracOutcome.NO_REFERRAL, medium.outcome());
    assertTrue(medium.explain().contains("not MEDIUM_RISK_BAND: insufficient information, so no score to place in the medium-risk MARAC"
        + " band 10-13"), medium.explain());
    assertEquals(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC,
        stevenage.screenForMarac(adult().consentToReferral(true).build(), Fixtures.scoring(stevenage, 12)).outcome());

    Assessment judged = county.raise(three, county.judgement().level(RiskLevel.HIGH).assessorId("idva-12").rationale("worry")
        .addReasons(JudgementReason.THREATS_TO_KILL).build());
    MaracDecision referred = county.screenForMarac(adult().build(), judged);
    assertEquals(Set.of(MaracRoute.PROFESSIONAL_JUDGEMENT), referred.firedRoutes());
    assertTrue(only(referred, MaracRoute.PROFESSIONAL_JUDGEMENT).explanation().contains("set the level to HIGH"), referred.explain());
  }

  @Test
  void judgementThatRaisesOnlyToMediumIsNoReferral() {
    Assessment raised = engine.raise(scoring(4), engine.judgement().level(RiskLevel.MEDIUM).assessorId("idva-12").rationale("worry").reasons(List.of()).build());
    assertEquals(MaracOutcome.NO_REFERRAL, screen(adult().build(), raised).outcome());
  }

  @Test
  void threeIncidentsInTwelveMonthsIsPotentialEscalationAndTwoIsNot() {
    CaseHistory two = adult().addIncidents(incident(AS_OF.minusMonths(2)), incident(AS_OF.minusMonths(7))).build();
    assertEquals(MaracOutcome.NO_REFERRAL, screen(two, scoring(2)).outcome());

    CaseHistory three = adult().addIncidents(incident(AS_OF.minusMonths(2)), incident(AS_OF.minusMonths(7)),
        Incident.of(AS_OF.minusMonths(11), IncidentType.OTHER_ABUSE, Agency.HEALTH)).build();
    MaracDecision d = screen(three, scoring(2));
    assertEquals(Set.of(MaracRoute.POTENTIAL_ESCALATION), d.firedRoutes());
    RouteFinding f = only(d, MaracRoute.POTENTIAL_ESCALATION);
    assertEquals(3, f.incidentsCounted().getAsInt());
    assertEquals(AS_OF.minusMonths(12), f.windowStart().orElseThrow());
  }

  @Test
  void anIncidentExactlyTwelveMonthsBackCountsAndOneDayEarlierDoesNot() {
    LocalDate edge = AS_OF.minusMonths(12);
    CaseHistory atEdge = adult().addIncidents(incident(AS_OF), incident(AS_OF.minusDays(1)), incident(edge)).build();
    assertTrue(screen(atEdge, scoring(0)).firedRoutes().contains(MaracRoute.POTENTIAL_ESCALATION));

    CaseHistory pastEdge = adult().addIncidents(incident(AS_OF), incident(AS_OF.minusDays(1)), incident(edge.minusDays(1))).build();
    assertEquals(MaracOutcome.NO_REFERRAL, screen(pastEdge, scoring(0)).outcome());
  }

  @Test
  void aQualifyingIncidentWithinTwelveMonthsOfTheLastReferralIsARepeatWhateverTheScore() {
    LocalDate referral = AS_OF.minusMonths(5);
    CaseHistory h = adult()
        .addPreviousReferrals(referral.minusYears(2), referral)
        .addIncidents(Incident.of(referral.plusDays(20), IncidentType.STALKING_OR_HARASSMENT, Agency.HOUSING))
        .build();
    MaracDecision d = screen(h, scoring(0));
    assertEquals(Set.of(MaracRoute.REPEAT), d.firedRoutes());
    RouteFinding f = only(d, MaracRoute.REPEAT);
    assertEquals(referral, f.lastReferral().orElseThrow(), "measured from the last referral");
    assertEquals(referral.plusDays(20), f.incidentDate().orElseThrow());
  }

  @Test
  void theRepeatWindowEndsExactlyTwelveMonthsAfterTheReferral() {
    LocalDate referral = LocalDate.of(2025, 10, 15);
    LocalDate windowEnd = referral.plusMonths(12);
    CaseHistory atEdge = CaseHistory.builder().asOf(windowEnd).victimAge(34)
        .addPreviousReferrals(referral).addIncidents(incident(windowEnd)).build();
    assertTrue(screen(atEdge, scoring(0)).firedRoutes().contains(MaracRoute.REPEAT));

    CaseHistory after = CaseHistory.builder().asOf(windowEnd.plusDays(1)).victimAge(34)
        .addPreviousReferrals(referral).addIncidents(incident(windowEnd.plusDays(1))).build();
    assertEquals(MaracOutcome.NO_REFERRAL, screen(after, scoring(0)).outcome(), "after 12 months it is a new referral");
  }

  /**
   * A repeat is decided by the incident's date against the last referral, not by the date of the
   * screen (issue 11; SafeLives' definition: an incident "within 12 months of the last referral").
   */
  @Test
  void anIncidentInTheWindowIsARepeatHoweverLateTheScreenAndOneAfterItIsNot() {
    LocalDate referral = LocalDate.of(2025, 10, 1);
    // month 11 after the referral, screened in month 13
    CaseHistory late = CaseHistory.builder().asOf(referral.plusMonths(13)).victimAge(34)
        .addPreviousReferrals(referral).addIncidents(incident(referral.plusMonths(11))).build();
    MaracDecision d = screen(late, scoring(0));
    assertEquals(Set.of(MaracRoute.REPEAT), d.firedRoutes());
    assertEquals("VIOLENCE_OR_THREATS incident on 2026-09-01, within 12 months of the last referral on 2025-10-01 (window to 2026-10-01);"
        + " perpetrator not recorded", only(d, MaracRoute.REPEAT).explanation());

    CaseHistory after = CaseHistory.builder().asOf(referral.plusMonths(13)).victimAge(34)
        .addPreviousReferrals(referral).addIncidents(incident(referral.plusMonths(12).plusDays(1))).build();
    MaracDecision newReferral = screen(after, scoring(0));
    assertEquals(MaracOutcome.NO_REFERRAL, newReferral.outcome(), "after 12 months it is a new referral");
    assertEquals("last referral 2025-10-01, repeat window closed 2026-10-01: no incident in the window",
        newReferral.notFired().stream().filter(f -> f.route() == MaracRoute.REPEAT).findFirst().orElseThrow().explanation());
  }

  @Test
  void theRepeatEvidenceIsTheLatestQualifyingIncident() {
    LocalDate referral = AS_OF.minusMonths(4);
    CaseHistory h = adult().addPreviousReferrals(referral)
        .addIncidents(incident(referral.plusDays(10)), incident(referral.plusDays(50))).build();
    assertEquals(referral.plusDays(50), only(screen(h, scoring(0)), MaracRoute.REPEAT).incidentDate().orElseThrow());
  }

  /**
   * Under SafeLives' current definition any abuse makes a repeat, a breach of bail or of a court
   * order included; a policy that keeps the older, narrower list (violence or threats, stalking or
   * harassment, rape or sexual abuse) counts only those. Not one on the day of the referral, which
   * is the incident referred.
   */
  @Test
  void anyAbuseMakesARepeatUnlessThePolicyNarrowsTheTypesAndNotOneOnTheReferralDay() {
    LocalDate referral = AS_OF.minusMonths(3);
    for (IncidentType type : List.of(IncidentType.OTHER_ABUSE, IncidentType.BREACH_OF_ORDER, IncidentType.SEXUAL_ABUSE)) {
      CaseHistory h = adult().addPreviousReferrals(referral).addIncidents(Incident.of(referral.plusDays(3), type, Agency.POLICE)).build();
      assertEquals(Set.of(MaracRoute.REPEAT), screen(h, scoring(0)).firedRoutes(), type.name());
    }

    CaseHistory sameDay = adult().addPreviousReferrals(referral).addIncidents(incident(referral)).build();
    assertEquals(MaracOutcome.NO_REFERRAL, screen(sameDay, scoring(0)).outcome());

    Safeguard narrow = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider())
        .thresholdPolicy(PolicyFiles.fromPropertiesText("id=older\nversion=1\nbands.test-checklist.standard=0-13\nbands.test-checklist.high=14+\n"
            + "marac.repeat.incident-types=violence-or-threats, stalking-or-harassment, sexual-abuse\n", "older.properties"))
        .build();
    CaseHistory other = adult().addPreviousReferrals(referral)
        .addIncidents(Incident.of(referral.plusDays(3), IncidentType.OTHER_ABUSE, Agency.POLICE),
            Incident.of(referral.plusDays(4), IncidentType.BREACH_OF_ORDER, Agency.POLICE)).build();
    MaracDecision d = narrow.screenForMarac(other, narrow.assess(narrow.responses("test-checklist").build()));
    assertEquals(MaracOutcome.NO_REFERRAL, d.outcome());
    assertEquals("last referral " + referral + ", repeat window open to " + referral.plusMonths(12)
        + ": 2 incident(s) in the window of a type policy older does not count for a repeat",
        d.notFired().stream().filter(f -> f.route() == MaracRoute.REPEAT).findFirst().orElseThrow().explanation());
  }

  /** SafeLives' definition: abuse "between the same victim and perpetrator(s)". */
  @Test
  void aRepeatNeedsTheSamePerpetratorWhereBothAreRecorded() {
    LocalDate referral = AS_OF.minusMonths(3);
    Incident byReferred = Incident.builder().date(referral.plusDays(5)).type(IncidentType.OTHER_ABUSE).reportedBy(Agency.POLICE)
        .perpetratorId("PER-0001").build();
    Incident byAnother = Incident.builder().date(referral.plusDays(6)).type(IncidentType.OTHER_ABUSE).reportedBy(Agency.POLICE)
        .perpetratorId("PER-0002").build();

    MaracDecision same = screen(adult().addPreviousReferrals(referral).addPerpetratorIds("PER-0001").addIncidents(byReferred, byAnother)
        .build(), scoring(0));
    RouteFinding repeat = only(same, MaracRoute.REPEAT);
    assertEquals(byReferred.date(), repeat.incidentDate().orElseThrow(), "the later incident is by someone else");
    assertTrue(repeat.explanation().endsWith("; the same perpetrator"), repeat.explanation());
    assertFalse(repeat.explanation().contains("PER-"), "ids stay out of the words");

    MaracDecision another = screen(adult().addPreviousReferrals(referral).addPerpetratorIds("PER-0001").addIncidents(byAnother).build(),
        scoring(0));
    assertEquals(MaracOutcome.NO_REFERRAL, another.outcome());
    assertTrue(another.explain().contains("1 incident(s) in the window by another perpetrator than the one referred"), another.explain());

    MaracDecision unrecorded = screen(adult().addPreviousReferrals(referral).addIncidents(byAnother).build(), scoring(0));
    assertTrue(only(unrecorded, MaracRoute.REPEAT).explanation().endsWith("; perpetrator not recorded"));
  }

  @Test
  void theRepeatEvidenceIsTheLatestIncidentWhateverOrderTheyAreGivenIn() {
    LocalDate referral = AS_OF.minusMonths(4);
    CaseHistory h = adult().addPreviousReferrals(referral)
        .addIncidents(incident(referral.plusDays(50)), incident(referral.plusDays(10)), incident(referral.plusDays(30))).build();
    assertEquals(referral.plusDays(50), only(screen(h, scoring(0)), MaracRoute.REPEAT).incidentDate().orElseThrow());
  }

  @Test
  void aRepeatThatDoesNotFireSaysWhichIncidentsItSetAside() {
    LocalDate referral = AS_OF.minusMonths(3);
    Safeguard narrow = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider())
        .thresholdPolicy(PolicyFiles.fromPropertiesText("id=older\nversion=1\nbands.test-checklist.standard=0-13\nbands.test-checklist.high=14+\n"
            + "marac.repeat.incident-types=violence-or-threats\n", "older.properties"))
        .build();
    Incident otherType = Incident.of(referral.plusDays(3), IncidentType.OTHER_ABUSE, Agency.POLICE);
    Incident otherPerpetrator = Incident.builder().date(referral.plusDays(4)).type(IncidentType.VIOLENCE_OR_THREATS)
        .reportedBy(Agency.POLICE).perpetratorId("PER-0002").build();
    CaseHistory h = adult().addPreviousReferrals(referral).addPerpetratorIds("PER-0001").addIncidents(otherType, otherPerpetrator).build();
    MaracDecision d = narrow.screenForMarac(h, narrow.assess(narrow.responses("test-checklist").build()));
    assertEquals("last referral " + referral + ", repeat window open to " + referral.plusMonths(12)
        + ": 1 incident(s) in the window of a type policy older does not count for a repeat;"
        + " 1 incident(s) in the window by another perpetrator than the one referred",
        d.notFired().stream().filter(f -> f.route() == MaracRoute.REPEAT).findFirst().orElseThrow().explanation());
  }

  @Test
  void anIncidentsIdsAreReferencesNeverFreeText() {
    Incident.Builder b = Incident.builder().date(AS_OF).type(IncidentType.OTHER_ABUSE).reportedBy(Agency.POLICE);
    assertEquals("incident.incidentId", assertThrows(InvalidInputException.class, () -> b.incidentId("call 14/2026").build()).field());
    Incident.Builder c = Incident.builder().date(AS_OF).type(IncidentType.OTHER_ABUSE).reportedBy(Agency.POLICE);
    assertEquals("incident.perpetratorId", assertThrows(InvalidInputException.class, () -> c.perpetratorId("Jo Bloggs").build()).field());
    assertEquals("perpetratorIds", assertThrows(InvalidInputException.class,
        () -> adult().addPerpetratorIds("Jo Bloggs").build()).field());
  }

  @Test
  void oneIncidentReportedByTwoAgenciesCountsOnceForEscalation() {
    Incident police = Incident.builder().date(AS_OF.minusMonths(1)).type(IncidentType.VIOLENCE_OR_THREATS).reportedBy(Agency.POLICE)
        .incidentId("INC-77").build();
    Incident health = Incident.builder().date(AS_OF.minusMonths(1)).type(IncidentType.VIOLENCE_OR_THREATS).reportedBy(Agency.HEALTH)
        .incidentId("INC-77").build();
    CaseHistory h = adult().addIncidents(police, health, incident(AS_OF.minusMonths(2))).build();
    MaracDecision d = screen(h, scoring(0));
    assertEquals(MaracOutcome.NO_REFERRAL, d.outcome());
    RouteFinding escalation = d.notFired().stream().filter(f -> f.route() == MaracRoute.POTENTIAL_ESCALATION).findFirst().orElseThrow();
    assertEquals(2, escalation.incidentsCounted().orElseThrow());
    assertEquals("2 of 3 incidents in the 12 months to 2026-11-01; 1 further report(s) of an incident already counted",
        escalation.explanation());
  }

  @Test
  void aDecisionThatRefersNoOneSaysWhatEachRouteFound() {
    MaracDecision d = screen(adult().addPreviousReferrals(LocalDate.of(2025, 1, 10))
        .addIncidents(incident(AS_OF.minusMonths(1)), incident(AS_OF.minusMonths(2))).build(), scoring(5));
    assertEquals(MaracOutcome.NO_REFERRAL, d.outcome());
    assertEquals(String.join("\n",
        "NO_REFERRAL on 2026-11-01 under policy test-policy 1",
        "  no route fired",
        "  not VISIBLE_HIGH_RISK: score 5 on test-checklist is in band standard 0-9 of policy test-policy",
        "  not PROFESSIONAL_JUDGEMENT: no professional judgement recorded",
        "  not POTENTIAL_ESCALATION: 2 of 3 incidents in the 12 months to 2026-11-01",
        "  not REPEAT: last referral 2025-01-10, repeat window closed 2026-01-10: no incident in the window"), d.explain());

    MaracDecision child = screen(CaseHistory.builder().asOf(AS_OF).victimAge(15).build(), scoring(16));
    assertEquals(List.of("age 15: under the MARAC minimum age of 16 in policy test-policy, so children's safeguarding"), child.notes());
  }

  @Test
  void everyRouteThatFiresIsListedInOrderWithItsEvidence() {
    LocalDate referral = AS_OF.minusMonths(6);
    CaseHistory h = adult()
        .addPreviousReferrals(referral)
        .addIncidents(incident(AS_OF.minusMonths(1)), incident(AS_OF.minusMonths(2)), incident(AS_OF.minusMonths(3)))
        .build();
    MaracDecision visible = screen(h, scoring(16));
    assertEquals(EnumSet.of(MaracRoute.VISIBLE_HIGH_RISK, MaracRoute.POTENTIAL_ESCALATION, MaracRoute.REPEAT), visible.firedRoutes());

    // an override must raise, so professional judgement is shown on a medium score
    Assessment judged = engine.raise(scoring(12), engine.judgement().level(RiskLevel.HIGH).assessorId("idva-3").rationale("x").reasons(List.of(JudgementReason.CLUSTER_OF_THREE)).build());
    MaracDecision d = screen(h, judged);
    assertEquals(List.of(MaracRoute.PROFESSIONAL_JUDGEMENT, MaracRoute.POTENTIAL_ESCALATION, MaracRoute.REPEAT),
        d.routes().stream().map(RouteFinding::route).toList());
    assertEquals(MaracOutcome.REFER_TO_MARAC, d.outcome());
    // the header, three routes that fired, and the one that did not
    assertEquals(5, d.explain().split("\n").length, d.explain());
    assertTrue(d.explain().endsWith("\n  not VISIBLE_HIGH_RISK: score 12 on test-checklist is in band medium 10-13 of policy test-policy"),
        d.explain());
  }

  @Test
  void underSixteenTheRouteIsChildrensSafeguardingAndSixteenIsMarac() {
    CaseHistory fifteen = CaseHistory.builder().asOf(AS_OF).victimAge(15).build();
    MaracDecision young = screen(fifteen, scoring(17));
    assertEquals(MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING, young.outcome());
    assertEquals(Set.of(MaracRoute.VISIBLE_HIGH_RISK), young.firedRoutes(), "the evidence is still listed");

    CaseHistory sixteen = CaseHistory.builder().asOf(AS_OF).victimAge(16).build();
    assertEquals(MaracOutcome.REFER_TO_MARAC, screen(sixteen, scoring(17)).outcome());
    assertEquals(MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING, screen(fifteen, scoring(0)).outcome(),
        "under the minimum age the route is children's safeguarding even when no MARAC route fires");
  }

  /**
   * 16- and 17-year-olds go to MARAC and to children's social care (SafeLives' guidance for that
   * age; under 18 is a child in law); from 18 only to MARAC.
   */
  @Test
  void aSixteenOrSeventeenYearOldGoesToMaracAndToChildrensSocialCare() {
    for (int age : new int[] {16, 17}) {
      MaracDecision d = screen(CaseHistory.builder().asOf(AS_OF).victimAge(age).build(), scoring(17));
      assertEquals(MaracOutcome.REFER_TO_MARAC, d.outcome());
      assertTrue(d.alsoToChildrensSocialCare(), "age " + age);
      assertEquals(List.of("age " + age + ": under 18, so children's social care as well as MARAC"), d.notes());
    }
    MaracDecision adult = screen(CaseHistory.builder().asOf(AS_OF).victimAge(18).build(), scoring(17));
    assertFalse(adult.alsoToChildrensSocialCare());
    assertTrue(adult.notes().isEmpty());
    MaracDecision notReferred = screen(CaseHistory.builder().asOf(AS_OF).victimAge(17).build(), scoring(0));
    assertEquals(MaracOutcome.NO_REFERRAL, notReferred.outcome());
    assertFalse(notReferred.alsoToChildrensSocialCare(), "only a young person referred to a MARAC");
    MaracDecision child = screen(CaseHistory.builder().asOf(AS_OF).victimAge(15).build(), scoring(17));
    assertFalse(child.alsoToChildrensSocialCare(), "under 16 the outcome itself is children's safeguarding");
  }

  @Test
  void anAgeNotRecordedIsScreenedAsAnAdultsAndTheDecisionSaysSo() {
    MaracDecision d = screen(CaseHistory.builder().asOf(AS_OF).build(), scoring(17));
    assertEquals(MaracOutcome.REFER_TO_MARAC, d.outcome());
    assertFalse(d.alsoToChildrensSocialCare());
    assertEquals(List.of("age not recorded: screened as an adult; under 16 the route is children's safeguarding,"
        + " and under 18 children's social care as well as MARAC"), d.notes());
    assertTrue(d.explain().endsWith("\n  note: " + d.notes().get(0)), d.explain());
  }

  /** A police referral without a checklist is screened on what is known, and says what is missing. */
  @Test
  void aCaseWithoutAChecklistIsScreenedOnItsIncidentsAndReferralsAlone() {
    CaseHistory threeIncidents = adult()
        .addIncidents(incident(AS_OF.minusMonths(1)), incident(AS_OF.minusMonths(2)), incident(AS_OF.minusMonths(3))).build();
    MaracDecision escalated = engine.screenForMarac(threeIncidents);
    assertEquals(MaracOutcome.REFER_TO_MARAC, escalated.outcome());
    assertEquals(Set.of(MaracRoute.POTENTIAL_ESCALATION), escalated.firedRoutes());

    MaracDecision quiet = engine.screenForMarac(adult().build());
    assertEquals(MaracOutcome.NO_REFERRAL, quiet.outcome());
    assertEquals(String.join("\n",
        "NO_REFERRAL on 2026-11-01 under policy test-policy 1",
        "  no route fired",
        "  not VISIBLE_HIGH_RISK: no checklist completed yet",
        "  not PROFESSIONAL_JUDGEMENT: no checklist completed yet",
        "  not POTENTIAL_ESCALATION: 0 of 3 incidents in the 12 months to 2026-11-01",
        "  not REPEAT: no previous referral",
        "  note: no checklist completed: screened on the incidents and earlier referrals alone; assess the case to weigh the other routes"),
        quiet.explain());
    assertEquals("history", assertThrows(MissingValueException.class, () -> engine.screenForMarac(null)).field());
  }

  @Test
  void aHistoryWithAnIncidentAfterTheScreeningDateIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> adult().addIncidents(incident(AS_OF.plusDays(1))).build());
    assertEquals("incidents.date", e.field());
    assertEquals(AS_OF.plusDays(1).toString(), e.value());
  }

  @Test
  void aNegativeAgeIsRefused() {
    assertEquals("victimAge", assertThrows(InvalidInputException.class,
        () -> CaseHistory.builder().asOf(AS_OF).victimAge(-1).build()).field());
  }

  @Test
  void theJudgementRouteSaysFromWhichLevelJudgementRaisedItAndForWhichReasons() {
    Assessment raised = engine.raise(scoring(4), engine.judgement().level(RiskLevel.HIGH).assessorId("idva-12")
        .rationale("threats to kill reported").addReasons(JudgementReason.THREATS_TO_KILL).build());
    assertEquals("assessor idva-12 raised the level from STANDARD to HIGH for [THREATS_TO_KILL]",
        only(screen(adult().build(), raised), MaracRoute.PROFESSIONAL_JUDGEMENT).explanation());
    Assessment noReasons = engine.raise(scoring(11), engine.judgement().level(RiskLevel.HIGH).assessorId("idva-12")
        .rationale("worried").reasons(List.of()).build());
    assertEquals("assessor idva-12 raised the level from MEDIUM to HIGH",
        only(screen(adult().build(), noReasons), MaracRoute.PROFESSIONAL_JUDGEMENT).explanation());
  }

  @Test
  void onlyAReferralToAMaracProperIsReferToMaracAndTheSafeLivesRoutesAreTheFourWithoutLocalOnes() {
    assertTrue(screen(adult().build(), scoring(14)).referToMarac());
    assertTrue(!screen(adult().build(), scoring(4)).referToMarac());
    assertTrue(!screen(CaseHistory.builder().asOf(AS_OF).victimAge(15).build(), scoring(14)).referToMarac(), "a child's case is not");
    assertEquals(EnumSet.of(MaracRoute.VISIBLE_HIGH_RISK, MaracRoute.PROFESSIONAL_JUDGEMENT, MaracRoute.POTENTIAL_ESCALATION,
        MaracRoute.REPEAT), MaracRoute.safeLivesRoutes());
  }

  @Test
  void aPreviousReferralOutsideTheRecordDatesIsRefusedByPosition() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> adult().addPreviousReferrals(LocalDate.of(2020, 1, 1), LocalDate.of(1899, 12, 31)).build());
    assertEquals("previousReferrals[1]", e.field());
  }

  @Test
  void aPreviousReferralAfterTheScreeningDateIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> adult().addPreviousReferrals(AS_OF.plusDays(1)).build());
    assertEquals("previousReferrals", e.field());
    assertEquals(AS_OF, adult().addPreviousReferrals(AS_OF).build().previousReferrals().get(0), "the screening day itself is not after it");
  }

  @Test
  void anAgeFrom0To130IsAccepted() {
    assertEquals(OptionalInt.of(0), CaseHistory.builder().asOf(AS_OF).victimAge(0).build().victimAge());
    assertEquals(OptionalInt.of(130), CaseHistory.builder().asOf(AS_OF).victimAge(130).build().victimAge());
    assertEquals(OptionalInt.empty(), CaseHistory.builder().asOf(AS_OF).build().victimAge(), "an age not recorded");
    assertEquals("victimAge", assertThrows(InvalidInputException.class, () -> CaseHistory.builder().asOf(AS_OF).victimAge(131).build()).field());
  }
}
