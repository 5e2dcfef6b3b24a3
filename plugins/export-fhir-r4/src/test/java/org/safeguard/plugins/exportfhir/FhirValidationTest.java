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
package org.safeguard.plugins.exportfhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.export.Purpose;
import org.safeguard.model.Answer;
import org.safeguard.model.Responses;
import org.safeguard.synthetic.SyntheticCaseFiles;

/**
 * What a health system reads: every Bundle from a generated cohort, for every purpose, parses with
 * HAPI FHIR and validates against base R4 with no errors, and the parsed resources carry the
 * source's score, level and answers item by item.
 */
class FhirValidationTest {
  private static final FhirContext FHIR = FhirContext.forR4();
  private static final Safeguard ENGINE = Safeguard.builder().build();
  private static final int CASES = 25;
  private static List<SyntheticCaseFiles.Worked> cohort;

  @BeforeAll
  static void cohort() {
    cohort = SyntheticCaseFiles.generate(ENGINE, 20261130L, CASES);
  }

  private static Assessment intake(CaseFile file) {
    return file.intake().orElseThrow().assessment();
  }

  /** Each case file, then its intake assessment with the answers it was made from. */
  private static List<String> export(Purpose purpose) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = ENGINE.export(FhirR4Exporter.ID, org.safeguard.testkit.SampleRecords.profile(purpose), out)) {
      for (SyntheticCaseFiles.Worked w : cohort) {
        session.write(w.file());
        session.write(w.file().caseId(), w.intakeAnswers(), intake(w.file()));
      }
    }
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /**
   * A validator that knows base R4 and the export's own Questionnaires, so that each
   * QuestionnaireResponse is checked against its Questionnaire as well.
   */
  private static FhirValidator validator(List<Bundle> bundles) {
    Map<String, Questionnaire> byCanonical = new HashMap<>();
    for (Bundle b : bundles) {
      for (Bundle.BundleEntryComponent e : b.getEntry()) {
        if (e.getResource() instanceof Questionnaire q) {
          byCanonical.put(q.getUrl(), q);
          byCanonical.put(q.getUrl() + "|" + q.getVersion(), q);
        }
      }
    }
    IValidationSupport questionnaires = new IValidationSupport() {
      @Override
      public FhirContext getFhirContext() {
        return FHIR;
      }

      @Override
      public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
        Questionnaire q = byCanonical.get(uri);
        return q != null && (type == null || type.isInstance(q)) ? type == null ? null : type.cast(q) : null;
      }
    };
    ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR), questionnaires,
        new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR),
        new SnapshotGeneratingValidationSupport(FHIR));
    return FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
  }

  @Test
  void everyBundleParsesAndValidatesAgainstBaseR4WithNoErrors() {
    IParser parser = FHIR.newJsonParser();
    Map<String, Integer> seen = new TreeMap<>();
    for (Purpose purpose : Purpose.values()) {
      List<String> lines = export(purpose);
      assertEquals(2 * CASES, lines.size(), "a Bundle per record");
      List<Bundle> bundles = new ArrayList<>();
      for (String line : lines) {
        bundles.add(parser.parseResource(Bundle.class, line));
      }
      FhirValidator validator = validator(bundles);
      List<String> errors = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        for (SingleValidationMessage m : validator.validateWithResult(lines.get(i)).getMessages()) {
          if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
            errors.add(purpose + " bundle " + i + " " + m.getLocationString() + ": " + m.getMessage());
          }
        }
        for (Bundle.BundleEntryComponent e : bundles.get(i).getEntry()) {
          seen.merge(e.getResource().fhirType(), 1, Integer::sum);
        }
      }
      assertTrue(errors.isEmpty(), errors.size() + " validation errors, the first: " + errors.subList(0, Math.min(10, errors.size())));
    }
    for (String type : List.of("Patient", "Questionnaire", "QuestionnaireResponse", "RiskAssessment", "CarePlan", "Goal", "ServiceRequest",
        "Task", "Flag", "Consent")) {
      assertTrue(seen.containsKey(type), "no " + type + " in any Bundle: " + seen);
    }
  }

  /**
   * The validator is not a rubber stamp: the same Bundle with one answer outside the Questionnaire's
   * options, or a RiskAssessment without its required status, has errors.
   */
  @Test
  void theValidatorFindsErrorsWhenThereAreSome() {
    IParser parser = FHIR.newJsonParser();
    List<String> lines = export(Purpose.FULL);
    List<Bundle> bundles = new ArrayList<>();
    for (String line : lines) {
      bundles.add(parser.parseResource(Bundle.class, line));
    }
    FhirValidator validator = validator(bundles);
    String assessment = lines.get(1);
    assertEquals(0, errors(validator, assessment), "the Bundle as written");
    String badAnswer = assessment.replaceFirst("(\"answer\":\\[\\{\"valueCoding\":\\{\"system\":\"[^\"]+\",\"code\":\")(yes|no|not-known)\"",
        "$1perhaps\"");
    assertFalse(badAnswer.equals(assessment));
    assertTrue(errors(validator, badAnswer) > 0, "an answer the Questionnaire does not offer");
    String noStatus = assessment.replace("\"resourceType\":\"RiskAssessment\",\"status\":\"final\",", "\"resourceType\":\"RiskAssessment\",");
    assertFalse(noStatus.equals(assessment));
    assertTrue(errors(validator, noStatus) > 0, "a RiskAssessment without its status");
  }

  private static long errors(FhirValidator validator, String bundle) {
    return validator.validateWithResult(bundle).getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).count();
  }

  @Test
  void theParsedResourcesCarryTheSourcesScoreLevelAndAnswers() {
    IParser parser = FHIR.newJsonParser();
    List<String> lines = export(Purpose.FULL);
    int questionnaires = 0;
    for (int c = 0; c < CASES; c++) {
      CaseFile file = cohort.get(c).file();
      Responses answers = cohort.get(c).intakeAnswers();
      Assessment assessed = intake(file);

      Bundle assessment = parser.parseResource(Bundle.class, lines.get(2 * c + 1));
      Patient patient = only(assessment, Patient.class);
      assertEquals(file.caseId(), patient.getIdentifierFirstRep().getValue());
      assertEquals(FhirR4Exporter.CASE_ID, patient.getIdentifierFirstRep().getSystem());
      questionnaires += all(assessment, Questionnaire.class).size();
      RiskAssessment risk = only(assessment, RiskAssessment.class);
      Coding method = risk.getMethod().getCodingFirstRep();
      assertEquals(answers.instrument().id(), method.getCode());
      assertEquals(answers.instrument().version(), method.getVersion());
      RiskAssessment.RiskAssessmentPredictionComponent prediction = risk.getPredictionFirstRep();
      assertEquals(assessed.score().value(), ((IntegerType) prediction.getExtensionByUrl(FhirR4Exporter.SCORE_EXTENSION).getValue()).getValue());
      assertEquals(assessed.level().orElseThrow().name().toLowerCase(Locale.ROOT), prediction.getQualitativeRisk().getCodingFirstRep().getCode());
      QuestionnaireResponse response = only(assessment, QuestionnaireResponse.class);
      assertEquals(risk.getBasisFirstRep().getReference(), entryOf(assessment, response).getFullUrl(), "the basis is the response");
      assertEquals(answers.instrument().items().size(), response.getItem().size(), "one item per instrument item");
      for (int i = 0; i < response.getItem().size(); i++) {
        QuestionnaireResponse.QuestionnaireResponseItemComponent item = response.getItem().get(i);
        assertEquals(answers.instrument().items().get(i).id(), item.getLinkId());
        Answer answer = answers.answerAt(i);
        if (answer == Answer.NOT_ASKED) {
          assertTrue(item.getAnswer().isEmpty(), "an item never asked has no answer");
          assertEquals("not-asked", item.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/data-absent-reason").getValue().primitiveValue());
        } else {
          assertEquals(answer.name().toLowerCase(Locale.ROOT).replace('_', '-'), item.getAnswerFirstRep().getValueCoding().getCode());
        }
      }

      Bundle caseBundle = parser.parseResource(Bundle.class, lines.get(2 * c));
      assertEquals(entryOf(caseBundle, only(caseBundle, Patient.class)).getFullUrl(), entryOf(assessment, patient).getFullUrl(),
          "the same case is the same Patient in every Bundle");
      assertEquals(file.safetyPlans().size(), all(caseBundle, CarePlan.class).size(), "a CarePlan per version of the safety plan");
      assertEquals(file.interventions().size(), all(caseBundle, Task.class).size(), "a Task per intervention");
      assertEquals(file.maracReferrals().size(), all(caseBundle, ServiceRequest.class).size(), "a ServiceRequest per MARAC referral");
      assertEquals(file.consents().size(), all(caseBundle, Consent.class).size(), "a Consent per consent recorded");
      boolean high = file.latestAssessment().flatMap(Assessment::level).filter(l -> l == org.safeguard.model.RiskLevel.HIGH).isPresent();
      assertEquals(high, all(caseBundle, Flag.class).stream().anyMatch(f -> f.getCode().getCodingFirstRep().getCode().equals("high-risk")),
          "a high-risk flag exactly when the latest level is high");
      List<RiskAssessment> measured = all(caseBundle, RiskAssessment.class);
      assertEquals(1 + file.reviews().size(), measured.size(), "a RiskAssessment at intake and at each review");
      assertEquals(assessed.score().value(),
          ((IntegerType) measured.get(0).getPredictionFirstRep().getExtensionByUrl(FhirR4Exporter.SCORE_EXTENSION).getValue()).getValue());
    }
    assertEquals(1, questionnaires, "one Questionnaire per instrument version in the file");
  }

  @Test
  void underResearchThePatientIsAPseudonymAndNothingElse() {
    IParser parser = FHIR.newJsonParser();
    List<String> lines = export(Purpose.RESEARCH);
    for (int c = 0; c < CASES; c++) {
      Patient patient = only(parser.parseResource(Bundle.class, lines.get(2 * c)), Patient.class);
      assertEquals(1, patient.getIdentifier().size());
      assertEquals(FhirR4Exporter.PSEUDONYM, patient.getIdentifierFirstRep().getSystem());
      assertFalse(patient.getIdentifierFirstRep().getValue().contains(cohort.get(c).file().caseId()));
      assertTrue(patient.getName().isEmpty() && patient.getTelecom().isEmpty() && patient.getAddress().isEmpty() && !patient.hasBirthDate());
      String caseId = cohort.get(c).file().caseId();
      assertFalse(lines.get(2 * c).contains(caseId), "the case id appears in the research Bundle of the case file");
      assertFalse(lines.get(2 * c + 1).contains(caseId), "the case id appears in the research Bundle of the assessment");
      assertEquals(patient.getIdentifierFirstRep().getValue(),
          only(parser.parseResource(Bundle.class, lines.get(2 * c + 1)), Patient.class).getIdentifierFirstRep().getValue(),
          "the case file and its assessment are the same pseudonymous Patient");
    }
  }

  private static Bundle.BundleEntryComponent entryOf(Bundle bundle, Resource resource) {
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      if (e.getResource() == resource) {
        return e;
      }
    }
    throw new AssertionError("not in the bundle");
  }

  private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      if (type.isInstance(e.getResource())) {
        found.add(type.cast(e.getResource()));
      }
    }
    return found;
  }

  private static <T extends Resource> T only(Bundle bundle, Class<T> type) {
    List<T> found = all(bundle, type);
    assertEquals(1, found.size(), "one " + type.getSimpleName());
    return found.get(0);
  }

  /**
   * Perpetrator cases, open and closed, with a lever, behaviour from both sources (one type not
   * covered) and a valid and an excluded Drive-DASH score: each Bundle validates against base R4,
   * and holds the episode, the lever's Flag and an Observation per assessment and score.
   */
  @Test
  void perpetratorBundlesValidateAgainstBaseR4AndCarryTheEpisodeLeversBehaviourAndScores() {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 2, 2);
    org.safeguard.core.PerpetratorWork work = ENGINE.perpetratorWork();
    var c = work.refer("P-1", org.safeguard.core.perpetrator.VictimLink.primary("V-1", org.safeguard.core.perpetrator.Relationship.EX_PARTNER,
        org.safeguard.core.perpetrator.LivingArrangement.LIVING_APART, day)).perpetratorCase();
    c = work.allocate(c, "cm-1", day.plusDays(2)).perpetratorCase();
    c = work.recordLever(c, org.safeguard.core.perpetrator.StatutoryLever.of("ro-1", org.safeguard.core.perpetrator.LeverKind.RESTRAINING_ORDER,
        day.minusDays(20))).perpetratorCase();
    c = work.recordBehaviour(c, new org.safeguard.core.perpetrator.BehaviourRecord(org.safeguard.core.perpetrator.AssessmentPoint.INTAKE,
        day.plusDays(5), org.safeguard.core.perpetrator.BehaviourSource.CASE_MANAGER, org.safeguard.core.outcome.AbuseProfile.of(
            Map.of(org.safeguard.core.outcome.AbuseType.PHYSICAL, org.safeguard.core.outcome.Severity.HIGH),
            java.util.Set.of(org.safeguard.core.outcome.AbuseType.SEXUAL)))).perpetratorCase();
    c = work.recordScore(c, new org.safeguard.core.perpetrator.ScoreRecord(org.safeguard.core.perpetrator.AssessmentPoint.INTAKE,
        day.plusDays(5), org.safeguard.model.Score.builder().instrumentId("drive-dash").instrumentVersion("2019").value(8).yesCount(8)
            .build())).perpetratorCase();
    var open = c;
    c = work.recordScore(c, new org.safeguard.core.perpetrator.ScoreRecord(org.safeguard.core.perpetrator.AssessmentPoint.CLOSURE,
        day.plusDays(300), org.safeguard.model.Score.builder().instrumentId("drive-dash").instrumentVersion("2019").value(2).yesCount(2)
            .notKnownCount(12).invalidReason("12 answers not known, the limit is 10").build())).perpetratorCase();
    var closed = work.close(c, day.plusDays(310), org.safeguard.core.perpetrator.ExitReason.COMPLETED).perpetratorCase();
    IParser parser = FHIR.newJsonParser();
    for (Purpose purpose : Purpose.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ExportSession session = ENGINE.export(FhirR4Exporter.ID, org.safeguard.testkit.SampleRecords.profile(purpose), out)) {
        session.write(open).write(closed);
      }
      List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
      assertEquals(2, lines.size());
      FhirValidator validator = validator(List.of());
      for (String line : lines) {
        List<String> errors = validator.validateWithResult(line).getMessages().stream()
            .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
            .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
        assertTrue(errors.isEmpty(), purpose + ": " + errors);
      }
      Bundle closedBundle = parser.parseResource(Bundle.class, lines.get(1));
      Map<String, List<Resource>> byType = new TreeMap<>();
      for (Bundle.BundleEntryComponent e : closedBundle.getEntry()) {
        byType.computeIfAbsent(e.getResource().fhirType(), t -> new ArrayList<>()).add(e.getResource());
      }
      assertEquals(java.util.Set.of("EpisodeOfCare", "Flag", "Observation", "Patient"), byType.keySet(), purpose.toString());
      var episode = (org.hl7.fhir.r4.model.EpisodeOfCare) byType.get("EpisodeOfCare").get(0);
      assertEquals(org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus.FINISHED, episode.getStatus());
      Flag order = (Flag) byType.get("Flag").get(0);
      assertEquals("restraining-order", order.getCode().getCodingFirstRep().getCode());
      assertEquals(Flag.FlagStatus.ACTIVE, order.getStatus(), "an open-ended order outlives the programme's case");
      List<Resource> observations = byType.get("Observation");
      assertEquals(3, observations.size(), "one behaviour assessment, two scores");
      var behaviour = (org.hl7.fhir.r4.model.Observation) observations.get(0);
      assertEquals(4, behaviour.getComponent().size(), "a component for each of the four types");
      assertEquals("high", behaviour.getComponent().get(0).getValueCodeableConcept().getCodingFirstRep().getCode());
      assertEquals("not-asked", behaviour.getComponent().get(1).getDataAbsentReason().getCodingFirstRep().getCode());
      assertEquals("none", behaviour.getComponent().get(2).getValueCodeableConcept().getCodingFirstRep().getCode());
      assertEquals(8, ((org.hl7.fhir.r4.model.Observation) observations.get(1)).getValueIntegerType().getValue());
      var excluded = (org.hl7.fhir.r4.model.Observation) observations.get(2);
      assertFalse(excluded.hasValue(), "an excluded score has no value");
      assertEquals("asked-unknown", excluded.getDataAbsentReason().getCodingFirstRep().getCode());
      Patient patient = (Patient) byType.get("Patient").get(0);
      assertEquals(purpose != Purpose.RESEARCH, "P-1".equals(patient.getIdentifierFirstRep().getValue()));
      assertEquals(purpose == Purpose.RESEARCH ? FhirR4Exporter.PERPETRATOR_PSEUDONYM : FhirR4Exporter.PERPETRATOR_CASE_ID,
          patient.getIdentifierFirstRep().getSystem(), "never a victim case's identifier");
    }
  }
}
