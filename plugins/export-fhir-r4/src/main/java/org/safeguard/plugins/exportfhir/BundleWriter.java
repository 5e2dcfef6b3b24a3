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

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.model.InvalidInputException;
import org.safeguard.spi.ExportWriter;

/** Writes one export: a Bundle per record, each on its own line, as the record comes. */
final class BundleWriter implements ExportWriter {
  private static final String CODES = FhirR4Exporter.NAMESPACE + "CodeSystem:";
  private static final String ANSWER = CODES + "answer";
  private static final String LEVEL = CODES + "level";
  private static final String INSTRUMENT = CODES + "instrument";
  private static final String QUESTIONNAIRE = FhirR4Exporter.NAMESPACE + "Questionnaire:";
  private static final String AGENCY = FhirR4Exporter.NAMESPACE + "agency";
  private static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
  private static final List<String> ANSWER_OPTIONS = List.of("yes", "no", "not-known");
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final JsonGenerator json;
  private final Purpose purpose;
  private final MessageDigest md5;
  /** The instrument versions whose Questionnaire has been written: as many as there are instruments, not cases. */
  private final Set<String> questionnaires = new HashSet<>();
  private long bundles;
  /** The case id of the record being written, as written (a pseudonym under research); empty when absent. */
  private byte[] caseKey = new byte[0];

  BundleWriter(JsonGenerator json, Purpose purpose) {
    this.json = json;
    this.purpose = purpose;
    json.setRootValueSeparator(null);
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must have MD5 (java.security.MessageDigest's own documentation)
      throw new IllegalStateException("this Java has no MD5", e);
    }
  }

