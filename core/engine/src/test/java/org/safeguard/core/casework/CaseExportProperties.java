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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.safeguard.core.Casework;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportRecords;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.export.AgeRange;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Field;
import org.safeguard.export.FieldKind;
import org.safeguard.export.Purpose;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;

/**
 * The purpose laws over any case the case rules let a service reach: MARAC and research only ever
 * take away (every value they keep is the value recorded, or its pseudonym, month or band), they
 * take away exactly what their fields and kinds say, and research ids still link a case's records.
 */
class CaseExportProperties {
  private static final byte[] KEY = "a research key of thirty-two byt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private final Safeguard engine = Fixtures.engine();
  private final Casework casework = engine.casework();

  @Provide
  Arbitrary<List<CaseworkProperties.Step>> journeys() {
    return new CaseworkProperties().journeys();
  }

  /** A case opened with a practitioner's judgement on record, then taken through the steps the rules allow. */
  private CaseFile reached(List<CaseworkProperties.Step> steps, int age) {
    Assessment judged = engine.raise(Fixtures.scoring(engine, 5), engine.judgement().level(RiskLevel.HIGH).assessorId("idva-3")
        .rationale("words only the service may read").reasons(List.of(JudgementReason.STALKING)).at(CaseExportTest.AT).build());
    CaseFile c = casework.open("C-0001", CaseworkTest.REFERRED, age, Measures.builder().on(CaseworkTest.REFERRED).assessment(judged)
        .abuse(AbuseProfile.none()).build()).caseFile();
    for (CaseworkProperties.Step step : steps) {
      try {
        c = step.command().apply(c).caseFile();
      } catch (InvalidInputException refused) {
        // a refused step changes nothing; the properties of casework say so
      }
    }
    return c;
  }

  private static ExportProfile profile(Purpose purpose) {
    return purpose == Purpose.FULL ? ExportProfile.full() : purpose == Purpose.MARAC ? ExportProfile.marac() : ExportProfile.research(KEY);
  }

  /** Every scalar value of a record with its field, nested records walked. */
  private static void walk(ExportRecord record, BiConsumer<Field, Object> each) {
    List<Field> fields = record.schema().fields();
    for (int i = 0; i < fields.size(); i++) {
      if (!record.has(i)) {
        continue;
      }
      Object v = record.get(i);
      for (Object element : fields.get(i).repeated() ? (List<?>) v : List.of(v)) {
        if (element instanceof ExportRecord) {
          walk((ExportRecord) element, each);
        } else {
          each.accept(fields.get(i), element);
        }
      }
    }
  }

