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
package org.safeguard.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.casework.Intervention;
import org.safeguard.core.casework.InterventionResult;
import org.safeguard.core.casework.MaracReferral;
import org.safeguard.core.casework.Measures;
import org.safeguard.core.casework.Review;
import org.safeguard.core.casework.SafetyAction;
import org.safeguard.core.casework.SafetyPlan;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.model.Agency;
import org.safeguard.model.RiskLevel;
import org.safeguard.plugins.exportfhir.FhirR4Exporter;

/**
 * What a vendor writes instead of the {@code fhir-r4} exporter: HAPI FHIR's R4 model objects built
 * from each case file, the same resources with the same codes and links, encoded by HAPI's JSON
 * parser a Bundle a line. {@code FhirAgreementTest} shows both write the same JSON for every case.
 * One instance per export (it counts Bundles, as the exporter does, for the full URLs).
 */
final class VendorCaseFhir {
  private static final String NS = FhirR4Exporter.NAMESPACE;
  private static final String CODES = NS + "CodeSystem:";
  /** Made once, as a vendor would: a FhirContext is costly to make and safe to share. */
  static final FhirContext FHIR = FhirContext.forR4();

  private final IParser parser = FHIR.newJsonParser();
  private final MessageDigest md5;
  private long bundles;
  /** The Bundle's MD5, made once per case as the exporter does. */
  private byte[] base = new byte[16];

