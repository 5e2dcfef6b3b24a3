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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Casework;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.export.ExportRecords;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.core.outcome.Severity;
import org.safeguard.export.AgeRange;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

/** Every part of a case file, an assessment and a MARAC decision lands in the field of its export record that says so. */
class CaseExportTest {
  static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);
  static final Instant AT = Instant.parse("2026-03-03T10:00:00Z");
  private final Safeguard engine = Fixtures.engine();
  private final Casework casework = engine.casework();

  private static ExportDate day(int offset) {
    return ExportDate.of(REFERRED.plusDays(offset));
  }

  /** A medium score raised to high by a practitioner, with the words they wrote. */
  Assessment judged() {
    return engine.raise(Fixtures.scoring(engine, 5), engine.judgement().level(RiskLevel.HIGH).assessorId("idva-12")
        .rationale("she fears he will find the new address").reasons(List.of(JudgementReason.STALKING)).at(AT).build());
  }

  /** A case with one of everything a case file holds. */
  CaseFile everything() {
    Measures intake = Measures.builder().on(REFERRED.plusDays(1)).assessment(judged())
        .abuse(AbuseProfile.of(java.util.Map.of(AbuseType.PHYSICAL, Severity.HIGH)))
        .addRiskFactors(RiskFactor.THREATS_TO_KILL_VICTIM).childrenInHousehold(2).addVulnerabilities(Vulnerability.values()[0]).build();
    CaseFile c = casework.open("C-77", REFERRED, 34, intake).caseFile();
    c = casework.recordConsent(c, Consent.builder().recordedOn(REFERRED.plusDays(1)).method(ConsentMethod.WRITTEN).contactAgreed(true)
        .shareWith(Set.of(Agency.POLICE)).build()).caseFile();
    c = casework.reviseSafetyPlan(c, REFERRED.plusDays(2), List.of(SafetyAction.builder().id("locks").category(ActionCategory.HOME_SECURITY)
        .owner(Agency.HOUSING).due(REFERRED.plusDays(14)).reviewOn(REFERRED.plusDays(28)).build())).caseFile();
    c = casework.startIntervention(c, CaseworkTest.intervention("i1", StandardInterventions.SAFETY_PLANNING, 2)).caseFile();
    c = casework.endIntervention(c, "i1", REFERRED.plusDays(30), InterventionResult.ACHIEVED).caseFile();
    c = casework.recordContact(c, Contact.significant(REFERRED.plusDays(3), ContactChannel.PHONE)).caseFile();
    c = casework.recordIncident(c, Incident.builder().date(REFERRED.plusDays(4)).type(IncidentType.VIOLENCE_OR_THREATS)
        .reportedBy(Agency.POLICE).incidentId("POL-1").perpetratorId("P-9").build()).caseFile();
    c = casework.screenForMarac(c, REFERRED.plusDays(5)).caseFile();
    c = casework.setMaracMeeting(c, REFERRED.plusDays(5), REFERRED.plusDays(12)).caseFile();
    c = casework.shareWithoutConsent(c, REFERRED.plusDays(6), Agency.CHILDREN_SOCIAL_CARE, SharingReason.SAFEGUARDING_A_CHILD).caseFile();
    c = casework.recordReview(c, Review.builder().kind(ReviewKind.CLOSURE).measures(Measures.builder().on(REFERRED.plusDays(90))
        .assessment(Fixtures.scoring(engine, 2)).abuse(AbuseProfile.of(java.util.Map.of(), Set.of(AbuseType.SEXUAL))).build())
        .putAnswers(OutcomeQuestion.FEELS_SAFER, OutcomeAnswer.YES).build()).caseFile();
    return casework.close(c, Closure.of(REFERRED.plusDays(92), ClosureReason.SUPPORT_COMPLETED)).caseFile();
  }

  @Test
  void aCaseFileBecomesOneCaseRecordWithEveryPartInItsField() {
    CaseFile file = everything();
    ExportRecord c = ExportRecords.ofCase(file);
    assertEquals(Purpose.FULL, c.purpose());
    assertEquals(Optional.of("C-77"), c.text("caseId"));
    assertEquals(file.revision(), c.integer("revision").getAsLong());
    assertEquals(Optional.of(day(0)), c.date("openedOn"));
    assertEquals(Optional.of(AgeRange.exact(34)), c.age("victimAge"));

    ExportRecord intake = c.record("intake").orElseThrow();
    assertEquals(Optional.of(day(1)), intake.date("on"));
    ExportRecord abuse = intake.records("abuse").get(0);
    assertEquals(List.of("physical", "high"), List.of(abuse.text("type").orElseThrow(), abuse.text("severity").orElseThrow()));
    assertEquals(List.of(), intake.texts("abuseNotRecorded"));
    assertEquals(List.of("threats-to-kill-victim"), intake.texts("riskFactors"));
    assertEquals(2, intake.integer("childrenInHousehold").getAsLong());
    assertEquals(1, intake.texts("vulnerabilities").size());
    ExportRecord assessment = intake.record("assessment").orElseThrow();
    assertEquals(Optional.empty(), assessment.text("caseId"), "nested in its case, an assessment names no case");
    assertEquals(Optional.of("high"), assessment.text("level"));
    ExportRecord judgement = assessment.records("judgements").get(0);
    assertEquals(Optional.of("she fears he will find the new address"), judgement.text("rationale"));
    assertEquals(Optional.of("idva-12"), judgement.text("assessorId"));
    assertEquals(Optional.of(AT), judgement.instant("at"));
    assertEquals(List.of("stalking"), judgement.texts("reasons"));
    assertEquals(Optional.of(true), judgement.flag("current"));

    ExportRecord action = c.records("safetyPlans").get(0).records("actions").get(0);
    assertEquals(List.of("locks", "home-security", "housing", "open"), List.of(action.text("id").orElseThrow(),
        action.text("category").orElseThrow(), action.text("owner").orElseThrow(), action.text("status").orElseThrow()));
    assertEquals(Optional.of(day(14)), action.date("due"));
    assertEquals(Optional.of(day(28)), action.date("reviewOn"));
    assertEquals(1L, c.records("safetyPlans").get(0).integer("version").getAsLong());
    assertEquals(Optional.of(day(2)), c.records("safetyPlans").get(0).date("revisedOn"));

    ExportRecord intervention = c.records("interventions").get(0);
    assertEquals(Optional.of("i1"), intervention.text("id"));
    assertEquals(Optional.of(StandardInterventions.SAFETY_PLANNING), intervention.text("kind"));
    assertEquals(Optional.of(day(2)), intervention.date("start"));
    assertEquals(Optional.of(day(30)), intervention.date("end"));
    assertEquals(Optional.of("achieved"), intervention.text("result"));

    ExportRecord contact = c.records("contacts").get(0);
    assertEquals(List.of(day(3), "phone", true), List.of(contact.date("on").orElseThrow(), contact.text("channel").orElseThrow(),
        contact.flag("significant").orElseThrow()));

    ExportRecord incident = c.records("incidents").get(0);
    assertEquals(List.of(day(4), "violence-or-threats", "police", "POL-1", "P-9"), List.of(incident.date("date").orElseThrow(),
        incident.text("type").orElseThrow(), incident.text("reportedBy").orElseThrow(), incident.text("incidentId").orElseThrow(),
        incident.text("perpetratorId").orElseThrow()));

    ExportRecord referral = c.records("maracReferrals").get(0);
    assertEquals(Optional.of(day(5)), referral.date("referredOn"));
    assertEquals(List.of("professional-judgement"), referral.texts("routes"));
    assertEquals(Optional.of("refer-to-marac"), referral.text("outcome"));
    assertEquals(Optional.of(day(12)), referral.date("meetingOn"));

    ExportRecord consent = c.records("consents").get(0);
    assertEquals(List.of(day(1), "written", true, List.of("police")), List.of(consent.date("recordedOn").orElseThrow(),
        consent.text("method").orElseThrow(), consent.flag("contactAgreed").orElseThrow(), consent.texts("shareWith")));
    ExportRecord shared = c.records("sharing").get(0);
    assertEquals(List.of(day(6), "children-social-care", false, "safeguarding-a-child"), List.of(shared.date("on").orElseThrow(),
        shared.text("with").orElseThrow(), shared.flag("withConsent").orElseThrow(), shared.text("reasonWithoutConsent").orElseThrow()));

    ExportRecord review = c.records("reviews").get(0);
    assertEquals(Optional.of("closure"), review.text("kind"));
    assertEquals(Optional.of(day(90)), review.record("measures").orElseThrow().date("on"));
    assertEquals(List.of("sexual"), review.record("measures").orElseThrow().texts("abuseNotRecorded"));
    assertEquals(Optional.of("feels-safer"), review.records("answers").get(0).text("question"));
    assertEquals(Optional.of("yes"), review.records("answers").get(0).text("answer"));

    assertEquals(Optional.of(day(92)), c.record("closure").orElseThrow().date("on"));
    assertEquals(Optional.of("support-completed"), c.record("closure").orElseThrow().text("reason"));
  }

  @Test
  void anAssessmentCarriesItsScoreBandLevelAndWithItsResponsesEveryItemsAnswer() {
    Responses responses = engine.responses("test-checklist").yes("a", "b").notKnown("c").no("d").completedOn(REFERRED)
        .completedBy(Agency.IDVA_SERVICE).build();
    Assessment assessed = engine.assess(responses);
    ExportRecord a = ExportRecords.ofAssessment("C-77", responses, assessed);
    assertEquals(Optional.of("C-77"), a.text("caseId"));
    assertEquals(Optional.of("test-checklist"), a.text("instrumentId"));
    assertEquals(Optional.of(assessed.score().instrumentVersion()), a.text("instrumentVersion"));
    assertEquals(Optional.of(day(0)), a.date("completedOn"));
    assertEquals(Optional.of("idva-service"), a.text("completedBy"));
    assertEquals(List.of(2L, 2L, 1L, 1L), List.of(a.integer("score").getAsLong(), a.integer("yesCount").getAsLong(),
        a.integer("noCount").getAsLong(), a.integer("notKnownCount").getAsLong()));
    assertEquals(assessed.score().notAskedCount(), a.integer("notAskedCount").getAsLong());
    assertEquals(0L, a.integer("ratedCount").getAsLong());
    assertEquals(Optional.of(assessed.policyId()), a.text("policyId"));
    assertEquals(Optional.of(assessed.policyVersion()), a.text("policyVersion"));
    assertEquals(assessed.band().orElseThrow().lower(), a.integer("bandLower").getAsLong());
    assertEquals(assessed.band().orElseThrow().upper().getAsInt(), a.integer("bandUpper").getAsLong());
    assertEquals(assessed.level().map(l -> l.name().toLowerCase(java.util.Locale.ROOT)), a.text("level"));
    assertEquals(a.text("level"), a.text("computedLevel"));
    List<ExportRecord> answers = a.records("answers");
    assertEquals(responses.instrument().items().size(), answers.size(), "one answer per item, not asked included");
    assertEquals(List.of("a", "yes"), List.of(answers.get(0).text("item").orElseThrow(), answers.get(0).text("answer").orElseThrow()));
    assertEquals(Optional.of("not-known"), answers.get(2).text("answer"));
    assertEquals(Optional.of("no"), answers.get(3).text("answer"));
    assertEquals(Optional.of("not-asked"), answers.get(4).text("answer"));
    assertEquals(List.of(), ExportRecords.ofAssessment("C-77", assessed).records("answers"));
  }

  @Test
  void responsesToAnotherInstrumentOrVersionThanTheAssessmentsAreRefused() {
    Responses given = engine.responses("test-checklist").yes("a").build();
    String version = given.instrument().version();
    for (List<String> scored : List.of(List.of("other-checklist", version), List.of("test-checklist", version + "-other"))) {
      Assessment assessed = Assessment.builder().from(engine.assess(given)).score(org.safeguard.model.Score.builder()
          .instrumentId(scored.get(0)).instrumentVersion(scored.get(1)).value(1).build()).build();
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExportRecords.ofAssessment("C-77", given, assessed));
      assertEquals("responses", e.field());
    }
  }

  /** Potential escalation counts incidents in a window; a repeat names the earlier referral and the incident that made it one. */
  @Test
  void theEvidenceOfTheIncidentRoutesLandsInItsFields() {
    CaseFile c = casework.open("C-79", REFERRED, java.util.OptionalInt.of(30), Optional.empty()).caseFile();
    for (int d = 1; d <= 3; d++) {
      c = casework.recordIncident(c, Incident.of(REFERRED.plusDays(d), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE)).caseFile();
    }
    MaracScreening first = casework.screenForMarac(c, REFERRED.plusDays(4));
    ExportRecord escalation = ExportRecords.ofDecision("C-79", first.decision()).records("routes").get(0);
    assertEquals(Optional.of("potential-escalation"), escalation.text("route"));
    assertEquals(3L, escalation.integer("incidentsCounted").getAsLong());
    assertTrue(escalation.date("windowStart").isPresent());
    c = casework.recordIncident(first.caseFile(), Incident.of(REFERRED.plusDays(10), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE))
        .caseFile();
    MaracDecision again = casework.screenForMarac(c, REFERRED.plusDays(11)).decision();
    ExportRecord repeat = null;
    for (ExportRecord r : ExportRecords.ofDecision("C-79", again).records("routes")) {
      if (r.text("route").orElseThrow().equals("repeat")) {
        repeat = r;
      }
    }
    assertEquals(Optional.of(true), repeat.flag("fired"));
    assertEquals(Optional.of(day(4)), repeat.date("lastReferral"));
    assertEquals(Optional.of(day(10)), repeat.date("incidentDate"));
  }

  @Test
  void aMaracDecisionCarriesEveryRouteWeighedWithItsEvidenceFiredFirst() {
    CaseFile c = casework.open("C-78", REFERRED, 16, Measures.builder().on(REFERRED).assessment(judged()).abuse(AbuseProfile.none()).build())
        .caseFile();
    MaracDecision decision = casework.screenForMarac(c, REFERRED.plusDays(1)).decision();
    ExportRecord d = ExportRecords.ofDecision("C-78", decision);
    assertEquals(Optional.of("C-78"), d.text("caseId"));
    assertEquals(Optional.of(day(1)), d.date("asOf"));
    assertEquals(Optional.of("refer-to-marac"), d.text("outcome"));
    assertEquals(Optional.of(true), d.flag("alsoToChildrensSocialCare"), "at 16, children's social care as well");
    assertEquals(Optional.of(decision.policyId()), d.text("policyId"));
    assertEquals(Optional.of(decision.policyVersion()), d.text("policyVersion"));
    assertEquals(decision.notes(), d.texts("notes"));
    List<ExportRecord> routes = d.records("routes");
    assertEquals(decision.routes().size() + decision.notFired().size(), routes.size());
    ExportRecord fired = routes.get(0);
    assertEquals(Optional.of("professional-judgement"), fired.text("route"));
    assertEquals(Optional.of(true), fired.flag("fired"));
    assertEquals(Optional.of("idva-12"), fired.text("assessorId"));
    assertEquals(List.of("stalking"), fired.texts("reasons"));
    assertEquals(Optional.of(decision.routes().get(0).explanation()), fired.text("explanation"));
    assertEquals(Optional.of(false), routes.get(routes.size() - 1).flag("fired"));
    for (ExportRecord r : routes) {
      assertEquals(r.schema(), Schemas.ROUTE_FINDING);
    }
  }
}
