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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/** Records are checked against their schema as they are built, and read back by name or position. */
class ExportRecordTest {
  private static final ExportDate DAY = ExportDate.of(LocalDate.of(2026, 3, 4));

  private static ExportRecord judgement(Purpose purpose) {
    return ExportRecord.builder(Schemas.JUDGEMENT).purpose(purpose).set("level", "high").set("reasons", "stalking")
        .set("reasons", "threats-to-kill").set("current", true).build();
  }

  @Test
  void valuesAreReadBackByNameAndByPosition() {
    Instant at = Instant.parse("2026-03-04T10:15:30Z");
    ExportRecord j = ExportRecord.builder(Schemas.JUDGEMENT).set("level", "high").setAll("reasons", List.of("stalking", "threats-to-kill"))
        .set("assessorId", "idva 7").set("rationale", "free words").set("at", at).set("current", false).build();
    assertEquals(Optional.of("high"), j.text("level"));
    assertEquals(List.of("stalking", "threats-to-kill"), j.texts("reasons"));
    assertEquals(Optional.of(at), j.instant("at"));
    assertEquals(Optional.of(false), j.flag("current"));
    assertEquals(Purpose.FULL, j.purpose());
    assertEquals(Schemas.JUDGEMENT, j.schema());
    int level = Schemas.JUDGEMENT.indexOf("level");
    assertTrue(j.has(level));
    assertEquals("high", j.get(level));
    assertEquals(List.of("stalking", "threats-to-kill"), j.get(Schemas.JUDGEMENT.indexOf("reasons")));
  }