  VendorCaseFhir() {
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the case files, a Bundle a line, and flushes. */
  static void write(List<CaseFile> files, OutputStream out) throws IOException {
    VendorCaseFhir vendor = new VendorCaseFhir();
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    for (CaseFile file : files) {
      vendor.parser.encodeResourceToWriter(vendor.bundle(file), writer);
      writer.write('\n');
    }
    writer.flush();
  }

  Bundle bundle(CaseFile file) {
    bundles++;
    byte[] key = file.caseId().getBytes(StandardCharsets.UTF_8);
    md5.update(key);
    md5.update((byte) 0);
    for (int i = 0; i < 8; i++) {
      md5.update((byte) (bundles >>> (56 - 8 * i)));
    }
    base = md5.digest();
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    bundle.getMeta().addTag(CODES + "purpose", "full", null);
    String patientUrl = uuid(key, "Patient", 0, false);
    Patient patient = new Patient();
    patient.addIdentifier(new Identifier().setSystem(NS + "case-id").setValue(file.caseId()));
    add(bundle, patientUrl, patient);
    Reference subject = new Reference(patientUrl);
    boolean closed = file.closure().isPresent();
    LocalDate closedOn = closed ? file.closure().get().on() : null;

    Measures latest = file.intake().orElse(null);
    for (Review review : file.reviews()) {
      if (review.measures().assessment().level().isPresent()) {
        latest = review.measures();
      }
    }
    if (latest != null && latest.assessment().level().filter(l -> l == RiskLevel.HIGH).isPresent()) {
      add(bundle, uuid(key, "Flag", 0, true), flag(subject, "high-risk", latest.on(), closed, closedOn));
    }
    for (MaracReferral referral : file.maracReferrals()) {
      if (referral.routes().contains(MaracRoute.REPEAT)) {
        add(bundle, uuid(key, "Flag", 1, true), flag(subject, "repeat-marac", referral.referredOn(), closed, closedOn));
        break;
      }
    }
    if (file.intake().isPresent()) {
      add(bundle, uuid(key, "RiskAssessment", 0, true), risk(file.intake().get(), subject));
    }
    for (int i = 0; i < file.reviews().size(); i++) {
      add(bundle, uuid(key, "RiskAssessment", i + 1, true), risk(file.reviews().get(i).measures(), subject));
    }

    List<SafetyPlan> plans = file.safetyPlans();
    if (!plans.isEmpty()) {
      String goalUrl = uuid(key, "Goal", 0, true);
      Goal goal = new Goal().setLifecycleStatus(closed ? Goal.GoalLifecycleStatus.COMPLETED : Goal.GoalLifecycleStatus.ACTIVE)
          .setDescription(concept(CODES + "goal", "victim-safety")).setSubject(subject);
      add(bundle, goalUrl, goal);
      String previous = null;
      for (int i = 0; i < plans.size(); i++) {
        String url = uuid(key, "CarePlan", i, true);
        CarePlan plan = new CarePlan()
            .setStatus(i < plans.size() - 1 ? CarePlan.CarePlanStatus.REVOKED : closed ? CarePlan.CarePlanStatus.COMPLETED : CarePlan.CarePlanStatus.ACTIVE)
            .setIntent(CarePlan.CarePlanIntent.PLAN).setSubject(subject).setCreatedElement(date(plans.get(i).revisedOn()));
        plan.addCategory(concept(CODES + "care-plan", "safety-plan"));
        if (previous != null) {
          plan.addReplaces(new Reference(previous));
        }
        plan.addGoal(new Reference(goalUrl));
        for (SafetyAction action : plans.get(i).actions()) {
          CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
          detail.setCode(concept(CODES + "category", VendorCaseJson.code(action.category())));
          detail.setStatus(switch (action.status()) {
            case DONE -> CarePlan.CarePlanActivityStatus.COMPLETED;
            case OPEN -> CarePlan.CarePlanActivityStatus.NOTSTARTED;
            case CANCELLED -> CarePlan.CarePlanActivityStatus.CANCELLED;
          });
          detail.setScheduled(new Period().setEndElement(date(action.due())));
          detail.addPerformer(agency(action.owner()));
        }
        add(bundle, url, plan);
        previous = url;
      }
    }

    for (int i = 0; i < file.maracReferrals().size(); i++) {
      MaracReferral referral = file.maracReferrals().get(i);
      ServiceRequest request = new ServiceRequest().setStatus(closed ? ServiceRequest.ServiceRequestStatus.COMPLETED : ServiceRequest.ServiceRequestStatus.ACTIVE)
          .setIntent(ServiceRequest.ServiceRequestIntent.ORDER).setCode(concept(CODES + "outcome", VendorCaseJson.code(referral.outcome())))
          .setSubject(subject).setAuthoredOnElement(date(referral.referredOn()));
      request.addCategory(concept(CODES + "service-request", "marac-referral"));
      if (referral.meetingOn().isPresent()) {
        request.setOccurrence(date(referral.meetingOn().get()));
      }
      for (MaracRoute route : referral.routes()) {
        request.addReasonCode(concept(CODES + "route", VendorCaseJson.code(route)));
      }
      add(bundle, uuid(key, "ServiceRequest", i, true), request);
    }
    for (int i = 0; i < file.interventions().size(); i++) {
      Intervention intervention = file.interventions().get(i);
      InterventionResult result = intervention.result();
      boolean ended = intervention.end().isPresent() || result != InterventionResult.ONGOING;
      Task.TaskStatus status = result == InterventionResult.DECLINED_BY_VICTIM || result == InterventionResult.NOT_AVAILABLE
          ? Task.TaskStatus.CANCELLED : ended ? Task.TaskStatus.COMPLETED : Task.TaskStatus.INPROGRESS;
      Task task = new Task().setStatus(status)
          .setBusinessStatus(concept(CODES + "result", VendorCaseJson.code(intervention.result()))).setIntent(Task.TaskIntent.ORDER)
          .setCode(concept(CODES + "kind", intervention.kind())).setFor(subject);
      task.addIdentifier(new Identifier().setSystem(NS + "intervention-id").setValue(intervention.id()));
      Period period = new Period().setStartElement(date(intervention.start()));
      if (intervention.end().isPresent()) {
        period.setEndElement(date(intervention.end().get()));
      }
      task.setExecutionPeriod(period);
      add(bundle, uuid(key, "Task", i, true), task);
    }
    for (int i = 0; i < file.consents().size(); i++) {
      org.safeguard.core.casework.Consent recorded = file.consents().get(i);
      Consent consent = new Consent().setStatus(i == file.consents().size() - 1 ? Consent.ConsentState.ACTIVE : Consent.ConsentState.INACTIVE)
          .setScope(concept("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy")).setPatient(subject)
          .setDateTimeElement(date(recorded.recordedOn()))
          .setPolicyRule(concept("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN"));
      consent.addCategory(concept("http://loinc.org", "59284-0"));
      Consent.ProvisionComponent provision = consent.getProvision()
          .setType(recorded.shareWith().isEmpty() ? Consent.ConsentProvisionType.DENY : Consent.ConsentProvisionType.PERMIT);
      for (Agency agency : recorded.shareWith()) {
        provision.addActor().setRole(concept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP")).setReference(agency(agency));
      }
      add(bundle, uuid(key, "Consent", i, true), consent);
    }
    return bundle;
  }

  private static RiskAssessment risk(Measures measures, Reference subject) {
    Assessment a = measures.assessment();
    RiskAssessment risk = new RiskAssessment().setStatus(RiskAssessment.RiskAssessmentStatus.FINAL).setSubject(subject)
        .setOccurrence(date(measures.on()));
    risk.getMethod().addCoding(new Coding().setSystem(CODES + "instrument").setVersion(a.score().instrumentVersion()).setCode(a.score().instrumentId()));
    RiskAssessment.RiskAssessmentPredictionComponent prediction = risk.addPrediction();
    prediction.addExtension(FhirR4Exporter.SCORE_EXTENSION, new IntegerType(a.score().value()));
    if (a.level().isPresent()) {
      prediction.setQualitativeRisk(concept(CODES + "level", VendorCaseJson.code(a.level().get())));
    }
    return risk;
  }

  private static Flag flag(Reference subject, String code, LocalDate since, boolean closed, LocalDate closedOn) {
    Flag flag = new Flag().setStatus(closed ? Flag.FlagStatus.INACTIVE : Flag.FlagStatus.ACTIVE).setCode(concept(CODES + "flag", code))
        .setSubject(subject);
    flag.addCategory(concept("http://terminology.hl7.org/CodeSystem/flag-category", "safety"));
    Period period = new Period().setStartElement(date(since));
    if (closedOn != null) {
      period.setEndElement(date(closedOn));
    }
    return flag.setPeriod(period);
  }

  private static Reference agency(Agency agency) {
    return new Reference().setType("Organization").setIdentifier(new Identifier().setSystem(NS + "agency").setValue(VendorCaseJson.code(agency)));
  }

  private static CodeableConcept concept(String system, String code) {
    return new CodeableConcept().addCoding(new Coding().setSystem(system).setCode(code));
  }

  private static DateTimeType date(LocalDate date) {
    return new DateTimeType(date.toString());
  }

  private static void add(Bundle bundle, String url, Resource resource) {
    bundle.addEntry().setFullUrl(url).setResource(resource);
  }

  /**
   * The exporter's full URLs, made the same way: the Patient's an MD5 of the case id, the others the
   * record's MD5 (case id and place in the file) with the type and ordinal mixed into its first bytes.
   */
  private String uuid(byte[] key, String type, int ordinal, boolean perRecord) {
    byte[] h;
    if (perRecord) {
      h = base.clone();
    } else {
      md5.update(key);
      md5.update((byte) 0);
      md5.update(type.getBytes(StandardCharsets.US_ASCII));
      h = md5.digest();
    }
    if (perRecord) {
      h[0] ^= (byte) (List.of("Patient", "Questionnaire", "QuestionnaireResponse", "RiskAssessment", "Goal", "CarePlan", "ServiceRequest",
          "Task", "Flag", "Consent").indexOf(type) + 1);
      h[1] ^= (byte) ordinal;
      h[2] ^= (byte) (ordinal >>> 8);
      h[3] ^= (byte) (ordinal >>> 16);
    }
    h[6] = (byte) ((h[6] & 0x0f) | 0x30);
    h[8] = (byte) ((h[8] & 0x3f) | 0x80);
    StringBuilder s = new StringBuilder("urn:uuid:");
    for (int i = 0; i < 16; i++) {
      if (i == 4 || i == 6 || i == 8 || i == 10) {
        s.append('-');
      }
      s.append(Character.forDigit((h[i] >> 4) & 0xf, 16)).append(Character.forDigit(h[i] & 0xf, 16));
    }
    return s.toString();
  }
}
