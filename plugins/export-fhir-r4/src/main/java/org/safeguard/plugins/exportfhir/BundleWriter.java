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
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private static final String INTERVENTION_ID = FhirR4Exporter.NAMESPACE + "intervention-id";
  private static final String INTERVENTION_PSEUDONYM = FhirR4Exporter.NAMESPACE + "intervention-pseudonym";
  private static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
  private static final List<String> ANSWER_OPTIONS = List.of("yes", "no", "not-known");
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** How many distinct codes, and dates, a writer keeps encoded. */
  private static final int CACHED = 4096;
  /** How many distinct field names and constant values a writer keeps encoded. */
  private static final int NAMES_KEPT = 512;
  /** The slots each table of encoded names or dates starts with; it doubles as it fills, so a small export zeroes little. */
  private static final int FIRST_TABLE = 64;
  private static final SerializedString FULL_URL = new SerializedString("fullUrl");
  private static final SerializedString RESOURCE = new SerializedString("resource");
  private static final SerializedString RESOURCE_TYPE = new SerializedString("resourceType");
  private static final SerializedString REFERENCE = new SerializedString("reference");
  private static final SerializedString VALUE = new SerializedString("value");
  private static final SerializedString CODE = new SerializedString("code");

  private final JsonGenerator json;
  private final Purpose purpose;
  private final String purposeCode;
  private final MessageDigest md5;
  /**
   * The instrument versions whose Questionnaire has been written: as many as there are instruments,
   * not cases; past {@link #CACHED} of them a Questionnaire may be written again.
   */
  private final Set<String> questionnaires = new HashSet<>();
  private long bundles;
  /** Set while a record is being written and left set when it fails, or once the export is abandoned. */
  private boolean broken;
  /** The case id of the record being written, as written (a pseudonym under research); empty when absent. */
  private byte[] caseKey = new byte[0];
  /** The record's MD5, which every full URL but the Patient's is made from. */
  private byte[] base = new byte[16];
  /**
   * Field names and constant values met so far, by identity: only this class's literals and
   * constants go in, a hundred or so, each the one string its class holds. Open addressing with
   * linear probing; past {@link #NAMES_KEPT} of them (a string that is not a constant) a name is
   * encoded as it comes. A {@code HashMap} lookup for every name written was the writer's costliest
   * step after the records themselves.
   */
  private @Nullable String[] nameKeys = new String[FIRST_TABLE];
  private @Nullable SerializedString[] nameValues = new SerializedString[FIRST_TABLE];
  private int namesKept;
  /** Codes and dates met so far, encoded once each. */
  private final Map<String, SerializedString> codes = new HashMap<>();
  /**
   * Dates met so far by their key {@code yyyymmdd} (day 0 for a month), open addressing with linear
   * probing in a table kept at most half full; a key is never 0. A {@code Map<Integer, ..>} boxed
   * every key, which for a date is past the small integers Java keeps.
   */
  private int[] dateKeys = new int[FIRST_TABLE];
  private @Nullable SerializedString[] dateValues = new SerializedString[FIRST_TABLE];
  private int datesKept;

  BundleWriter(JsonGenerator json, Purpose purpose) {
    this.json = json;
    this.purpose = purpose;
    this.purposeCode = purpose.name().toLowerCase(Locale.ROOT);
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
    if (record.schema() != Schemas.CASE && record.schema() != Schemas.ASSESSMENT && record.schema() != Schemas.PERPETRATOR_CASE) {
      throw new InvalidInputException("record", record.schema().name(), "the " + FhirR4Exporter.ID
          + " exporter writes case, assessment and perpetrator-case records");
    }
    if (broken) {
      throw new IllegalStateException("this export failed part-way and was abandoned; it takes no more records");
    }
    bundles++;
    // a failure from here on leaves a Bundle cut short: the export takes nothing more
    broken = true;
    Optional<String> caseId = record.text("caseId");
    boolean perpetrator = record.schema() == Schemas.PERPETRATOR_CASE;
    // a perpetrator case's Patient is never a victim case's, whatever the two ids
    caseKey = ((perpetrator ? "perpetrator-case\0" : "") + caseId.orElse("")).getBytes(StandardCharsets.UTF_8);
    base = recordHash();
    json.writeStartObject();
    constant("resourceType", "Bundle");
    object("meta");
    array("tag");
    coding(CODES + "purpose", purposeCode, null);
    json.writeEndArray();
    json.writeEndObject();
    constant("type", "collection");
    array("entry");
    Url patient = patient(caseId, perpetrator);
    if (record.schema() == Schemas.CASE) {
      caseFile(record, patient);
    } else if (record.schema() == Schemas.PERPETRATOR_CASE) {
      perpetratorCase(record, patient);
    } else {
      assessmentAlone(record, patient);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    broken = false;
  }

  @Override
  public void finish() throws IOException {
    if (broken) {
      throw new IllegalStateException("this export failed part-way and was abandoned; it cannot be finished");
    }
    json.flush();
    json.close();
  }

  /** Writes nothing more: the Bundle cut short stays cut short, never closed as if whole. */
  @Override
  public void abandon() {
    broken = true;
  }

  // ---- the resources ----

  private Url patient(Optional<String> caseId, boolean perpetrator) throws IOException {
    // one Patient per case across the file: its full URL comes from the case id alone, when there is one
    Url url = caseId.isPresent() ? uuid("Patient", 0, false) : uuid("Patient", 0, true);
    start(url, "Patient");
    if (caseId.isPresent()) {
      identifier(purpose == Purpose.RESEARCH
          ? perpetrator ? FhirR4Exporter.PERPETRATOR_PSEUDONYM : FhirR4Exporter.PSEUDONYM
          : perpetrator ? FhirR4Exporter.PERPETRATOR_CASE_ID : FhirR4Exporter.CASE_ID, caseId.get());
    }
    end();
    return url;
  }

  private void caseFile(ExportRecord c, Url patient) throws IOException {
    Optional<ExportRecord> closure = c.record("closure");
    boolean closed = closure.isPresent();
    Optional<ExportDate> closedOn = closure.flatMap(r -> r.date("on"));
    List<ExportRecord> referrals = c.records("maracReferrals");

    // the latest measured level decides the high-risk flag
    Optional<ExportRecord> intake = c.record("intake");
    List<ExportRecord> reviews = c.records("reviews");
    Optional<ExportRecord> latest = intake;
    Optional<String> latestLevel = intake.flatMap(BundleWriter::level);
    for (ExportRecord review : reviews) {
      Optional<ExportRecord> m = review.record("measures");
      Optional<String> level = m.flatMap(BundleWriter::level);
      if (level.isPresent()) {
        latest = m;
        latestLevel = level;
      }
    }
    if (latest.isPresent() && latestLevel.filter("high"::equals).isPresent()) {
      flag(uuid("Flag", 0, true), patient, "high-risk", latest.get().date("on"), closed, closedOn);
    }
    for (ExportRecord referral : referrals) {
      if (referral.texts("routes").contains("repeat")) {
        flag(uuid("Flag", 1, true), patient, "repeat-marac", referral.date("referredOn"), closed, closedOn);
        break;
      }
    }

    // ordinal 0 is the intake's, i + 1 the i-th review's, whether or not either was measured
    if (intake.isPresent()) {
      measured(intake.get(), patient, 0);
    }
    for (int i = 0; i < reviews.size(); i++) {
      Optional<ExportRecord> m = reviews.get(i).record("measures");
      if (m.isPresent()) {
        measured(m.get(), patient, i + 1);
      }
    }

    List<ExportRecord> plans = c.records("safetyPlans");
    if (!plans.isEmpty()) {
      Url goal = uuid("Goal", 0, true);
      start(goal, "Goal");
      constant("lifecycleStatus", closed ? "completed" : "active");
      codeable("description", CODES + "goal", "victim-safety");
      reference("subject", patient);
      end();
      Url previous = null;
      for (int i = 0; i < plans.size(); i++) {
        Url url = uuid("CarePlan", i, true);
        String status = i < plans.size() - 1 ? "revoked" : closed ? "completed" : "active";
        carePlan(plans.get(i), url, status, patient, goal, previous);
        previous = url;
      }
    }

    for (int i = 0; i < referrals.size(); i++) {
      serviceRequest(referrals.get(i), uuid("ServiceRequest", i, true), patient, closed);
    }
    List<ExportRecord> interventions = c.records("interventions");
    for (int i = 0; i < interventions.size(); i++) {
      task(interventions.get(i), uuid("Task", i, true), patient);
    }
    List<ExportRecord> consents = c.records("consents");
    for (int i = 0; i < consents.size(); i++) {
      consent(consents.get(i), uuid("Consent", i, true), patient, i == consents.size() - 1);
    }
  }

  /**
   * A perpetrator case: the programme's episode of care, a Flag for each statutory lever, an
   * Observation for each behaviour assessment (a component for each of the four types) and for each
   * risk score.
   */
  private void perpetratorCase(ExportRecord c, Url patient) throws IOException {
    Optional<ExportRecord> closure = c.record("closure");
    boolean closed = closure.isPresent();
    Optional<ExportDate> closedOn = closure.flatMap(r -> r.date("on"));
    List<ExportRecord> victims = c.records("victims");
    start(uuid("EpisodeOfCare", 0, true), "EpisodeOfCare");
    constant("status", closed ? "finished" : c.records("allocations").isEmpty() ? "waitlist" : "active");
    codeableArray("type", CODES + "episode", "perpetrator-programme");
    reference("patient", patient);
    Optional<ExportDate> referred = victims.isEmpty() ? Optional.empty() : victims.get(0).date("linkedOn");
    if (referred.isPresent() || closedOn.isPresent()) {
      object("period");
      date("start", referred);
      date("end", closedOn);
      json.writeEndObject();
    }
    end();
    List<ExportRecord> levers = c.records("levers");
    for (int i = 0; i < levers.size(); i++) {
      ExportRecord lever = levers.get(i);
      Optional<ExportDate> from = lever.date("from");
      Optional<ExportDate> until = lever.date("until");
      // ended by the closure: a lever with a last day on or before the day the case closed
      boolean ended = until.isPresent() && closedOn.isPresent() && until.get().compareTo(closedOn.get()) <= 0;
      start(uuid("Flag", i, true), "Flag");
      constant("status", ended ? "inactive" : "active");
      codeableArray("category", "http://terminology.hl7.org/CodeSystem/flag-category", "behavioral");
      codeable("code", CODES + "lever", lever.text("kind").orElse("other"));
      reference("subject", patient);
      if (from.isPresent() || until.isPresent()) {
        object("period");
        date("start", from);
        date("end", until);
        json.writeEndObject();
      }
      end();
    }
    int ordinal = 0;
    for (ExportRecord b : c.records("behaviour")) {
      start(uuid("Observation", ordinal++, true), "Observation");
      constant("status", "final");
      point(b);
      codeable("code", CODES + "observation", "perpetrator-behaviour");
      reference("subject", patient);
      date("effectiveDateTime", b.date("on"));
      Optional<String> source = b.text("source");
      if (source.isPresent()) {
        codeable("method", CODES + "behaviour-source", source.get());
      }
      List<String> notRecorded = b.texts("abuseNotRecorded");
      List<ExportRecord> present = b.records("abuse");
      // the four types, then any other the record names, so that no type it holds is dropped
      List<String> types = new java.util.ArrayList<>(BEHAVIOUR_TYPES);
      present.forEach(a -> a.text("type").filter(t -> !types.contains(t)).ifPresent(types::add));
      notRecorded.stream().filter(t -> !types.contains(t)).forEach(types::add);
      array("component");
      for (String type : types) {
        json.writeStartObject();
        codeable("code", CODES + "behaviour", type);
        if (notRecorded.contains(type)) {
          codeable("dataAbsentReason", "http://terminology.hl7.org/CodeSystem/data-absent-reason", "not-asked");
        } else {
          String severity = "none";
          for (ExportRecord abuse : present) {
            if (abuse.text("type").filter(type::equals).isPresent()) {
              severity = abuse.text("severity").orElse("none");
            }
          }
          codeable("valueCodeableConcept", CODES + "severity", severity);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      end();
    }
    for (ExportRecord score : c.records("scores")) {
      start(uuid("Observation", ordinal++, true), "Observation");
      constant("status", "final");
      point(score);
      object("code");
      array("coding");
      coding(INSTRUMENT, score.text("instrumentId").orElse("unknown"), score.text("instrumentVersion").orElse(null));
      json.writeEndArray();
      json.writeEndObject();
      reference("subject", patient);
      date("effectiveDateTime", score.date("on"));
      OptionalLong value = score.integer("score");
      if (score.flag("valid").orElse(false) && value.isPresent()) {
        long v = value.getAsLong();
        if (v == (int) v) {
          json.writeFieldName(name("valueInteger"));
          json.writeNumber(v);
        } else {
          // beyond FHIR's 32-bit integer, which no shipped instrument gives: an Observation has no valueDecimal, so a Quantity
          object("valueQuantity");
          json.writeFieldName(name("value"));
          json.writeNumber(v);
          json.writeEndObject();
        }
      } else {
        // the score does not stand: answers asked and not known, or the instrument's own rule refused it
        boolean notKnown = score.integer("notKnownCount").orElse(0) > 0;
        codeable("dataAbsentReason", "http://terminology.hl7.org/CodeSystem/data-absent-reason", notKnown ? "asked-unknown" : "error");
      }
      end();
    }
  }

  /** The point of a perpetrator case an assessment was made at, as the Observation's category. */
  private void point(ExportRecord r) throws IOException {
    Optional<String> point = r.text("point");
    if (point.isPresent()) {
      codeableArray("category", CODES + "assessment-point", point.get());
    }
  }

  /**
   * The four types of behaviour, in the codes {@code Schemas.ABUSE} documents; an Observation of
   * behaviour has a component for each, none when recorded and absent, and one more for any other
   * type a record names.
   */
  private static final List<String> BEHAVIOUR_TYPES = List.of("physical", "sexual", "harassment-and-stalking", "jealous-and-controlling");

  /** The level of the assessment made at a measurement, when it has one. */
  private static Optional<String> level(ExportRecord measures) {
    return measures.record("assessment").flatMap(a -> a.text("level"));
  }

  /** The assessment of a case's measures: dated by the measures when the checklist's own date is not recorded. */
  private void measured(ExportRecord measures, Url patient, int ordinal) throws IOException {
    Optional<ExportRecord> assessment = measures.record("assessment");
    if (assessment.isPresent()) {
      riskAssessment(assessment.get(), uuid("RiskAssessment", ordinal, true), patient, null, measures.date("on"));
    }
  }

  private void assessmentAlone(ExportRecord a, Url patient) throws IOException {
    List<ExportRecord> answers = a.records("answers");
    Url response = null;
    if (!answers.isEmpty()) {
      Optional<String> instrument = a.text("instrumentId");
      Optional<String> version = a.text("instrumentVersion");
      String canonical = null;
      if (instrument.isPresent()) {
        canonical = QUESTIONNAIRE + instrument.get();
        String key = canonical + '|' + version.orElse("");
        if (!questionnaires.contains(key)) {
          if (questionnaires.size() < CACHED) {
            questionnaires.add(key);
          }
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

  private void questionnaire(Url url, String canonical, Optional<String> version, List<ExportRecord> answers) throws IOException {
    boolean rated = false;
    for (ExportRecord answer : answers) {
      rated |= answer.integer("rating").isPresent();
    }
    start(url, "Questionnaire");
    text("url", canonical);
    if (version.isPresent()) {
      text("version", version.get());
    }
    constant("status", "active");
    array("subjectType");
    json.writeString("Patient");
    json.writeEndArray();
    array("item");
    for (ExportRecord answer : answers) {
      Optional<String> item = answer.text("item");
      if (item.isEmpty()) {
        continue;
      }
      json.writeStartObject();
      text("linkId", item.get());
      constant("type", "choice");
      array("answerOption");
      for (String option : ANSWER_OPTIONS) {
        json.writeStartObject();
        json.writeFieldName(name("valueCoding"));
        coding(ANSWER, option, null);
        json.writeEndObject();
      }
      json.writeEndArray();
      if (rated) {
        array("item");
        json.writeStartObject();
        text("linkId", item.get() + ".rating");
        constant("type", "integer");
        json.writeEndObject();
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    end();
  }

  private void questionnaireResponse(ExportRecord a, Url url, @Nullable String canonical, Url patient, List<ExportRecord> answers)
      throws IOException {
    start(url, "QuestionnaireResponse");
    if (canonical != null) {
      text("questionnaire", canonical);
    }
    constant("status", "completed");
    reference("subject", patient);
    date("authored", a.date("completedOn"));
    array("item");
    for (ExportRecord answer : answers) {
      Optional<String> item = answer.text("item");
      if (item.isEmpty()) {
        continue;
      }
      json.writeStartObject();
      text("linkId", item.get());
      Optional<String> given = answer.text("answer");
      if (given.isEmpty() || given.get().equals("not-asked")) {
        // never asked: no answer, and the reason there is none
        array("extension");
        json.writeStartObject();
        constant("url", DATA_ABSENT_REASON);
        constant("valueCode", given.isEmpty() ? "unknown" : "not-asked");
        json.writeEndObject();
        json.writeEndArray();
      } else {
        array("answer");
        json.writeStartObject();
        json.writeFieldName(name("valueCoding"));
        coding(ANSWER, given.get(), null);
        OptionalLong rating = answer.integer("rating");
        if (rating.isPresent()) {
          array("item");
          json.writeStartObject();
          text("linkId", item.get() + ".rating");
          array("answer");
          json.writeStartObject();
          whole(rating.getAsLong());
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

  private void riskAssessment(ExportRecord a, Url url, Url patient, @Nullable Url basis, Optional<ExportDate> measuredOn)
      throws IOException {
    start(url, "RiskAssessment");
    constant("status", "final");
    Optional<String> instrument = a.text("instrumentId");
    if (instrument.isPresent()) {
      object("method");
      array("coding");
      coding(INSTRUMENT, instrument.get(), a.text("instrumentVersion").orElse(null));
      json.writeEndArray();
      json.writeEndObject();
    }
    reference("subject", patient);
    Optional<ExportDate> on = a.date("completedOn");
    date("occurrenceDateTime", on.isPresent() ? on : measuredOn);
    if (basis != null) {
      referenceArray("basis", basis);
    }
    Optional<String> level = a.text("level");
    OptionalLong score = a.integer("score");
    if (level.isPresent() || score.isPresent()) {
      array("prediction");
      json.writeStartObject();
      if (score.isPresent()) {
        array("extension");
        json.writeStartObject();
        constant("url", FhirR4Exporter.SCORE_EXTENSION);
        whole(score.getAsLong());
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

  private void carePlan(ExportRecord plan, Url url, String status, Url patient, Url goal, @Nullable Url previous) throws IOException {
    start(url, "CarePlan");
    constant("status", status);
    constant("intent", "plan");
    codeableArray("category", CODES + "care-plan", "safety-plan");
    reference("subject", patient);
    date("created", plan.date("revisedOn"));
    if (previous != null) {
      referenceArray("replaces", previous);
    }
    referenceArray("goal", goal);
    List<ExportRecord> actions = plan.records("actions");
    if (!actions.isEmpty()) {
      array("activity");
      for (ExportRecord action : actions) {
        json.writeStartObject();
        object("detail");
        Optional<String> category = action.text("category");
        if (category.isPresent()) {
          codeable("code", CODES + "category", category.get());
        }
        constant("status", switch (action.text("status").orElse("")) {
          case "open" -> "not-started";
          case "done" -> "completed";
          case "cancelled" -> "cancelled";
          default -> "unknown";
        });
        Optional<ExportDate> due = action.date("due");
        if (due.isPresent()) {
          object("scheduledPeriod");
          date("end", due);
          json.writeEndObject();
        }
        Optional<String> owner = action.text("owner");
        if (owner.isPresent()) {
          array("performer");
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

  private void serviceRequest(ExportRecord referral, Url url, Url patient, boolean closed) throws IOException {
    start(url, "ServiceRequest");
    constant("status", closed ? "completed" : "active");
    constant("intent", "order");
    codeableArray("category", CODES + "service-request", "marac-referral");
    Optional<String> outcome = referral.text("outcome");
    if (outcome.isPresent()) {
      codeable("code", CODES + "outcome", outcome.get());
    }
    reference("subject", patient);
    date("occurrenceDateTime", referral.date("meetingOn"));
    date("authoredOn", referral.date("referredOn"));
    List<String> routes = referral.texts("routes");
    if (!routes.isEmpty()) {
      array("reasonCode");
      for (String route : routes) {
        json.writeStartObject();
        array("coding");
        coding(CODES + "route", route, null);
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    end();
  }

  private void task(ExportRecord intervention, Url url, Url patient) throws IOException {
    start(url, "Task");
    Optional<String> id = intervention.text("id");
    if (id.isPresent()) {
      identifier(purpose == Purpose.RESEARCH ? INTERVENTION_PSEUDONYM : INTERVENTION_ID, id.get());
    }
    Optional<String> result = intervention.text("result");
    constant("status", taskStatus(result.orElse(null), intervention.date("end").isPresent()));
    if (result.isPresent()) {
      codeable("businessStatus", CODES + "result", result.get());
    }
    constant("intent", "order");
    Optional<String> kind = intervention.text("kind");
    if (kind.isPresent()) {
      codeable("code", CODES + "kind", kind.get());
    }
    reference("for", patient);
    Optional<ExportDate> from = intervention.date("start");
    Optional<ExportDate> to = intervention.date("end");
    if (from.isPresent() || to.isPresent()) {
      object("executionPeriod");
      date("start", from);
      date("end", to);
      json.writeEndObject();
    }
    end();
  }

  /**
   * A Task's status from the intervention's result: declined by the victim or not available is
   * cancelled (it was not carried out); any other result, or an end date, is completed (the result
   * says how well); otherwise in progress.
   */
  static String taskStatus(@Nullable String result, boolean ended) {
    if ("declined-by-victim".equals(result) || "not-available".equals(result)) {
      return "cancelled";
    }
    return ended || result != null && !result.equals("ongoing") ? "completed" : "in-progress";
  }

  private void flag(Url url, Url patient, String code, Optional<ExportDate> since, boolean closed, Optional<ExportDate> closedOn)
      throws IOException {
    start(url, "Flag");
    constant("status", closed ? "inactive" : "active");
    codeableArray("category", "http://terminology.hl7.org/CodeSystem/flag-category", "safety");
    codeable("code", CODES + "flag", code);
    reference("subject", patient);
    if (since.isPresent() || closedOn.isPresent()) {
      object("period");
      date("start", since);
      date("end", closedOn);
      json.writeEndObject();
    }
    end();
  }

  /** A consent: the latest in force, earlier ones inactive; no agency to share with is a deny, not a permit to all. */
  private void consent(ExportRecord consent, Url url, Url patient, boolean latest) throws IOException {
    start(url, "Consent");
    constant("status", latest ? "active" : "inactive");
    codeable("scope", "http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy");
    codeableArray("category", "http://loinc.org", "59284-0");
    reference("patient", patient);
    date("dateTime", consent.date("recordedOn"));
    codeable("policyRule", "http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN");
    List<String> agencies = consent.texts("shareWith");
    object("provision");
    constant("type", agencies.isEmpty() ? "deny" : "permit");
    if (!agencies.isEmpty()) {
      array("actor");
      for (String agency : agencies) {
        json.writeStartObject();
        codeable("role", "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP");
        json.writeFieldName(name("reference"));
        agency(agency);
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    end();
  }

  // ---- the parts ----

  private void start(Url fullUrl, String type) throws IOException {
    json.writeStartObject();
    json.writeFieldName(FULL_URL);
    write(fullUrl);
    json.writeFieldName(RESOURCE);
    json.writeStartObject();
    json.writeFieldName(RESOURCE_TYPE);
    json.writeString(name(type));
  }

  private void end() throws IOException {
    json.writeEndObject();
    json.writeEndObject();
  }

  private void reference(String field, Url url) throws IOException {
    object(field);
    json.writeFieldName(REFERENCE);
    write(url);
    json.writeEndObject();
  }

  /** An agency named by its code, as a logical reference to an Organization. */
  private void agency(String code) throws IOException {
    json.writeStartObject();
    constant("type", "Organization");
    object("identifier");
    constant("system", AGENCY);
    json.writeFieldName(VALUE);
    code(code);
    json.writeEndObject();
    json.writeEndObject();
  }

  /** A list of one identifier. */
  private void identifier(String system, String value) throws IOException {
    array("identifier");
    json.writeStartObject();
    constant("system", system);
    text("value", value);
    json.writeEndObject();
    json.writeEndArray();
  }

  /** A list of one reference. */
  private void referenceArray(String field, Url url) throws IOException {
    array(field);
    json.writeStartObject();
    json.writeFieldName(REFERENCE);
    write(url);
    json.writeEndObject();
    json.writeEndArray();
  }

  /** A list of one CodeableConcept of one coding. */
  private void codeableArray(String field, String system, String code) throws IOException {
    array(field);
    json.writeStartObject();
    array("coding");
    coding(system, code, null);
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private void codeable(String field, String system, String code) throws IOException {
    object(field);
    array("coding");
    coding(system, code, null);
    json.writeEndArray();
    json.writeEndObject();
  }

  /** A coding; the system is one of this class's constants, the code the engine's or a plugin's. */
  private void coding(String system, String code, @Nullable String version) throws IOException {
    json.writeStartObject();
    constant("system", system);
    if (version != null) {
      text("version", version);
    }
    json.writeFieldName(CODE);
    code(code);
    json.writeEndObject();
  }

  /** A field whose name and value are both this class's constants: each encoded once per export. */
  private void constant(String field, String value) throws IOException {
    json.writeFieldName(name(field));
    json.writeString(name(value));
  }

  /** A field whose name is a constant and whose value comes from the record. */
  private void text(String field, String value) throws IOException {
    json.writeFieldName(name(field));
    json.writeString(value);
  }

  private void object(String field) throws IOException {
    json.writeFieldName(name(field));
    json.writeStartObject();
  }

  private void array(String field) throws IOException {
    json.writeFieldName(name(field));
    json.writeStartArray();
  }

  /** A code from a record: a few dozen distinct ones in a real export, each encoded once; past {@link #CACHED} of them, as it comes. */
  private void code(String code) throws IOException {
    SerializedString encoded = codes.get(code);
    if (encoded == null && codes.size() < CACHED) {
      encoded = new SerializedString(code);
      codes.put(code, encoded);
    }
    if (encoded != null) {
      json.writeString(encoded);
    } else {
      json.writeString(code);
    }
  }

  /** A whole number as FHIR's {@code valueInteger}, which is 32-bit; one beyond it, exactly, as {@code valueDecimal}. */
  private void whole(long value) throws IOException {
    json.writeFieldName(name(value == (int) value ? "valueInteger" : "valueDecimal"));
    json.writeNumber(value);
  }

  /** A date, day or month: each distinct one encoded once, past {@link #CACHED} of them as it comes. */
  private void date(String field, Optional<ExportDate> date) throws IOException {
    if (date.isEmpty()) {
      return;
    }
    ExportDate d = date.get();
    int key = (d.year() * 100 + d.month()) * 100 + d.dayOfMonth().orElse(0);
    json.writeFieldName(name(field));
    int at = dateSlot(dateKeys, key);
    SerializedString encoded = dateValues[at];
    if (encoded == null && datesKept < CACHED) {
      encoded = new SerializedString(d.toString());
      if (2 * (datesKept + 1) > dateKeys.length) {
        growDates();
        at = dateSlot(dateKeys, key);
      }
      dateKeys[at] = key;
      dateValues[at] = encoded;
      datesKept++;
    }
    if (encoded != null) {
      json.writeString(encoded);
    } else {
      json.writeString(d.toString());
    }
  }

  /** A field name or constant value of this class's, encoded the first time this writer meets it. */
  private SerializedString name(String constant) {
    int at = nameSlot(nameKeys, constant);
    SerializedString encoded = nameValues[at];
    if (encoded == null) {
      encoded = new SerializedString(constant);
      if (namesKept < NAMES_KEPT) {
        if (2 * (namesKept + 1) > nameKeys.length) {
          growNames();
          at = nameSlot(nameKeys, constant);
        }
        nameKeys[at] = constant;
        nameValues[at] = encoded;
        namesKept++;
      }
    }
    return encoded;
  }

  /** The slot of a date's key in a table, or the empty slot where it would go; the table is at most half full. */
  private static int dateSlot(int[] keys, int key) {
    int mask = keys.length - 1;
    int at = key * 0x9E3779B9 >>> 16 & mask;
    while (keys[at] != key && keys[at] != 0) {
      at = at + 1 & mask;
    }
    return at;
  }

  /** The slot of a constant in a table, by identity, or the empty slot where it would go; the table is at most half full. */
  private static int nameSlot(@Nullable String[] keys, String constant) {
    int mask = keys.length - 1;
    int at = System.identityHashCode(constant) & mask;
    String there = keys[at];
    while (there != constant && there != null) {
      at = at + 1 & mask;
      there = keys[at];
    }
    return at;
  }

  private void growDates() {
    int[] keys = new int[dateKeys.length * 2];
    @Nullable SerializedString[] values = new SerializedString[keys.length];
    for (int i = 0; i < dateKeys.length; i++) {
      if (dateKeys[i] != 0) {
        int at = dateSlot(keys, dateKeys[i]);
        keys[at] = dateKeys[i];
        values[at] = dateValues[i];
      }
    }
    dateKeys = keys;
    dateValues = values;
  }

  private void growNames() {
    @Nullable String[] keys = new String[nameKeys.length * 2];
    @Nullable SerializedString[] values = new SerializedString[keys.length];
    for (int i = 0; i < nameKeys.length; i++) {
      String key = nameKeys[i];
      if (key != null) {
        int at = nameSlot(keys, key);
        keys[at] = key;
        values[at] = nameValues[i];
      }
    }
    nameKeys = keys;
    nameValues = values;
  }

  /** A full URL, {@code urn:uuid:...}, encoded once however often it is referred to. */
  static final class Url {
    private final SerializedString encoded;

    Url(String url) {
      this.encoded = new SerializedString(url);
    }
  }

  private void write(Url url) throws IOException {
    json.writeString(url.encoded);
  }

  /**
   * A full URL {@code urn:uuid:...}, the same for the same case, resource type and ordinal. The
   * Patient's ({@code perRecord} false) is a name-based UUID (version 3, MD5) of the case id as
   * written, so one case is one Patient across the file; the others are the record's own MD5 (of
   * the case id and the record's place in the file) with the type and ordinal mixed into its first
   * four bytes, so each is distinct within the Bundle.
   */
  private Url uuid(String type, int ordinal, boolean perRecord) {
    byte[] hash;
    if (perRecord) {
      hash = base.clone();
      hash[0] ^= (byte) typeCode(type);
      hash[1] ^= (byte) ordinal;
      hash[2] ^= (byte) (ordinal >>> 8);
      hash[3] ^= (byte) (ordinal >>> 16);
    } else {
      md5.update(caseKey);
      md5.update((byte) 0);
      md5.update(type.getBytes(StandardCharsets.US_ASCII));
      hash = md5.digest();
    }
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
    return new Url(new String(out));
  }

  private static int typeCode(String type) {
    return switch (type) {
      case "Patient" -> 1;
      case "Questionnaire" -> 2;
      case "QuestionnaireResponse" -> 3;
      case "RiskAssessment" -> 4;
      case "Goal" -> 5;
      case "CarePlan" -> 6;
      case "ServiceRequest" -> 7;
      case "Task" -> 8;
      case "Flag" -> 9;
      case "Consent" -> 10;
      case "EpisodeOfCare" -> 11;
      case "Observation" -> 12;
      default -> throw new IllegalArgumentException(type);
    };
  }

  /** The record's MD5: of the case id as written and the record's place in the file. */
  private byte[] recordHash() {
    md5.update(caseKey);
    md5.update((byte) 0);
    long n = bundles;
    for (int i = 0; i < 8; i++) {
      md5.update((byte) (n >>> (56 - 8 * i)));
    }
    return md5.digest();
  }
}