  @Override
  public void write(ExportRecord record) throws IOException {
    if (record.purpose() != purpose) {
      throw new InvalidInputException("record", record.purpose(), "this export was opened for " + purpose + " and takes only records made for it");
    }
    bundles++;
    Optional<String> caseId = record.text("caseId");
    caseKey = caseId.orElse("").getBytes(StandardCharsets.UTF_8);
    json.writeStartObject();
    json.writeStringField("resourceType", "Bundle");
    json.writeObjectFieldStart("meta");
    json.writeArrayFieldStart("tag");
    coding(CODES + "purpose", purpose.name().toLowerCase(Locale.ROOT), null);
    json.writeEndArray();
    json.writeEndObject();
    json.writeStringField("type", "collection");
    json.writeArrayFieldStart("entry");
    String patient = patient(caseId);
    if (record.schema() == Schemas.CASE) {
      caseFile(record, patient);
    } else {
      assessmentAlone(record, patient);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  @Override
  public void finish() throws IOException {
    json.flush();
    json.close();
  }

  // ---- the resources ----

  private String patient(Optional<String> caseId) throws IOException {
    // one Patient per case across the file: its full URL comes from the case id alone, when there is one
    String url = caseId.isPresent() ? uuid("Patient", 0, false) : uuid("Patient", 0, true);
    start(url, "Patient");
    if (caseId.isPresent()) {
      json.writeArrayFieldStart("identifier");
      json.writeStartObject();
      json.writeStringField("system", purpose == Purpose.RESEARCH ? FhirR4Exporter.PSEUDONYM : FhirR4Exporter.CASE_ID);
      json.writeStringField("value", caseId.get());
      json.writeEndObject();
      json.writeEndArray();
    }
    end();
    return url;
  }

  private void caseFile(ExportRecord c, String patient) throws IOException {
    boolean closed = c.record("closure").isPresent();
    Optional<ExportDate> closedOn = c.record("closure").flatMap(r -> r.date("on"));
    int ordinal = 0;

    // the latest measured level decides the high-risk flag
    Optional<ExportRecord> intake = c.record("intake");
    List<ExportRecord> reviews = c.records("reviews");
    ExportRecord latest = intake.orElse(null);
    for (ExportRecord review : reviews) {
      Optional<ExportRecord> m = review.record("measures");
      if (m.isPresent() && m.get().record("assessment").flatMap(a -> a.text("level")).isPresent()) {
        latest = m.get();
      }
    }
    if (latest != null && latest.record("assessment").flatMap(a -> a.text("level")).filter("high"::equals).isPresent()) {
      flag(uuid("Flag", ordinal++, true), patient, "high-risk", latest.date("on"), closed, closedOn);
    }
    for (ExportRecord referral : c.records("maracReferrals")) {
      if (referral.texts("routes").contains("repeat")) {
        flag(uuid("Flag", ordinal++, true), patient, "repeat-marac", referral.date("referredOn"), closed, closedOn);
        break;
      }
    }

    if (intake.isPresent()) {
      measured(intake.get(), patient, ordinal++);
    }
    for (ExportRecord review : reviews) {
      Optional<ExportRecord> m = review.record("measures");
      if (m.isPresent()) {
        measured(m.get(), patient, ordinal++);
      }
    }

    List<ExportRecord> plans = c.records("safetyPlans");
    if (!plans.isEmpty()) {
      String goal = uuid("Goal", 0, true);
      start(goal, "Goal");
      json.writeStringField("lifecycleStatus", closed ? "completed" : "active");
      codeable("description", CODES + "goal", "victim-safety");
      reference("subject", patient);
      end();
      String previous = null;
      for (int i = 0; i < plans.size(); i++) {
        String url = uuid("CarePlan", i, true);
        String status = i < plans.size() - 1 ? "revoked" : closed ? "completed" : "active";
        carePlan(plans.get(i), url, status, patient, goal, previous);
        previous = url;
      }
    }

    List<ExportRecord> referrals = c.records("maracReferrals");
    for (int i = 0; i < referrals.size(); i++) {
      serviceRequest(referrals.get(i), uuid("ServiceRequest", i, true), patient);
    }
    List<ExportRecord> interventions = c.records("interventions");
    for (int i = 0; i < interventions.size(); i++) {
      task(interventions.get(i), uuid("Task", i, true), patient);
    }
    List<ExportRecord> consents = c.records("consents");
    for (int i = 0; i < consents.size(); i++) {
      consent(consents.get(i), uuid("Consent", i, true), patient);
    }
  }

  /** The assessment of a case's measures: dated by the measures when the checklist's own date is not recorded. */
  private void measured(ExportRecord measures, String patient, int ordinal) throws IOException {
    Optional<ExportRecord> assessment = measures.record("assessment");
    if (assessment.isPresent()) {
      riskAssessment(assessment.get(), uuid("RiskAssessment", ordinal, true), patient, null, measures.date("on"));
    }
  }

  private void assessmentAlone(ExportRecord a, String patient) throws IOException {
    List<ExportRecord> answers = a.records("answers");
    String response = null;
    if (!answers.isEmpty()) {
      Optional<String> instrument = a.text("instrumentId");
      Optional<String> version = a.text("instrumentVersion");
      String canonical = null;
      if (instrument.isPresent()) {
        canonical = QUESTIONNAIRE + instrument.get();
        String key = canonical + '|' + version.orElse("");
        if (questionnaires.add(key)) {
          questionnaire(uuid("Questionnaire", 0, true), canonical, version, answers);
        }
        if (version.isPresent()) {
          canonical = canonical + '|' + version.get();
        }
      }
      response = uuid("QuestionnaireResponse", 0, true);
      questionnaireResponse(a, response, canonical, patient, answers);
    }
    riskAssessment(a, uuid("RiskAssessment", 0, true), patient, response, Optional.empty());
  }

  private void questionnaire(String url, String canonical, Optional<String> version, List<ExportRecord> answers) throws IOException {
    boolean rated = false;
    for (ExportRecord answer : answers) {
      rated |= answer.integer("rating").isPresent();
    }
    start(url, "Questionnaire");
    json.writeStringField("url", canonical);
    if (version.isPresent()) {
      json.writeStringField("version", version.get());
    }
    json.writeStringField("status", "active");
    json.writeArrayFieldStart("subjectType");
    json.writeString("Patient");
    json.writeEndArray();
    json.writeArrayFieldStart("item");
    for (ExportRecord answer : answers) {
      Optional<String> item = answer.text("item");
      if (item.isEmpty()) {
        continue;
      }
      json.writeStartObject();
      json.writeStringField("linkId", item.get());
      json.writeStringField("type", "choice");
      json.writeArrayFieldStart("answerOption");
      for (String option : ANSWER_OPTIONS) {
        json.writeStartObject();
        json.writeFieldName("valueCoding");
        coding(ANSWER, option, null);
        json.writeEndObject();
      }
      json.writeEndArray();
      if (rated) {
        json.writeArrayFieldStart("item");
        json.writeStartObject();
        json.writeStringField("linkId", item.get() + ".rating");
        json.writeStringField("type", "integer");
        json.writeEndObject();
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    end();
  }

  private void questionnaireResponse(ExportRecord a, String url, @Nullable String canonical, String patient, List<ExportRecord> answers)
      throws IOException {
    start(url, "QuestionnaireResponse");
    if (canonical != null) {
      json.writeStringField("questionnaire", canonical);
    }
    json.writeStringField("status", "completed");
    reference("subject", patient);
    date("authored", a.date("completedOn"));
    json.writeArrayFieldStart("item");
    for (ExportRecord answer : answers) {
      Optional<String> item = answer.text("item");
      if (item.isEmpty()) {
        continue;
      }
      json.writeStartObject();
      json.writeStringField("linkId", item.get());
      Optional<String> given = answer.text("answer");
      if (given.isEmpty() || given.get().equals("not-asked")) {
        // never asked: no answer, and the reason there is none
        json.writeArrayFieldStart("extension");
        json.writeStartObject();
        json.writeStringField("url", DATA_ABSENT_REASON);
        json.writeStringField("valueCode", given.isEmpty() ? "unknown" : "not-asked");
        json.writeEndObject();
        json.writeEndArray();
      } else {
        json.writeArrayFieldStart("answer");
        json.writeStartObject();
        json.writeFieldName("valueCoding");
        coding(ANSWER, given.get(), null);
        OptionalLong rating = answer.integer("rating");
        if (rating.isPresent()) {
          json.writeArrayFieldStart("item");
          json.writeStartObject();
          json.writeStringField("linkId", item.get() + ".rating");
          json.writeArrayFieldStart("answer");
          json.writeStartObject();
          json.writeNumberField("valueInteger", rating.getAsLong());
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
          json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    end();
  }

  private void riskAssessment(ExportRecord a, String url, String patient, @Nullable String basis, Optional<ExportDate> measuredOn)
      throws IOException {
    start(url, "RiskAssessment");
    json.writeStringField("status", "final");
    Optional<String> instrument = a.text("instrumentId");
    if (instrument.isPresent()) {
      json.writeObjectFieldStart("method");
      json.writeArrayFieldStart("coding");
      coding(INSTRUMENT, instrument.get(), a.text("instrumentVersion").orElse(null));
      json.writeEndArray();
      json.writeEndObject();
    }
    reference("subject", patient);
    Optional<ExportDate> on = a.date("completedOn");
    date("occurrenceDateTime", on.isPresent() ? on : measuredOn);
    if (basis != null) {
      json.writeArrayFieldStart("basis");
      json.writeStartObject();
      json.writeStringField("reference", basis);
      json.writeEndObject();
      json.writeEndArray();
    }
    Optional<String> level = a.text("level");
    OptionalLong score = a.integer("score");
    if (level.isPresent() || score.isPresent()) {
      json.writeArrayFieldStart("prediction");
      json.writeStartObject();
      if (score.isPresent()) {
        json.writeArrayFieldStart("extension");
        json.writeStartObject();
        json.writeStringField("url", FhirR4Exporter.SCORE_EXTENSION);
        json.writeNumberField("valueInteger", score.getAsLong());
        json.writeEndObject();
        json.writeEndArray();
      }
      if (level.isPresent()) {
        codeable("qualitativeRisk", LEVEL, level.get());
      }
      json.writeEndObject();
      json.writeEndArray();
    }
    end();
  }

  private void carePlan(ExportRecord plan, String url, String status, String patient, String goal, @Nullable String previous) throws IOException {
    start(url, "CarePlan");
    json.writeStringField("status", status);
    json.writeStringField("intent", "plan");
    json.writeArrayFieldStart("category");
    json.writeStartObject();
    json.writeArrayFieldStart("coding");
    coding(CODES + "care-plan", "safety-plan", null);
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    reference("subject", patient);
    date("created", plan.date("revisedOn"));
    if (previous != null) {
      json.writeArrayFieldStart("replaces");
      json.writeStartObject();
      json.writeStringField("reference", previous);
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeArrayFieldStart("goal");
    json.writeStartObject();
    json.writeStringField("reference", goal);
    json.writeEndObject();
    json.writeEndArray();
    List<ExportRecord> actions = plan.records("actions");
    if (!actions.isEmpty()) {
      json.writeArrayFieldStart("activity");
      for (ExportRecord action : actions) {
        json.writeStartObject();
        json.writeObjectFieldStart("detail");
        Optional<String> category = action.text("category");
        if (category.isPresent()) {
          codeable("code", CODES + "category", category.get());
        }
        String actionStatus = action.text("status").orElse("");
        json.writeStringField("status", actionStatus.equals("done") ? "completed" : actionStatus.equals("open") ? "not-started" : "unknown");
        Optional<ExportDate> due = action.date("due");
        if (due.isPresent()) {
          json.writeObjectFieldStart("scheduledPeriod");
          json.writeStringField("end", due.get().toString());
          json.writeEndObject();
        }
        Optional<String> owner = action.text("owner");
        if (owner.isPresent()) {
          json.writeArrayFieldStart("performer");
          agency(owner.get());
          json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    end();
  }

  private void serviceRequest(ExportRecord referral, String url, String patient) throws IOException {
    start(url, "ServiceRequest");
    json.writeStringField("status", "active");
    json.writeStringField("intent", "order");
    json.writeArrayFieldStart("category");
    json.writeStartObject();
    json.writeArrayFieldStart("coding");
    coding(CODES + "service-request", "marac-referral", null);
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    Optional<String> outcome = referral.text("outcome");
    if (outcome.isPresent()) {
      codeable("code", CODES + "outcome", outcome.get());
    }
    reference("subject", patient);
    date("occurrenceDateTime", referral.date("meetingOn"));
    date("authoredOn", referral.date("referredOn"));
    List<String> routes = referral.texts("routes");
    if (!routes.isEmpty()) {
      json.writeArrayFieldStart("reasonCode");
      for (String route : routes) {
        json.writeStartObject();
        json.writeArrayFieldStart("coding");
        coding(CODES + "route", route, null);
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    end();
  }

  private void task(ExportRecord intervention, String url, String patient) throws IOException {
    start(url, "Task");
    Optional<String> id = intervention.text("id");
    if (id.isPresent()) {
      json.writeArrayFieldStart("identifier");
      json.writeStartObject();
      json.writeStringField("system", FhirR4Exporter.NAMESPACE + "intervention-id");
      json.writeStringField("value", id.get());
      json.writeEndObject();
      json.writeEndArray();
    }
    Optional<String> result = intervention.text("result");
    boolean ended = intervention.date("end").isPresent() || result.filter(r -> !r.equals("ongoing")).isPresent();
    json.writeStringField("status", ended ? "completed" : "in-progress");
    if (result.isPresent()) {
      codeable("businessStatus", CODES + "result", result.get());
    }
    json.writeStringField("intent", "order");
    Optional<String> kind = intervention.text("kind");
    if (kind.isPresent()) {
      codeable("code", CODES + "kind", kind.get());
    }
    reference("for", patient);
    Optional<ExportDate> from = intervention.date("start");
    Optional<ExportDate> to = intervention.date("end");
    if (from.isPresent() || to.isPresent()) {
      json.writeObjectFieldStart("executionPeriod");
      date("start", from);
      date("end", to);
      json.writeEndObject();
    }
    end();
  }

  private void flag(String url, String patient, String code, Optional<ExportDate> since, boolean closed, Optional<ExportDate> closedOn)
      throws IOException {
    start(url, "Flag");
    json.writeStringField("status", closed ? "inactive" : "active");
    json.writeArrayFieldStart("category");
    json.writeStartObject();
    json.writeArrayFieldStart("coding");
    coding("http://terminology.hl7.org/CodeSystem/flag-category", "safety", null);
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    codeable("code", CODES + "flag", code);
    reference("subject", patient);
    if (since.isPresent() || closedOn.isPresent()) {
      json.writeObjectFieldStart("period");
      date("start", since);
      date("end", closedOn);
      json.writeEndObject();
    }
    end();
  }

  private void consent(ExportRecord consent, String url, String patient) throws IOException {
    start(url, "Consent");
    json.writeStringField("status", "active");
    codeable("scope", "http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy");
    json.writeArrayFieldStart("category");
    json.writeStartObject();
    json.writeArrayFieldStart("coding");
    coding("http://loinc.org", "59284-0", null);
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    reference("patient", patient);
    date("dateTime", consent.date("recordedOn"));
    codeable("policyRule", "http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN");
    json.writeObjectFieldStart("provision");
    json.writeStringField("type", "permit");
    List<String> agencies = consent.texts("shareWith");
    if (!agencies.isEmpty()) {
      json.writeArrayFieldStart("actor");
      for (String agency : agencies) {
        json.writeStartObject();
        codeable("role", "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP");
        json.writeFieldName("reference");
        agency(agency);
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    end();
  }

  // ---- the parts ----

  private void start(String fullUrl, String type) throws IOException {
    json.writeStartObject();
    json.writeStringField("fullUrl", fullUrl);
    json.writeObjectFieldStart("resource");
    json.writeStringField("resourceType", type);
  }

  private void end() throws IOException {
    json.writeEndObject();
    json.writeEndObject();
  }

  private void reference(String field, String url) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("reference", url);
    json.writeEndObject();
  }

  /** An agency named by its code, as a logical reference to an Organization. */
  private void agency(String code) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "Organization");
    json.writeObjectFieldStart("identifier");
    json.writeStringField("system", AGENCY);
    json.writeStringField("value", code);
    json.writeEndObject();
    json.writeEndObject();
  }

  private void codeable(String field, String system, String code) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeArrayFieldStart("coding");
    coding(system, code, null);
    json.writeEndArray();
    json.writeEndObject();
  }

  private void coding(String system, String code, @Nullable String version) throws IOException {
    json.writeStartObject();
    json.writeStringField("system", system);
    if (version != null) {
      json.writeStringField("version", version);
    }
    json.writeStringField("code", code);
    json.writeEndObject();
  }

  private void date(String field, Optional<ExportDate> date) throws IOException {
    if (date.isPresent()) {
      json.writeStringField(field, date.get().toString());
    }
  }

  /**
   * A full URL {@code urn:uuid:...}, the same for the same case, resource type and ordinal: a
   * name-based UUID (version 3, MD5) of the case id as written and, unless the resource stands for
   * the case itself, the record's place in the file.
   */
  private String uuid(String type, int ordinal, boolean perRecord) {
    md5.update(caseKey);
    md5.update((byte) 0);
    if (perRecord) {
      long n = bundles;
      for (int i = 0; i < 8; i++) {
        md5.update((byte) (n >>> (56 - 8 * i)));
      }
    }
    md5.update(type.getBytes(StandardCharsets.US_ASCII));
    md5.update((byte) ordinal);
    md5.update((byte) (ordinal >>> 8));
    md5.update((byte) (ordinal >>> 16));
    byte[] hash = md5.digest();
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x30);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    char[] out = new char[9 + 36];
    "urn:uuid:".getChars(0, 9, out, 0);
    int at = 9;
    for (int i = 0; i < 16; i++) {
      if (i == 4 || i == 6 || i == 8 || i == 10) {
        out[at++] = '-';
      }
      out[at++] = HEX[(hash[i] >> 4) & 0xf];
      out[at++] = HEX[hash[i] & 0xf];
    }
    return new String(out);
  }
}
