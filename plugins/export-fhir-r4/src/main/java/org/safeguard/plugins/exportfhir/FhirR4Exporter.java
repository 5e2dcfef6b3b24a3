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
 *   <li>{@code Questionnaire}: one per instrument version, the first time an assessment with answers
 *       on it is written, with the canonical URL {@code urn:safeguard:fhir:Questionnaire:<instrument>}
 *       and the instrument's version; an item per instrument item, a {@code choice} of
 *       {@code yes}, {@code no} and {@code not-known}, with a nested {@code integer} item
 *       {@code <item>.rating} for an instrument whose items are rated.
 *   <li>{@code QuestionnaireResponse}: an assessment's answers, one item per instrument item. An
 *       item asked that nobody could answer has the answer {@code not-known}; an item never asked
 *       has no answer and the data-absent-reason {@code not-asked}.
 *   <li>{@code RiskAssessment}: each assessment, at intake, at each review and alone. Its method is the
 *       instrument (code and version), its basis the QuestionnaireResponse when the answers came
 *       with it, and its prediction carries the level in force as {@code qualitativeRisk} and the
 *       score in the extension {@value #SCORE_EXTENSION} ({@code valueInteger}; a whole number
 *       beyond FHIR's 32-bit integer, which no shipped instrument gives, goes exactly as
 *       {@code valueDecimal}, as does such a rating).
 *   <li>{@code CarePlan} and {@code Goal}: each version of the safety plan, a later one replacing the
 *       one before, with an activity per action (its category, status &mdash; open as not-started, done as completed, cancelled as cancelled &mdash; due date and owning agency);
 *       one Goal, the victim's safety, which every version serves.
 *   <li>{@code ServiceRequest}: each referral to a MARAC, its routes as reasons and the meeting day as
 *       its occurrence.
 *   <li>{@code Task}: each intervention, its kind, period and result.
 *   <li>{@code Flag}: {@code high-risk} when the latest assessment's level is high, and
 *       {@code repeat-marac} when a referral was made by the repeat route; inactive once the case
 *       is closed.
 *   <li>{@code Consent}: each consent recorded, with the agencies it lets information go to.
 * </ul>
 *
 * <p>Codes the engine owns are written in code systems named {@code urn:safeguard:fhir:CodeSystem:<name>},
 * where {@code <name>} is the export schema field's name ({@code level}, {@code answer},
 * {@code route}, ...), with the engine's own codes. Resources are linked by {@code urn:uuid:} full
 * URLs made from the case's id as written (a pseudonym under research), so that the same export
 * gives the same file. Contacts, incidents, sharing, reviews' outcome answers, closure reasons,
 * judgements and MARAC decisions are not part of this mapping.
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
    return RECORDS;
  }

  @Override
  public Set<Purpose> purposes() {
    return PURPOSES;
  }

  private static final Set<String> RECORDS = Set.of(Schemas.CASE.name(), Schemas.ASSESSMENT.name());
  private static final Set<Purpose> PURPOSES = Collections.unmodifiableSet(EnumSet.allOf(Purpose.class));

  @Override
  public ExportWriter open(OutputStream out, Purpose purpose) throws IOException {
    return new BundleWriter(factory().createGenerator(out), purpose);
  }

  private JsonFactory factory() {
    JsonFactory made = factory;
    if (made == null) {
      made = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
      factory = made;
    }
    return made;
  }
}
