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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.spi.ExportWriter;
import org.safeguard.spi.Exporter;
import org.safeguard.spi.ExporterProvider;
import org.safeguard.spi.SetupContext;

/**
 * HL7 FHIR R4 ({@code application/fhir+ndjson}): one JSON {@code Bundle} of type
 * {@code collection} per record, a Bundle to a line, as FHIR bulk data lays out NDJSON. Written
 * with jackson-core's streaming generator, so memory stays constant however many records pass.
 * Every purpose is honoured: a Bundle holds only what its record holds, and the engine has already
 * left out what the purpose drops.
 *
 * <p>What becomes which resource:
 * <ul>
 *   <li>{@code Patient}: the case, with one identifier and nothing else. Its system says whether the
 *       value is the case system's id ({@value #CASE_ID}) or a research pseudonym
 *       ({@value #PSEUDONYM}).
 *   <li>{@code Questionnaire}: one per instrument version, written the first time an assessment with
 *       answers on it is written (past 4,096 instrument versions in one file, it may be written
 *       again), with the canonical URL {@code urn:safeguard:fhir:Questionnaire:<instrument>} and the
 *       instrument's version. Its items are that assessment's (the engine gives an answer for every
 *       instrument item), each a {@code choice} of {@code yes}, {@code no} and {@code not-known},
 *       with a nested {@code integer} item {@code <item>.rating} when that assessment has a rating.
 *   <li>{@code QuestionnaireResponse}: an assessment's answers, one item per instrument item. An
 *       item asked that nobody could answer has the answer {@code not-known}; an item never asked
 *       has no answer and the data-absent-reason {@code not-asked} ({@code unknown} when a record
 *       gives no answer at all); a rating is the nested item's {@code valueInteger}.
 *   <li>{@code RiskAssessment}: each assessment, at intake, at each review and alone. Its method is the
 *       instrument (code and version), its basis the QuestionnaireResponse when the answers came
 *       with it, and its prediction carries the level in force as {@code qualitativeRisk} and the
 *       score in the extension {@value #SCORE_EXTENSION} ({@code valueInteger}; a whole number
 *       beyond FHIR's 32-bit integer, which no shipped instrument gives, goes exactly as
 *       {@code valueDecimal}, as does such a rating).
 *   <li>{@code Goal}: one per case with a safety plan, the victim's safety; completed once the case
 *       is closed.
 *   <li>{@code CarePlan}: each version of the safety plan, serving that Goal, a later version
 *       replacing the one before (earlier versions revoked; the latest active, or completed once the
 *       case is closed), with an activity per action: its category, its status (open as
 *       not-started, done as completed, cancelled as cancelled), its due date and the agency that
 *       owns it.
 *   <li>{@code ServiceRequest}: each referral to a MARAC, the outcome as its code, its routes as
 *       reasons and the meeting day as its occurrence; active, or completed once the case is closed.
 *   <li>{@code Task}: each intervention, its id, kind, period and result; cancelled when declined by
 *       the victim or not available, completed once ended otherwise, else in progress. Its
 *       identifier's system is {@code urn:safeguard:fhir:intervention-id}, or
 *       {@code urn:safeguard:fhir:intervention-pseudonym} under research.
 *   <li>{@code Flag}: {@code high-risk} when the level of the latest assessment the record holds is
 *       high (under MARAC the reviews are left out, so that is the intake's), and
 *       {@code repeat-marac} when a referral was made by the repeat route; inactive once the case
 *       is closed.
 *   <li>{@code Consent}: each consent recorded, the latest active and earlier ones inactive, with the
 *       agencies it lets information go to as recipients of a permit; a consent to share with no
 *       agency is a deny.
 * </ul>
 *
 * <p>A perpetrator case becomes a Bundle of its own, whose {@code Patient} is the perpetrator case
 * (the perpetrator as the programme's service user; identifier system {@value #PERPETRATOR_CASE_ID},
 * or {@value #PERPETRATOR_PSEUDONYM} under research, and a full URL of its own, so that it is never
 * the Patient of a victim's case with the same id), with:
 * <ul>
 *   <li>{@code EpisodeOfCare}: the programme's work, of type {@code perpetrator-programme}, from the
 *       referral to the closure; waitlist until the case is allocated, then active, and finished
 *       once closed.
 *   <li>{@code Flag}: each statutory lever (category {@code behavioral}), its kind as the code and its
 *       days as the period; inactive once it ended on or before the case's closure, otherwise
 *       active, with the period saying when it ends (a system reading it later compares that with
 *       its own day).
 *   <li>{@code Observation}: each behaviour assessment (code {@code perpetrator-behaviour}, the point
 *       as its category, the source as its method), with a component for each of the four types
 *       whose value is the severity ({@code none} when recorded and absent) or, for a type the
 *       assessment did not cover, the data-absent-reason {@code not-asked}; and each risk score,
 *       the instrument as its code and the score as {@code valueInteger} (one beyond 32 bits as a
 *       {@code valueQuantity}), or, for a score that does not stand, the data-absent-reason
 *       {@code asked-unknown} when answers were not known and {@code error} otherwise (the
 *       instrument's own rule refused it).
 * </ul>
 *
 * <p>Codes the engine owns are written in code systems named {@code urn:safeguard:fhir:CodeSystem:<name>},
 * named after what they hold ({@code level}, {@code answer}, {@code route}, {@code outcome},
 * {@code kind}, {@code result}, {@code category}, {@code flag}, ...), with the engine's own codes.
 * Resources are linked by {@code urn:uuid:} full URLs made from the case's id as written (a
 * pseudonym under research), so that the same export gives the same file.
 *
 * <p>Not part of this mapping: MARAC decisions, cohort reports and perpetrator events (the
 * exporter lists none of them; a report could one day be a MeasureReport); of a perpetrator case,
 * its revision, the victims linked, the allocations, contact, engagement, needs, work log, breaches,
 * step-down, closure plan and closure reason; a case's opening date, revision and the victim's age; contacts, incidents, information sharing, reviews' outcome
 * answers and the closure's reason; a consent's method and whether contact was agreed; an action's id
 * and review date; what was measured besides the assessment (abuse, risk factors, vulnerabilities,
 * children); an assessment's counts, band, policy and category, and its judgements (the level in
 * force is mapped, not how it was raised).
 */
