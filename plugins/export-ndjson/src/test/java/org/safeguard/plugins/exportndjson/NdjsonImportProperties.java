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
package org.safeguard.plugins.exportndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.casework.CaseEvent;
import org.safeguard.core.casework.CaseEventType;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportRecords;
import org.safeguard.core.export.ExportSession;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.synthetic.SyntheticCaseFiles;

/**
 * NDJSON export then import gives equal model objects: a generated cohort, worked through the
 * engine's casework, written in FULL to an NDJSON file, read back with {@link NdjsonReader} and
 * mapped back with {@code ExportRecords.toCase}, {@code toAssessment}, {@code toResponses},
 * {@code toDecision} and {@code toEvent}.
 */
class NdjsonImportProperties {
  private static final Safeguard ENGINE = Safeguard.builder().build();

  @Property(tries = 40)
  void aCohortExportedInFullThenImportedGivesEqualModelObjects(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int cases) {
    List<SyntheticCaseFiles.Worked> cohort = SyntheticCaseFiles.generate(ENGINE, seed, cases);
    List<MaracDecision> decisions = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = ENGINE.export(NdjsonExporter.ID, ExportProfile.full(), out)) {
      for (SyntheticCaseFiles.Worked w : cohort) {
        CaseFile file = w.file();
        Assessment intake = file.intake().orElseThrow().assessment();
        MaracDecision decision = ENGINE.screenForMarac(CaseHistory.builder().asOf(file.openedOn().plusDays(21)).victimAge(file.victimAge())
            .incidents(file.incidents()).build(), intake);
        decisions.add(decision);
        session.write(file).write(file.caseId(), w.intakeAnswers(), intake).write(file.caseId(), decision);
        for (CaseEvent e : w.events()) {
          session.write(e);
        }
      }
    }
    NdjsonReader reader = NdjsonReader.open(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(Purpose.FULL, reader.purpose());
    int at = 0;
    for (int i = 0; i < cases; i++) {
      SyntheticCaseFiles.Worked w = cohort.get(i);
      CaseFile file = w.file();
      assertEquals(file, ExportRecords.toCase(reader.next().orElseThrow()));
      ExportRecord assessment = reader.next().orElseThrow();
      assertEquals(file.intake().orElseThrow().assessment(), ExportRecords.toAssessment(assessment));
      assertEquals(file.caseId(), assessment.text("caseId").orElseThrow());
      assertEquals(w.intakeAnswers(), ExportRecords.toResponses(assessment, ENGINE.instrument(SyntheticCaseFiles.INSTRUMENT)));
      assertEquals(decisions.get(i), ExportRecords.toDecision(reader.next().orElseThrow()));
      List<CaseEvent> events = new ArrayList<>();
      for (int e = 0; e < w.events().size(); e++) {
        events.add(ExportRecords.toEvent(reader.next().orElseThrow()));
      }
      assertEquals(w.events(), events);
      assertEquals(file.revision(), events.get(events.size() - 1).revision());
      at++;
    }
    assertEquals(Optional.empty(), reader.next());
    assertEquals(cases, at);
  }

  /** Under MARAC a case's history goes without its contacts and reviews, and with every other event. */
  @Property(tries = 15)
  void underMaracTheEventsOfTheContactLogAndReviewsStayBehind(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int cases) {
    List<SyntheticCaseFiles.Worked> cohort = SyntheticCaseFiles.generate(ENGINE, seed, cases);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> expected = new ArrayList<>();
    try (ExportSession session = ENGINE.export(NdjsonExporter.ID, ExportProfile.marac(), out)) {
      for (SyntheticCaseFiles.Worked w : cohort) {
        for (CaseEvent e : w.events()) {
          session.write(e);
          if (e.type() != CaseEventType.CONTACT_RECORDED && e.type() != CaseEventType.REVIEW_RECORDED) {
            expected.add(e.caseId() + " " + ExportRecords.ofEvent(e).text("type").orElseThrow() + " " + e.on());
          }
        }
      }
      assertEquals(expected.size(), session.written());
    }
    List<String> read = new ArrayList<>();
    for (ExportRecord r : NdjsonReader.open(new ByteArrayInputStream(out.toByteArray())).readAll()) {
      assertTrue(r.integer("revision").isEmpty(), "no revision under MARAC: its gaps would count the events left out");
      read.add(r.text("caseId").orElseThrow() + " " + r.text("type").orElseThrow() + " " + r.date("on").orElseThrow());
    }
    assertEquals(expected, read);
  }
}
