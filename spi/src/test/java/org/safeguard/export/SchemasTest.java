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
package org.safeguard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.StableId;

/** The schemas the engine exports, and the rules every schema and field keeps. */
class SchemasTest {
  private static Set<Schema> all() {
    Set<Schema> seen = new HashSet<>();
    Deque<Schema> todo = new ArrayDeque<>(Schemas.RECORDS);
    while (!todo.isEmpty()) {
      Schema s = todo.pop();
      if (seen.add(s)) {
        for (Field f : s.fields()) {
          f.nested().ifPresent(todo::push);
        }
      }
    }
    return seen;
  }

  @Test
  void theRecordNamesNameEachTopLevelRecordOnce() {
    assertEquals(Schemas.RECORDS.size(), Schemas.RECORD_NAMES.size(), "names are unique");
    for (String name : Schemas.RECORD_NAMES) {
      assertTrue(Schemas.record(name).isPresent(), name);
    }
    assertThrows(UnsupportedOperationException.class, () -> Schemas.RECORD_NAMES.add("x"));
  }

  @Test
  void theTopLevelRecordsAreFoundByName() {
    assertEquals(Optional.of(Schemas.CASE), Schemas.record("case"));
    assertEquals(Optional.of(Schemas.ASSESSMENT), Schemas.record("assessment"));
    assertEquals(Optional.of(Schemas.MARAC_DECISION), Schemas.record("marac-decision"));
    assertEquals(Optional.of(Schemas.MARAC_RETURN), Schemas.record("marac-return"));
    assertEquals(Optional.empty(), Schemas.record("measures"));
    assertEquals(Optional.empty(), Schemas.record("marac-return-figure"), "a nested schema is no top-level record");
    assertTrue(Schemas.VERSION.matches("[0-9]+\\.[0-9]+"));
  }

  @Test
  void everySchemaHasAStableNameADescriptionAndDescribedFieldsForFull() {
    Set<String> names = new HashSet<>();
    for (Schema s : all()) {
      assertTrue(StableId.isValid(s.name()), s.name());
      assertTrue(names.add(s.name()), "two schemas are named " + s.name());
      assertFalse(s.description().isBlank(), s.name());
      for (Field f : s.fields()) {
        assertFalse(f.description().isBlank(), s.name() + "." + f.name());
        assertTrue(f.isFor(Purpose.FULL), s.name() + "." + f.name());
        assertEquals(f.kind() == FieldKind.RECORD, f.nested().isPresent(), s.name() + "." + f.name());
        assertEquals(f, s.field(f.name()).orElseThrow());
        assertEquals(f, s.fields().get(s.indexOf(f.name())));
      }
    }
  }

  /**
   * The fields whose purposes are limited, read as a whole: what MARAC and research leave out besides
   * what the kinds drop. A MARAC gets neither the victim's contact log and reviews nor the
   * perpetrator's needs and work log; the victim's equality answers (special-category data) go to
   * FULL alone.
   */
  @Test
  void onlyTheContactLogReviewsNeedsWorkLogAndEqualityAreLeftOutOfMaracAndOnlyPerCaseTextAndEqualityOutOfResearch() {
    Set<String> notForMarac = new HashSet<>();
    Set<String> notForResearch = new HashSet<>();
    for (Schema s : all()) {
      for (Field f : s.fields()) {
        if (!f.isFor(Purpose.MARAC)) {
          notForMarac.add(s.name() + "." + f.name());
        }
        if (!f.isFor(Purpose.RESEARCH)) {
          notForResearch.add(s.name() + "." + f.name());
        }
      }
    }
    assertEquals(Set.of("case.contacts", "case.reviews", "case.revision", "case-event.contact", "case-event.review", "case-event.revision",
        "perpetrator-case.needs", "perpetrator-case.work", "perpetrator-case.revision", "perpetrator-event.needs", "perpetrator-event.work",
        "perpetrator-event.revision", "referral.equality", "referral-event.equality", "referral.revision", "referral-event.revision"),
        notForMarac);
    assertEquals(Set.of("route-finding.explanation", "marac-decision.notes", "assessment.invalidReason", "assessment.insufficientInformation",
        "risk-score.invalidReason", "referral.equality", "referral-event.equality", "referral.revision", "referral-event.revision"),
        notForResearch);
  }

  @Test
  void freeTextAndStaffIdsAreWhereTheModelHasThem() {
    Set<String> personal = new HashSet<>();
    for (Schema s : all()) {
      for (Field f : s.fields()) {
        if (f.kind() == FieldKind.FREE_TEXT || f.kind() == FieldKind.STAFF_ID || f.kind() == FieldKind.TIMESTAMP) {
          personal.add(s.name() + "." + f.name() + ":" + f.kind());
        }
      }
    }
    assertEquals(Set.of("judgement.rationale:FREE_TEXT", "judgement.assessorId:STAFF_ID", "judgement.at:TIMESTAMP",
        "route-finding.assessorId:STAFF_ID", "allocation.caseManagerId:STAFF_ID"), personal);
  }

