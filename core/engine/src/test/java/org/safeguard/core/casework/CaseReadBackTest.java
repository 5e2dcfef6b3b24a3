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

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.export.AgeRange;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Field;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.model.Agency;
import org.safeguard.model.Band;
import org.safeguard.model.IncidentType;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.Score;

/**
 * A record made for FULL reads back as the model object it was made from ({@link ExportRecords#toCase},
 * {@link ExportRecords#toAssessment}, {@link ExportRecords#toDecision}), and a record that cannot be
 * one is refused naming the field by its path.
 */
public class CaseReadBackTest {
  private final Safeguard engine = Fixtures.engine();
  private final Casework casework = engine.casework();
  private final CaseExportTest export = new CaseExportTest();

  /** The record with one field replaced, or left out when the value is null. */
  public static ExportRecord with(ExportRecord record, String name, @Nullable Object value) {
    ExportRecord.Builder b = ExportRecord.builder(record.schema()).purpose(record.purpose());
    List<Field> fields = record.schema().fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        if (value instanceof List<?> list) {
          b.setAll(name, list);
        } else if (value != null) {
          b.set(i, value);
        }
      } else if (fields.get(i).repeated()) {
        for (Object v : (List<?>) record.get(i)) {
          b.set(i, v);
        }
      } else if (record.has(i)) {
        b.set(i, record.get(i));
      }
    }
    return b.build();
  }

  @Test
  void aCaseWithOneOfEverythingReadsBackEqual() {
    CaseFile file = export.everything();
    assertEquals(file, ExportRecords.toCase(ExportRecords.ofCase(file)));
  }

  @Test
  void whatTheFirstCaseLacksReadsBackToo() {
    Assessment standard = Fixtures.scoring(engine, 2);
    Assessment medium = engine.raise(standard, engine.judgement().level(RiskLevel.MEDIUM).assessorId("idva-1").rationale("first view")
        .at(CaseExportTest.AT).build());
    Assessment twice = engine.raise(medium, engine.judgement().level(RiskLevel.HIGH).assessorId("idva-2").rationale("second view")
        .reasons(List.of(JudgementReason.STALKING, JudgementReason.values()[0])).at(CaseExportTest.AT.plusSeconds(60)).build());
    assertEquals(1, twice.earlierJudgements().size());
    CaseFile c = casework.open("C-80", CaseExportTest.REFERRED, java.util.OptionalInt.empty(), java.util.Optional.of(Measures.builder()
        .on(CaseExportTest.REFERRED).assessment(twice).abuse(AbuseProfile.none()).build())).caseFile();
    c = casework.recordConsent(c, Consent.builder().recordedOn(CaseExportTest.REFERRED).method(ConsentMethod.values()[0]).contactAgreed(false)
        .referralAgreed(true).build()).caseFile();
    c = casework.startIntervention(c, CaseworkTest.intervention("i1", StandardInterventions.SAFETY_PLANNING, 1)).caseFile();
    c = casework.recordIncident(c, Incident.of(CaseExportTest.REFERRED.plusDays(1), IncidentType.values()[0], Agency.POLICE)).caseFile();
    assertEquals(c, ExportRecords.toCase(ExportRecords.ofCase(c)));
  }

  @Test
  void assessmentsReadBackWithEveryPartTheirEqualityWeighs() {
    Score rated = Score.builder().instrumentId("rated-list").instrumentVersion("2").value(9).yesCount(3).ratedCount(3).rated(true)
        .category("moderate").build();
    Assessment banded = Assessment.builder().score(rated).band(Band.of(RiskLevel.MEDIUM, 5, 10)).computedLevel(RiskLevel.MEDIUM)
        .highRiskThresholdOnly(true).policyId("a-policy").policyVersion("3").build();
    Assessment open = Assessment.builder().score(rated).band(Band.from(RiskLevel.HIGH, 8)).computedLevel(RiskLevel.HIGH)
        .policyId("a-policy").policyVersion("3").build();
    Assessment insufficient = Assessment.builder().score(Score.builder().instrumentId("list").instrumentVersion("1").value(1).yesCount(1)
        .notKnownCount(20).invalidReason("too few answers").build()).insufficientInformation("1 item answered, the policy asks for 18")
        .policyId("a-policy").policyVersion("3").build();
    for (Assessment a : List.of(banded, open, insufficient, export.judged())) {
      assertEquals(a, ExportRecords.toAssessment(ExportRecords.ofAssessment("C-1", a)), a.toString());
    }
    assertTrue(ExportRecords.toAssessment(ExportRecords.ofAssessment("C-1", banded)).belowHighRiskThreshold());
  }

  /** A 1.1 file lacks values a whole case needs; guessing them would give back something other than was written. */
  @Test
  void aRecordOfTheOlderSchemaWithoutTheValuesAWholeCaseNeedsIsRefused() {
    ExportRecord a = ExportRecords.ofAssessment("C-1", Fixtures.scoring(engine, 5));
    assertEquals("assessment.rated", assertThrows(MissingValueException.class, () -> ExportRecords.toAssessment(with(a, "rated", null)))
        .field());
    assertEquals("assessment.highRiskThresholdOnly", assertThrows(MissingValueException.class,
        () -> ExportRecords.toAssessment(with(a, "highRiskThresholdOnly", null))).field());
    ExportRecord c = ExportRecords.ofCase(export.everything());
    ExportRecord consent = with(c.records("consents").get(0), "referralAgreed", null);
    assertEquals("case.consents.referralAgreed", assertThrows(MissingValueException.class,
        () -> ExportRecords.toCase(with(c, "consents", List.of(consent)))).field());
  }

  @Test
  void maracDecisionsReadBackWithEveryRouteInItsPlace() {
    CaseFile c = casework.open("C-78", CaseExportTest.REFERRED, 16, Measures.builder().on(CaseExportTest.REFERRED).assessment(export.judged())
        .abuse(AbuseProfile.none()).build()).caseFile();
    MaracDecision judged = casework.screenForMarac(c, CaseExportTest.REFERRED.plusDays(1)).decision();
    assertEquals(judged, ExportRecords.toDecision(ExportRecords.ofDecision("C-78", judged)));

    CaseFile e = casework.open("C-79", CaseExportTest.REFERRED, java.util.OptionalInt.of(30), java.util.Optional.empty()).caseFile();
    for (int d = 1; d <= 3; d++) {
      e = casework.recordIncident(e, Incident.of(CaseExportTest.REFERRED.plusDays(d), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE))
          .caseFile();
    }
    MaracScreening first = casework.screenForMarac(e, CaseExportTest.REFERRED.plusDays(4));
    e = casework.recordIncident(first.caseFile(), Incident.of(CaseExportTest.REFERRED.plusDays(10), IncidentType.VIOLENCE_OR_THREATS,
        Agency.POLICE)).caseFile();
    MaracDecision repeat = casework.screenForMarac(e, CaseExportTest.REFERRED.plusDays(11)).decision();
    for (MaracDecision d : List.of(first.decision(), repeat)) {
      assertEquals(d, ExportRecords.toDecision(ExportRecords.ofDecision("C-79", d)));
    }
  }

  @Test
  void aRecordOfAnotherSchemaOrPurposeIsRefused() {
    ExportRecord c = ExportRecords.ofCase(export.everything());
    InvalidInputException schema = assertThrows(InvalidInputException.class, () -> ExportRecords.toDecision(c));
    assertEquals("record.schema", schema.field());
    assertTrue(schema.getMessage().contains("marac-decision"), schema.getMessage());
    assertEquals("record.schema", assertThrows(InvalidInputException.class, () -> ExportRecords.toAssessment(c)).field());
    assertEquals("record.schema", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toCase(ExportRecords.ofAssessment("C-1", export.judged()))).field());
    for (Purpose purpose : List.of(Purpose.MARAC, Purpose.RESEARCH)) {
      ExportRecord made = ExportRecord.builder(Schemas.CASE).purpose(purpose).set("caseId", "C-1").set("revision", 1L)
          .set("openedOn", ExportDate.of(CaseExportTest.REFERRED)).build();
      assertEquals("record.purpose", assertThrows(InvalidInputException.class, () -> ExportRecords.toCase(made)).field());
    }
    assertEquals("record", assertThrows(MissingValueException.class, () -> ExportRecords.toCase(null)).field());
  }

  @Test
  void aCaseRecordThatCannotBeACaseIsRefusedNamingTheFieldByItsPath() {
    ExportRecord c = ExportRecords.ofCase(export.everything());
    assertEquals("case.caseId", assertThrows(MissingValueException.class, () -> ExportRecords.toCase(with(c, "caseId", null))).field());
    assertEquals("case.revision", assertThrows(MissingValueException.class, () -> ExportRecords.toCase(with(c, "revision", null))).field());
    assertEquals("case.openedOn", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toCase(with(c, "openedOn", ExportDate.ofMonth(YearMonth.of(2026, 3))))).field());
    assertEquals("case.victimAge", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toCase(with(c, "victimAge", AgeRange.band(34)))).field());

    ExportRecord intervention = with(c.records("interventions").get(0), "result", "won");
    InvalidInputException code = assertThrows(InvalidInputException.class, () -> ExportRecords.toCase(with(c, "interventions",
        List.of(intervention))));
    assertEquals("case.interventions.result", code.field());
    assertTrue(code.getMessage().contains("achieved"), "names the codes it takes: " + code.getMessage());

    ExportRecord review = c.records("reviews").get(0);
    ExportRecord twice = with(review, "answers", List.of(review.records("answers").get(0), review.records("answers").get(0)));
    assertEquals("case.reviews.answers.question", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toCase(with(c, "reviews", List.of(twice)))).field());
    assertEquals("case.reviews.measures", assertThrows(MissingValueException.class,
        () -> ExportRecords.toCase(with(c, "reviews", List.of(with(review, "measures", null))))).field());

    ExportRecord intake = c.record("intake").orElseThrow();
    ExportRecord doubled = with(intake, "abuse", List.of(intake.records("abuse").get(0), intake.records("abuse").get(0)));
    assertEquals("case.intake.abuse.type", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toCase(with(c, "intake", doubled))).field());
    ExportRecord action = with(c.records("safetyPlans").get(0).records("actions").get(0), "due", null);
    ExportRecord plan = with(c.records("safetyPlans").get(0), "actions", List.of(action));
    assertEquals("case.safetyPlans.actions.due", assertThrows(MissingValueException.class,
        () -> ExportRecords.toCase(with(c, "safetyPlans", List.of(plan)))).field());
  }

  @Test
  void anAssessmentRecordThatCannotBeAnAssessmentIsRefusedNamingTheField() {
    ExportRecord a = ExportRecords.ofAssessment("C-1", export.judged());
    assertEquals("assessment.score", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toAssessment(with(a, "score", 1L << 40))).field(), "a score beyond 32 bits");
    assertEquals("assessment.level", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toAssessment(with(a, "level", "standard"))).field(), "the level in force is the judgement's");
    assertEquals("assessment.level", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toAssessment(with(a, "level", null))).field());
    assertEquals("assessment.bandLower", assertThrows(MissingValueException.class,
        () -> ExportRecords.toAssessment(with(a, "bandLower", null))).field());
    assertEquals("assessment.computedLevel", assertThrows(MissingValueException.class,
        () -> ExportRecords.toAssessment(with(a, "computedLevel", null))).field());

    ExportRecord current = a.records("judgements").get(0);
    ExportRecord earlier = with(current, "current", false);
    assertEquals("assessment.judgements.current", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toAssessment(with(a, "judgements", List.of(current, earlier)))).field());
    assertEquals("assessment.judgements.at", assertThrows(MissingValueException.class,
        () -> ExportRecords.toAssessment(with(a, "judgements", List.of(with(current, "at", null))))).field());
    assertEquals("assessment.judgements.reasons", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toAssessment(with(a, "judgements", List.of(with(current, "reasons", List.of("a-hunch")))))).field());
  }

  /** A journey through every command, with the events each gave, in order. */
  private List<CaseEvent> everyKindOfEvent() {
    java.time.LocalDate day = CaseExportTest.REFERRED;
    List<CaseEvent> events = new java.util.ArrayList<>();
    java.util.function.Function<CaseChange, CaseFile> keep = change -> {
      events.addAll(change.events());
      return change.caseFile();
    };
    CaseFile c = keep.apply(casework.open("C-81", day, java.util.OptionalInt.of(17), java.util.Optional.empty()));
    c = keep.apply(casework.recordIntake(c, Measures.builder().on(day).assessment(export.judged()).abuse(AbuseProfile.none()).build()));
    c = keep.apply(casework.recordConsent(c, Consent.builder().recordedOn(day).method(ConsentMethod.WRITTEN).contactAgreed(true)
        .shareWith(java.util.Set.of(Agency.POLICE)).build()));
    c = keep.apply(casework.reviseSafetyPlan(c, day.plusDays(1), List.of(SafetyAction.builder().id("locks")
        .category(ActionCategory.HOME_SECURITY).owner(Agency.HOUSING).due(day.plusDays(14)).reviewOn(day.plusDays(28)).build())));
    c = keep.apply(casework.startIntervention(c, CaseworkTest.intervention("i1", StandardInterventions.SAFETY_PLANNING, 2)));
    c = keep.apply(casework.endIntervention(c, "i1", day.plusDays(30), InterventionResult.ACHIEVED));
    c = keep.apply(casework.recordContact(c, Contact.significant(day.plusDays(3), ContactChannel.PHONE)));
    c = keep.apply(casework.recordIncident(c, Incident.of(day.plusDays(4), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE)));
    c = keep.apply(casework.screenForMarac(c, day.plusDays(5)));
    c = keep.apply(casework.setMaracMeeting(c, day.plusDays(5), day.plusDays(12)));
    c = keep.apply(casework.share(c, day.plusDays(6), Agency.POLICE));
    c = keep.apply(casework.recordReview(c, Review.builder().kind(ReviewKind.CLOSURE).measures(Measures.builder().on(day.plusDays(90))
        .assessment(Fixtures.scoring(engine, 2)).abuse(AbuseProfile.none()).build()).putAnswers(OutcomeQuestion.FEELS_SAFER,
        OutcomeAnswer.YES).build()));
    keep.apply(casework.close(c, Closure.of(day.plusDays(92), ClosureReason.SUPPORT_COMPLETED)));
    return events;
  }

  @Test
  void everyKindOfCaseEventReadsBackEqual() {
    List<CaseEvent> events = everyKindOfEvent();
    java.util.Set<CaseEventType> kinds = java.util.EnumSet.noneOf(CaseEventType.class);
    for (CaseEvent e : events) {
      kinds.add(e.type());
      assertEquals(e, ExportRecords.toEvent(ExportRecords.ofEvent(e)));
    }
    assertEquals(java.util.EnumSet.allOf(CaseEventType.class), kinds, "the journey makes every kind of event");
  }

  @Test
  void anEventRecordWhoseTypeDayAndContentDisagreeIsRefused() {
    List<CaseEvent> events = everyKindOfEvent();
    ExportRecord opened = ExportRecords.ofEvent(events.get(0));
    ExportRecord contact = null;
    ExportRecord incident = null;
    for (CaseEvent e : events) {
      if (e.type() == CaseEventType.CONTACT_RECORDED) {
        contact = ExportRecords.ofEvent(e);
      } else if (e.type() == CaseEventType.INCIDENT_RECORDED) {
        incident = ExportRecords.ofEvent(e);
      }
    }
    ExportRecord c = contact;
    ExportRecord withIncident = with(c, "incident", incident.record("incident").orElseThrow());
    InvalidInputException other = assertThrows(InvalidInputException.class, () -> ExportRecords.toEvent(withIncident));
    assertEquals("event.incident", other.field());
    assertEquals("event.victimAge", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toEvent(with(c, "victimAge", AgeRange.exact(30)))).field(), "only an opening carries the age");
    assertEquals("event.contact", assertThrows(MissingValueException.class, () -> ExportRecords.toEvent(with(c, "contact", null))).field());
    assertEquals("event.on", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toEvent(with(c, "on", ExportDate.of(CaseExportTest.REFERRED.plusDays(40))))).field());
    assertEquals("event.type", assertThrows(InvalidInputException.class, () -> ExportRecords.toEvent(with(c, "type", "contact-made"))).field());
    assertEquals("event.victimAge", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toEvent(with(opened, "victimAge", AgeRange.band(17)))).field());
    assertEquals("record.schema", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toEvent(ExportRecords.ofCase(export.everything()))).field());
    for (CaseEvent e : events) {
      ExportRecord r = ExportRecords.ofEvent(e);
      if (e.type() == CaseEventType.INTERVENTION_ENDED) {
        // an intervention still running, as the start event would carry it, under an ended event's type
        ExportRecord running = with(r, "intervention", with(with(r.record("intervention").orElseThrow(), "end", null), "result", "ongoing"));
        assertEquals("event.intervention.end", assertThrows(MissingValueException.class, () -> ExportRecords.toEvent(running)).field());
      } else if (e.type() == CaseEventType.MARAC_MEETING_SET) {
        ExportRecord unset = with(r, "maracReferral", with(r.record("maracReferral").orElseThrow(), "meetingOn", null));
        assertEquals("event.maracReferral.meetingOn", assertThrows(MissingValueException.class, () -> ExportRecords.toEvent(unset)).field());
      }
    }
  }

  /** A rated instrument, as a plugin might supply one: four items on a five-point scale. */
  private static final org.safeguard.model.Instrument RATED = org.safeguard.model.Instrument.builder().id("rated").version("1")
      .itemIds("hurt", "insulted", "threatened", "screamed-at")
      .ratingScale(org.safeguard.model.RatingScale.of(1, "never", "rarely", "sometimes", "fairly-often", "frequently"))
      .scoringRule(org.safeguard.model.Responses::ratingSum).build();

  @Test
  void theAnswersAnAssessmentWasWrittenWithReadBackEqual() {
    org.safeguard.model.Responses answered = engine.responses("test-checklist").yes("a", "b").notKnown("c").no("d")
        .source("a", Agency.POLICE).source("c", Agency.HEALTH).completedOn(CaseExportTest.REFERRED).completedBy(Agency.IDVA_SERVICE).build();
    ExportRecord written = ExportRecords.ofAssessment("C-1", answered, engine.assess(answered));
    assertEquals(answered, ExportRecords.toResponses(written, answered.instrument()));

    org.safeguard.model.Responses rated = org.safeguard.model.Responses.builder(RATED).rate("hurt", 3).rate("insulted", 5)
        .notKnown("threatened").source("hurt", Agency.POLICE).build();
    Assessment judged = Assessment.builder().score(Score.builder().instrumentId("rated").instrumentVersion("1").value(8).yesCount(2)
        .notKnownCount(1).notAskedCount(1).ratedCount(2).rated(true).build()).insufficientInformation("2 items rated")
        .policyId("a-policy").policyVersion("1").build();
    ExportRecord ratedRecord = ExportRecords.ofAssessment("C-2", rated, judged);
    assertEquals(rated, ExportRecords.toResponses(ratedRecord, RATED));
    assertEquals(judged, ExportRecords.toAssessment(ratedRecord));
  }

  @Test
  void answersThatDoNotFitTheInstrumentAreRefusedNamingTheField() {
    org.safeguard.model.Responses answered = engine.responses("test-checklist").yes("a").no("d").build();
    org.safeguard.model.Instrument instrument = answered.instrument();
    ExportRecord a = ExportRecords.ofAssessment("C-1", answered, engine.assess(answered));
    assertEquals("assessment.instrumentId", assertThrows(InvalidInputException.class, () -> ExportRecords.toResponses(a, RATED)).field());
    assertEquals("assessment.answers", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toResponses(ExportRecords.ofAssessment("C-1", engine.assess(answered)), instrument)).field());
    List<ExportRecord> answers = a.records("answers");
    List<ExportRecord> twice = new java.util.ArrayList<>(answers);
    twice.set(1, answers.get(0));
    assertEquals("assessment.answers.item", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toResponses(with(a, "answers", twice), instrument)).field());
    List<ExportRecord> ratedNo = new java.util.ArrayList<>(answers);
    ratedNo.set(3, with(answers.get(3), "rating", 2L));
    assertEquals("assessment.answers.answer", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toResponses(with(a, "answers", ratedNo), instrument)).field());
    List<ExportRecord> badSource = new java.util.ArrayList<>(answers);
    badSource.set(0, with(answers.get(0), "source", "the-neighbours"));
    assertEquals("assessment.answers.source", assertThrows(InvalidInputException.class,
        () -> ExportRecords.toResponses(with(a, "answers", badSource), instrument)).field());
    assertEquals("record.purpose", assertThrows(InvalidInputException.class, () -> ExportRecords.toResponses(
        ExportRecord.builder(Schemas.ASSESSMENT).purpose(Purpose.MARAC).set("instrumentId", "test-checklist").build(), instrument)).field());
  }
}
