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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.InvalidInputException;
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
    String[] items = Fixtures.ITEMS.split(" ");
    var b = engine.responses("test-checklist");
    for (int i = 0; i < yes; i++) {
      b.yes(items[i]);
    }
    return engine.assess(b.build());
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

  @Test
  void anIncidentSoonAfterAnOldReferralIsNoRepeatYearsLater() {
    // the referral was in 2020 and its window closed in 2021: screening in 2026 is a new referral
    CaseHistory h = adult().addPreviousReferrals(LocalDate.of(2020, 1, 1))
        .addIncidents(incident(LocalDate.of(2020, 6, 1))).build();
    assertEquals(MaracOutcome.NO_REFERRAL, screen(h, scoring(0)).outcome());
  }

  @Test
  void theRepeatEvidenceIsTheLatestQualifyingIncident() {
    LocalDate referral = AS_OF.minusMonths(4);
    CaseHistory h = adult().addPreviousReferrals(referral)
        .addIncidents(incident(referral.plusDays(10)), incident(referral.plusDays(50))).build();
    assertEquals(referral.plusDays(50), only(screen(h, scoring(0)), MaracRoute.REPEAT).incidentDate().orElseThrow());
  }

  @Test
  void onlyQualifyingIncidentTypesMakeARepeatAndNotOneOnTheReferralDay() {
    LocalDate referral = AS_OF.minusMonths(3);
    CaseHistory other = adult().addPreviousReferrals(referral)
        .addIncidents(Incident.of(referral.plusDays(3), IncidentType.OTHER_ABUSE, Agency.POLICE)).build();
    assertEquals(MaracOutcome.NO_REFERRAL, screen(other, scoring(0)).outcome());

    CaseHistory sameDay = adult().addPreviousReferrals(referral).addIncidents(incident(referral)).build();
    assertEquals(MaracOutcome.NO_REFERRAL, screen(sameDay, scoring(0)).outcome());

    CaseHistory sexual = adult().addPreviousReferrals(referral)
        .addIncidents(Incident.of(referral.plusDays(3), IncidentType.SEXUAL_ABUSE, Agency.HEALTH)).build();
    assertEquals(Set.of(MaracRoute.REPEAT), screen(sexual, scoring(0)).firedRoutes());
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
    assertEquals(4, d.explain().split("\n").length, d.explain());
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
    assertEquals(0, CaseHistory.builder().asOf(AS_OF).victimAge(0).build().victimAge());
    assertEquals(130, CaseHistory.builder().asOf(AS_OF).victimAge(130).build().victimAge());
    assertEquals("victimAge", assertThrows(InvalidInputException.class, () -> CaseHistory.builder().asOf(AS_OF).victimAge(131).build()).field());
  }
}