  /**
   * A MARAC return is counts of cases and referrals, with the figures made from them: no id, no
   * person, nothing limited to a purpose (every purpose gets it, its small counts suppressed).
   */
  @Test
  void aMaracReturnHoldsCountsFiguresAndRangesOnly() {
    assertEquals(List.of("from:date", "to:date", "maracIds:text[]", "adultWomen:integer", "casesHeard:count", "referrals:count",
        "accepted:count", "rejected:count", "transferred:count", "children:count", "figures:record[]", "access:record[]"),
        Schemas.MARAC_RETURN.fields().stream().map(Field::toString).toList());
    assertEquals(List.of("figure:text", "kind:code", "numerator:count", "denominator:count", "missing:count", "missingReason:text",
        "value:decimal", "expectedLow:decimal", "expectedHigh:decimal", "outsideExpected:boolean"),
        Schemas.MARAC_RETURN_FIGURE.fields().stream().map(Field::toString).toList());
    assertEquals(List.of("group:code", "cases:count", "of:count", "missing:count", "percent:decimal", "populationLow:decimal",
        "populationHigh:decimal", "representation:code"), Schemas.MARAC_RETURN_ACCESS.fields().stream().map(Field::toString).toList());
    for (Schema s : List.of(Schemas.MARAC_RETURN, Schemas.MARAC_RETURN_FIGURE, Schemas.MARAC_RETURN_ACCESS)) {
      for (Field f : s.fields()) {
        assertEquals(EnumSet.allOf(Purpose.class), f.purposes(), s.name() + "." + f.name());
      }
    }
  }

  @Test
  void aFieldIsNamedInLowerCamelCaseAndNamedOnceInItsSchema() {
    assertThrows(InvalidInputException.class, () -> Field.of("Opened", FieldKind.DATE));
    assertThrows(InvalidInputException.class, () -> Field.of("opened-on", FieldKind.DATE));
    assertThrows(InvalidInputException.class, () -> Field.of("", FieldKind.DATE));
    assertThrows(InvalidInputException.class, () -> Field.of("a".repeat(StableId.MAX_LENGTH + 1), FieldKind.DATE));
    assertThrows(InvalidInputException.class, () -> Field.of("records", FieldKind.RECORD));
    Field.of("a".repeat(StableId.MAX_LENGTH), FieldKind.DATE).build();
    Field.of("z9Z", FieldKind.DATE).build();
    Field on = Field.of("on", FieldKind.DATE).build();
    assertThrows(InvalidInputException.class, () -> Schema.of("twice", "Twice.", on, on));
    assertThrows(InvalidInputException.class, () -> Schema.of("Not An Id", "Bad.", on));
    assertThrows(InvalidInputException.class, () -> Schemas.CASE.indexOf("nothing"));
    assertEquals(Optional.empty(), Schemas.CASE.field("nothing"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"a", "z", "aZ", "aA", "a0", "a9", "openedOn", "x1y2"})
  void lowerCamelCaseNamesAreFieldNames(String name) {
    assertEquals(name, Field.of(name, FieldKind.TEXT).build().name());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"`a", "{a", "Aa", "Za", "0a", "a`", "a{", "a@", "a[", "a/", "a:", "a-b", "a_b", "a b"})
  void anythingElseIsNoFieldName(String name) {
    assertThrows(InvalidInputException.class, () -> Field.of(name, FieldKind.TEXT));
  }

  @Test
  void aSchemaOfUniqueNamesFindsEachField() {
    Schema s = Schema.of("pair", "Two fields.", Field.of("first", FieldKind.TEXT).build(), Field.of("second", FieldKind.DATE).build());
    assertEquals(1, s.indexOf("second"));
    assertEquals(FieldKind.DATE, s.field("second").orElseThrow().kind());
    assertEquals("pair", s.name());
    assertEquals("Two fields.", s.description());
  }

  @Test
  void aFieldLimitedToSomePurposesIsAlwaysForFull() {
    assertEquals(EnumSet.of(Purpose.FULL, Purpose.MARAC), Field.of("x", FieldKind.TEXT).only(Purpose.MARAC).build().purposes());
    assertEquals(EnumSet.of(Purpose.FULL), Field.of("x", FieldKind.TEXT).fullOnly().build().purposes());
    assertEquals(EnumSet.allOf(Purpose.class), Field.of("x", FieldKind.TEXT).build().purposes());
    assertEquals(EnumSet.of(Purpose.FULL, Purpose.RESEARCH, Purpose.MARAC),
        Field.of("x", FieldKind.TEXT).only(Purpose.RESEARCH, Purpose.MARAC).build().purposes());
  }

  @Test
  void fieldsAndSchemasDescribeThemselves() {
    assertEquals("reasons:code[]", Schemas.JUDGEMENT.field("reasons").orElseThrow().toString());
    assertEquals("on:date", Schemas.CONTACT.field("on").orElseThrow().toString());
    assertTrue(Schemas.CLOSURE.toString().startsWith("closure["));
    assertFalse(Schemas.CONTACT.field("on").orElseThrow().repeated());
  }

  @Test
  void eachKindSaysTheTypeItsValuesHave() {
    assertEquals(String.class, FieldKind.ID.valueType());
    assertEquals(String.class, FieldKind.FREE_TEXT.valueType());
    assertEquals(ExportDate.class, FieldKind.DATE.valueType());
    assertEquals(java.time.Instant.class, FieldKind.TIMESTAMP.valueType());
    assertEquals(AgeRange.class, FieldKind.AGE.valueType());
    assertEquals(Long.class, FieldKind.INTEGER.valueType());
    assertEquals(Boolean.class, FieldKind.BOOLEAN.valueType());
    assertEquals(ExportRecord.class, FieldKind.RECORD.valueType());
  }
}