  /** How many scalar values of a FULL record a purpose keeps, by the fields' purposes and kinds, read from the schema. */
  private static int kept(ExportRecord full, Purpose purpose) {
    int count = 0;
    List<Field> fields = full.schema().fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (!full.has(i) || !f.isFor(purpose)) {
        continue;
      }
      for (Object element : f.repeated() ? (List<?>) full.get(i) : List.of(full.get(i))) {
        if (element instanceof ExportRecord) {
          count += kept((ExportRecord) element, purpose);
        } else if (!dropped(f.kind(), purpose)) {
          count++;
        }
      }
    }
    return count;
  }

  private static boolean dropped(FieldKind kind, Purpose purpose) {
    switch (kind) {
      case FREE_TEXT:
        return purpose != Purpose.FULL;
      case STAFF_ID:
      case TIMESTAMP:
        return purpose == Purpose.RESEARCH;
      default:
        return false;
    }
  }

  @Property(tries = 200)
  void aPurposeKeepsExactlyWhatItsFieldsAndKindsAllowAndNothingItDrops(@ForAll("journeys") List<CaseworkProperties.Step> steps,
      @ForAll @IntRange(min = 16, max = 100) int age) {
    ExportRecord full = ExportRecords.ofCase(reached(steps, age));
    for (Purpose purpose : Purpose.values()) {
      ExportRecord made = profile(purpose).apply(full);
      assertEquals(purpose, made.purpose());
      List<Object> values = new ArrayList<>();
      walk(made, (field, value) -> {
        assertTrue(field.isFor(purpose), field + " under " + purpose);
        assertFalse(dropped(field.kind(), purpose), field + " under " + purpose);
        values.add(value);
        if (purpose == Purpose.RESEARCH) {
          if (field.kind() == FieldKind.DATE) {
            assertTrue(((ExportDate) value).monthOnly(), field + " keeps its day");
          }
          if (field.kind() == FieldKind.AGE) {
            assertEquals(((AgeRange) value).toBand(), value, field + " keeps the exact age");
          }
          if (field.kind() == FieldKind.ID) {
            assertTrue(((String) value).matches("[0-9a-f]{32}"), field + " is no pseudonym");
          }
        }
      });
      assertEquals(kept(full, purpose), values.size(), "values kept under " + purpose);
    }
  }

  /** MARAC takes away and never changes: each value it keeps is, in order, one the FULL record holds. */
  @Property(tries = 200)
  void maracOnlyTakesAway(@ForAll("journeys") List<CaseworkProperties.Step> steps) {
    ExportRecord full = ExportRecords.ofCase(reached(steps, 40));
    List<Object> all = new ArrayList<>();
    walk(full, (field, value) -> all.add(value));
    List<Object> marac = new ArrayList<>();
    ExportRecord forMarac = ExportProfile.marac().apply(full);
    walk(forMarac, (field, value) -> marac.add(value));
    assertTrue(forMarac.integer("revision").isEmpty(), "no revision, which less the entries shown would count the contacts and reviews");
    int at = 0;
    for (Object v : marac) {
      while (at < all.size() && !all.get(at).equals(v)) {
        at++;
      }
      assertTrue(at < all.size(), "MARAC holds a value the case does not, in that order");
      at++;
    }
  }

  /** Research keeps each value's order and replaces it only by its pseudonym, month or band. */
  @Property(tries = 200)
  void researchReplacesAValueOnlyByItsPseudonymMonthOrBandAndLinksTheCasesRecords(@ForAll("journeys") List<CaseworkProperties.Step> steps,
      @ForAll @IntRange(min = 16, max = 100) int age) {
    CaseFile file = reached(steps, age);
    ExportRecord full = ExportRecords.ofCase(file);
    ExportRecord research = ExportProfile.research(KEY).apply(full);
    List<Object> coarse = new ArrayList<>();
    walk(full, (field, value) -> {
      if (field.isFor(Purpose.RESEARCH) && !dropped(field.kind(), Purpose.RESEARCH)) {
        coarse.add(value instanceof ExportDate ? ((ExportDate) value).toMonth() : value instanceof AgeRange ? ((AgeRange) value).toBand()
            : field.kind() == FieldKind.ID ? field.name() : value);
      }
    });
    List<Object> got = new ArrayList<>();
    walk(research, (field, value) -> got.add(field.kind() == FieldKind.ID ? field.name() : value));
    assertEquals(coarse, got);
    ExportRecord assessment = ExportProfile.research(KEY).apply(ExportRecords.ofAssessment(file.caseId(),
        file.intake().orElseThrow().assessment()));
    assertEquals(research.text("caseId"), assessment.text("caseId"), "a case's records link under one key");
  }

  /** The inverse law: whatever case the rules let a service reach, its FULL record reads back as that case. */
  @Property(tries = 200)
  void aFullCaseRecordReadsBackAsTheCase(@ForAll("journeys") List<CaseworkProperties.Step> steps, @ForAll @IntRange(min = 16, max = 99) int age) {
    CaseFile c = reached(steps, age);
    assertEquals(c, ExportRecords.toCase(ExportRecords.ofCase(c)));
    c.intake().ifPresent(m -> assertEquals(m.assessment(), ExportRecords.toAssessment(ExportRecords.ofAssessment(c.caseId(), m.assessment()))));
  }

  /** Every event casework gives on the way reads back from its FULL record as that event. */
  @Property(tries = 200)
  void everyEventOfAJourneyReadsBackAsThatEvent(@ForAll("journeys") List<CaseworkProperties.Step> steps) {
    Assessment judged = Fixtures.scoring(engine, 5);
    CaseChange opened = casework.open("C-0002", CaseworkTest.REFERRED, 40, Measures.builder().on(CaseworkTest.REFERRED).assessment(judged)
        .abuse(AbuseProfile.none()).build());
    List<CaseEvent> events = new ArrayList<>(opened.events());
    CaseFile c = opened.caseFile();
    for (CaseworkProperties.Step step : steps) {
      try {
        CaseChange change = step.command().apply(c);
        events.addAll(change.events());
        c = change.caseFile();
      } catch (InvalidInputException refused) {
        // a refused step makes no event
      }
    }
    for (CaseEvent e : events) {
      assertEquals(e, ExportRecords.toEvent(ExportRecords.ofEvent(e)));
    }
    assertEquals(c.revision(), events.get(events.size() - 1).revision(), "the last event made the revision the case stands at");
  }
}