  @Test
  void anAbsentValueIsEmptyAndAnAbsentListIsEmpty() {
    ExportRecord a = ExportRecord.builder(Schemas.ASSESSMENT).set("score", 7).build();
    assertEquals(OptionalLong.of(7), a.integer("score"));
    assertEquals(OptionalLong.empty(), a.integer("bandUpper"));
    assertEquals(Optional.empty(), a.text("caseId"));
    assertEquals(Optional.empty(), a.date("completedOn"));
    assertEquals(List.of(), a.records("answers"));
    int answers = Schemas.ASSESSMENT.indexOf("answers");
    assertFalse(a.has(answers));
    assertEquals(List.of(), a.get(answers));
    int caseId = Schemas.ASSESSMENT.indexOf("caseId");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> a.get(caseId));
    assertEquals("caseId", e.value());
  }

  @Test
  void nestedRecordsAndAgesAndDatesAreReadBack() {
    ExportRecord measures = ExportRecord.builder(Schemas.MEASURES).set("on", DAY).build();
    ExportRecord c = ExportRecord.builder(Schemas.CASE).set("caseId", "c1").set("victimAge", AgeRange.exact(30)).set("intake", measures)
        .set("openedOn", DAY).build();
    assertEquals(Optional.of(measures), c.record("intake"));
    assertEquals(Optional.of(AgeRange.exact(30)), c.age("victimAge"));
    assertEquals(Optional.of(DAY), c.date("openedOn"));
  }

  @Test
  void aValueOfAnotherKindIsRefusedAndTheBuilderKeepsWhatItHad() {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.CASE).set("caseId", "c1");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.set("openedOn", "2026-03-04"));
    assertEquals("openedOn", e.field());
    assertThrows(InvalidInputException.class, () -> b.set("revision", "7"));
    assertThrows(InvalidInputException.class, () -> b.set("intake", ExportRecord.builder(Schemas.REVIEW).build()));
    assertThrows(InvalidInputException.class, () -> b.set("noSuchField", "x"));
    assertThrows(InvalidInputException.class, () -> b.set(99, "x"));
    assertThrows(InvalidInputException.class, () -> b.set(-1, "x"));
    assertThrows(MissingValueException.class, () -> b.set("caseId", (Object) null));
    assertEquals(ExportRecord.builder(Schemas.CASE).set("caseId", "c1").build(), b.build());
  }

  /** A nested record of a schema that only shares the name (and so may give its fields other kinds) is refused. */
  @Test
  void aNestedRecordMustBeOfTheFieldsOwnSchema() {
    Schema lookAlike = Schema.of("judgement", "A judgement, so it says.", Field.of("rationale", FieldKind.TEXT).build());
    ExportRecord fake = ExportRecord.builder(lookAlike).set("rationale", "words").build();
    ExportRecord.Builder b = ExportRecord.builder(Schemas.ASSESSMENT);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.set("judgements", fake));
    assertEquals("judgements", e.field());
    assertEquals(ExportRecord.builder(Schemas.ASSESSMENT).build(), b.build());
  }

  @Test
  void setAllOnASingleFieldTakesAtMostOneValueAndChangesNothingWhenRefused() {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.CASE);
    assertThrows(InvalidInputException.class, () -> b.setAll("caseId", List.of("c1", "c2")));
    assertEquals(ExportRecord.builder(Schemas.CASE).build(), b.build());
    b.setAll("caseId", List.of("c1"));
    assertThrows(InvalidInputException.class, () -> b.setAll("caseId", List.of("c2")));
    b.setAll("caseId", List.of());
    assertEquals(Optional.of("c1"), b.build().text("caseId"));
  }

  @Test
  void aSingleFieldIsSetOnceAndARepeatedOneGrows() {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.CASE).set("caseId", "c1");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.set("caseId", "c2"));
    assertFalse(e.getMessage().contains("c2"), e.getMessage());
    ExportRecord contact = ExportRecord.builder(Schemas.CONTACT).set("on", DAY).build();
    b.set("contacts", contact).set("contacts", contact);
    assertEquals(2, b.build().records("contacts").size());
  }

  @Test
  void codesKeepTheIdRuleAndIdsAreNotEmpty() {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.CONTACT);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.set("channel", "Phone call"));
    assertFalse(e.getMessage().contains("Phone call"), e.getMessage());
    b.set("channel", "phone");
    assertThrows(InvalidInputException.class, () -> ExportRecord.builder(Schemas.CASE).set("caseId", ""));
    assertThrows(InvalidInputException.class, () -> ExportRecord.builder(Schemas.JUDGEMENT).set("assessorId", ""));
    ExportRecord.builder(Schemas.JUDGEMENT).set("rationale", "");
  }

  @Test
  void setAllAddsNothingWhenOneValueIsRefused() {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.JUDGEMENT);
    assertThrows(InvalidInputException.class, () -> b.setAll("reasons", List.of("stalking", "Not A Code")));
    assertEquals(List.of(), b.build().texts("reasons"));
    List<Object> withNull = new ArrayList<>();
    withNull.add("stalking");
    withNull.add(null);
    assertThrows(MissingValueException.class, () -> b.setAll("reasons", withNull));
    assertEquals(List.of(), b.build().texts("reasons"));
  }

  @Test
  void anIntegerIsTakenForAWholeNumber() {
    ExportRecord a = ExportRecord.builder(Schemas.ASSESSMENT).set("score", Integer.valueOf(3)).setAll("judgements", List.of()).build();
    assertEquals(3L, a.get(Schemas.ASSESSMENT.indexOf("score")));
    assertEquals(a, ExportRecord.builder(Schemas.ASSESSMENT).set("score", 3L).build());
  }

  @Test
  void anEmptyOptionalLeavesTheFieldAbsent() {
    ExportRecord a = ExportRecord.builder(Schemas.ASSESSMENT).set("category", Optional.empty()).set("invalidReason", Optional.of("too few"))
        .build();
    assertEquals(Optional.empty(), a.text("category"));
    assertEquals(Optional.of("too few"), a.text("invalidReason"));
  }

  @Test
  void aTypedGetterOfAnotherKindOrShapeIsRefused() {
    ExportRecord c = ExportRecord.builder(Schemas.CASE).build();
    assertThrows(InvalidInputException.class, () -> c.text("openedOn"));
    assertThrows(InvalidInputException.class, () -> c.date("caseId"));
    assertThrows(InvalidInputException.class, () -> c.records("intake"));
    assertThrows(InvalidInputException.class, () -> c.record("contacts"));
    assertThrows(InvalidInputException.class, () -> c.texts("caseId"));
    assertThrows(InvalidInputException.class, () -> c.integer("caseId"));
    assertThrows(InvalidInputException.class, () -> c.flag("caseId"));
    assertThrows(InvalidInputException.class, () -> c.age("caseId"));
    assertThrows(InvalidInputException.class, () -> c.instant("caseId"));
    assertThrows(InvalidInputException.class, () -> c.has(Schemas.CASE.fields().size()));
    assertThrows(InvalidInputException.class, () -> c.get(-1));
  }

  @Test
  void aNestedRecordIsMadeForItsParentsPurpose() {
    ExportRecord research = ExportRecord.builder(Schemas.ASSESSMENT).purpose(Purpose.RESEARCH).set("judgements", judgement(Purpose.RESEARCH))
        .build();
    assertEquals(Purpose.RESEARCH, research.purpose());
    ExportRecord.Builder mixed = ExportRecord.builder(Schemas.ASSESSMENT).set("judgements", judgement(Purpose.RESEARCH));
    assertThrows(InvalidInputException.class, mixed::build);
    ExportRecord.Builder single = ExportRecord.builder(Schemas.CASE).purpose(Purpose.MARAC)
        .set("intake", ExportRecord.builder(Schemas.MEASURES).build());
    assertThrows(InvalidInputException.class, single::build);
  }

  @Test
  void aValueOnOneSideOnlyMakesRecordsUnequal() {
    ExportRecord level = ExportRecord.builder(Schemas.JUDGEMENT).set("level", "high").build();
    ExportRecord none = ExportRecord.builder(Schemas.JUDGEMENT).build();
    assertNotEquals(level, none);
    assertNotEquals(none, level);
    assertEquals(none, ExportRecord.builder(Schemas.JUDGEMENT).setAll("reasons", List.of()).build());
  }

  @Test
  void recordsHashApartByTheirValues() {
    Set<Integer> hashes = new HashSet<>();
    for (int score = 0; score < 50; score++) {
      hashes.add(ExportRecord.builder(Schemas.ASSESSMENT).set("score", score).build().hashCode());
    }
    assertEquals(50, hashes.size());
    assertNotEquals(ExportRecord.builder(Schemas.ASSESSMENT).set("score", 3).build().hashCode(),
        ExportRecord.builder(Schemas.ASSESSMENT).set("yesCount", 3).build().hashCode());
    assertNotEquals(ExportRecord.builder(Schemas.ASSESSMENT).build().hashCode(),
        ExportRecord.builder(Schemas.ASSESSMENT).purpose(Purpose.MARAC).build().hashCode());
  }

  @Test
  void aFieldPastTheLastIsRefusedByPosition() {
    int size = Schemas.CLOSURE.fields().size();
    assertThrows(InvalidInputException.class, () -> ExportRecord.builder(Schemas.CLOSURE).set(size, "x"));
    assertThrows(InvalidInputException.class, () -> ExportRecord.builder(Schemas.CLOSURE).build().has(size));
  }

  @Test
  void aRepeatedWholeNumberTakesIntegersInALot() {
    Schema counts = Schema.of("counts", "Some counts.", Field.of("n", FieldKind.INTEGER).repeated().describedAs("A count.").build());
    ExportRecord r = ExportRecord.builder(counts).setAll("n", List.of(1, 2)).build();
    assertEquals(List.of(1L, 2L), r.get(0));
    assertEquals(0, counts.indexOf("n"));
  }

  @Test
  void recordsAreEqualBySchemaPurposeAndValues() {
    assertEquals(judgement(Purpose.FULL), judgement(Purpose.FULL));
    assertEquals(judgement(Purpose.FULL).hashCode(), judgement(Purpose.FULL).hashCode());
    assertNotEquals(judgement(Purpose.FULL), judgement(Purpose.MARAC));
    assertNotEquals(judgement(Purpose.FULL), ExportRecord.builder(Schemas.JUDGEMENT).set("level", "high").build());
    assertNotEquals(judgement(Purpose.FULL), ExportRecord.builder(Schemas.JUDGEMENT).set("level", "medium").set("reasons", "stalking")
        .set("reasons", "threats-to-kill").set("current", true).build());
    assertNotEquals(ExportRecord.builder(Schemas.CLOSURE).build(), ExportRecord.builder(Schemas.CONTACT).build());
    assertNotEquals(judgement(Purpose.FULL), "judgement");
    Set<ExportRecord> set = new HashSet<>(List.of(judgement(Purpose.FULL), judgement(Purpose.FULL), judgement(Purpose.RESEARCH)));
    assertEquals(2, set.size());
  }

  @Test
  void aRecordDescribesItselfWithoutItsValues() {
    ExportRecord c = ExportRecord.builder(Schemas.CASE).set("caseId", "person-named-here").set("revision", 3).build();
    assertEquals("case(FULL){caseId,revision}", c.toString());
  }

  @Test
  void aBuiltRecordDoesNotChangeWhenItsBuilderGoesOn() {
    ExportRecord.Builder b = ExportRecord.builder(Schemas.JUDGEMENT).set("reasons", "stalking");
    ExportRecord first = b.build();
    b.set("reasons", "threats-to-kill");
    assertEquals(List.of("stalking"), first.texts("reasons"));
    assertThrows(UnsupportedOperationException.class, () -> first.texts("reasons").add("x"));
  }

  @Test
  void aRecordForFullHoldsEveryCountAsCounted() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ExportRecord.builder(Schemas.COHORT_BAND).set("cases", Count.fewerThan(5)).build());
    assertEquals("cases", e.field());
    assertThrows(InvalidInputException.class, () -> ExportRecord.builder(Schemas.COHORT_BAND).set("cases", Count.withheld()).build());
    // as research shows them, they are taken
    ExportRecord research = ExportRecord.builder(Schemas.COHORT_BAND).purpose(Purpose.RESEARCH).set("cases", Count.fewerThan(5))
        .set("reviewed", Count.withheld()).build();
    assertEquals(Optional.of(Count.fewerThan(5)), research.count("cases"));
  }

  @Test
  void aDecimalIsHeldPlainAndBoundedBeforeItIsMadePlain() {
    ExportRecord plan = ExportRecord.builder(Schemas.PLAN_TOTALS).set("requiredFte", new java.math.BigDecimal("1E+3"))
        .set("teamCost", new java.math.BigDecimal("2.50")).build();
    assertEquals(Optional.of(new java.math.BigDecimal("1000")), plan.decimal("requiredFte"));
    assertEquals(0, plan.decimal("requiredFte").orElseThrow().scale(), "no negative scale, so every format writes 1000");
    assertEquals("2.50", plan.decimal("teamCost").orElseThrow().toPlainString(), "trailing zeros are the value's own");
    // 256 digits before the point and 256 after are taken; one more either side is not, and a billion is refused at once
    ExportRecord.builder(Schemas.PLAN_TOTALS).set("requiredFte", new java.math.BigDecimal("9".repeat(256) + "." + "9".repeat(256))).build();
    for (String text : List.of("1E+256", "0." + "0".repeat(256) + "1", "1E+999999999", "1E-999999999")) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> ExportRecord.builder(Schemas.PLAN_TOTALS).set("requiredFte", new java.math.BigDecimal(text)), text);
      assertEquals("requiredFte", e.field());
      assertFalse(e.getMessage().contains(text), e.getMessage());
    }
  }
}