public final class FhirR4Exporter implements ExporterProvider, Exporter {
  /** The exporter's id. */
  public static final String ID = "fhir-r4";
  /** The exporter's version. */
  public static final String VERSION = "1.0";
  /** Where the names of the code systems, identifiers and extensions this exporter writes begin. */
  public static final String NAMESPACE = "urn:safeguard:fhir:";
  /** The identifier system of a case's id as the case system records it. */
  public static final String CASE_ID = NAMESPACE + "case-id";
  /** The identifier system of a research pseudonym. */
  public static final String PSEUDONYM = NAMESPACE + "research-pseudonym";
  /**
   * The identifier system of a perpetrator case's id, apart from a victim's case's, so that a case
   * system that numbers the two apart never has them read as one Patient.
   */
  public static final String PERPETRATOR_CASE_ID = NAMESPACE + "perpetrator-case-id";
  /** The identifier system of a perpetrator case's research pseudonym. */
  public static final String PERPETRATOR_PSEUDONYM = NAMESPACE + "perpetrator-research-pseudonym";
  /** The extension on a {@code RiskAssessment.prediction} that carries the score, an integer. */
  public static final String SCORE_EXTENSION = NAMESPACE + "StructureDefinition:score";

  /** Made on first open: an engine that never exports never loads jackson-core. */
  private volatile @Nullable JsonFactory factory;

  /** For ServiceLoader. */
  public FhirR4Exporter() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public Exporter load(SetupContext context) {
    return this;
  }

  @Override
  public String mediaType() {
    return "application/fhir+ndjson";
  }

  @Override
  public String fileExtension() {
    return "fhir.ndjson";
  }

  @Override
  public Set<String> records() {
    return Records.NAMES;
  }

  /** Held apart, so that loading the exporter does not build every export schema: they are built at the first call. */
  private static final class Records {
    static final Set<String> NAMES = Set.of(Schemas.CASE.name(), Schemas.ASSESSMENT.name(), Schemas.PERPETRATOR_CASE.name());
  }

  @Override
  public Set<Purpose> purposes() {
    return PURPOSES;
  }

  private static final Set<Purpose> PURPOSES = Collections.unmodifiableSet(EnumSet.allOf(Purpose.class));

  @Override
  public ExportWriter open(OutputStream out, Purpose purpose) throws IOException {
    return new BundleWriter(factory().createGenerator(out), purpose);
  }

  private JsonFactory factory() {
    JsonFactory made = factory;
    if (made == null) {
      // closing never closes the caller's stream, nor brackets a failed Bundle left open
      made = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).disable(StreamWriteFeature.AUTO_CLOSE_CONTENT).build();
      factory = made;
    }
    return made;
  }
}
