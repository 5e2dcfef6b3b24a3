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
package org.safeguard.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.core.casework.CaseReadBackTest.with;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.safeguard.core.Fixtures;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.PerpetratorEvent;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * A perpetrator case or event record made for FULL reads back as what it was made from
 * ({@link PerpetratorRecords#toCase}, {@link PerpetratorRecords#toEvent}), and a record that cannot
 * be one is refused naming the field by its path.
 */
class PerpetratorReadBackTest {
  private final List<PerpetratorCase> end = new ArrayList<>();
  private final List<PerpetratorEvent> events = PerpetratorExportTest.journey(end);
  private final ExportRecord full = PerpetratorRecords.ofCase(end.get(0));

  static void missing(String field, Executable read) {
    assertEquals(field, assertThrows(MissingValueException.class, read).field());
  }

  static void invalid(String field, Executable read) {
    assertEquals(field, assertThrowsExactly(InvalidInputException.class, read).field());
  }

  /** A reader that takes a record whole refuses the record once MARAC or research has filtered it, and refuses none. */
  static void takesOnlyAWholeRecord(ExportRecord full, java.util.function.Function<ExportRecord, ?> read) {
    for (ExportProfile profile : List.of(ExportProfile.marac(), ExportProfile.research(ExportProfileTest.KEY))) {
      invalid("record.purpose", () -> read.apply(profile.apply(full)));
    }
    missing("record", () -> read.apply(null));
  }

  /** The record with one field of the first record in one of its nested fields replaced, or left out when the value is null. */
  static ExportRecord withNested(ExportRecord record, String field, String nested, Object value) {
    boolean repeated = record.schema().field(field).orElseThrow().repeated();
    ExportRecord inner = with(repeated ? record.records(field).get(0) : record.record(field).orElseThrow(), nested, value);
    return with(record, field, repeated ? List.of(inner) : inner);
  }

  private PerpetratorCase caseOf(String field, String nested, Object value) {
    return PerpetratorRecords.toCase(withNested(full, field, nested, value));
  }

  @Test
  void theCaseAndEveryKindOfEventReadBackEqualAndTheEventsReplayToTheCase() {
    assertEquals(end.get(0), PerpetratorRecords.toCase(full));
    List<PerpetratorEvent> back = new ArrayList<>();
    for (PerpetratorEvent e : events) {
      back.add(PerpetratorRecords.toEvent(PerpetratorRecords.ofEvent(e)));
    }
    assertEquals(events, back);
    assertEquals(end.get(0), Fixtures.engine().perpetratorWork().replay(back));
  }

  @Test
  void aRecordOfAnotherSchemaOrMadeForMaracOrResearchIsRefused() {
    ExportRecord event = PerpetratorRecords.ofEvent(events.get(0));
    InvalidInputException schema = assertThrowsExactly(InvalidInputException.class, () -> PerpetratorRecords.toCase(event));
    assertEquals("record.schema", schema.field());
    assertTrue(schema.getMessage().contains("perpetrator-case"), schema.getMessage());
    invalid("record.schema", () -> PerpetratorRecords.toEvent(full));
    takesOnlyAWholeRecord(full, PerpetratorRecords::toCase);
    takesOnlyAWholeRecord(event, PerpetratorRecords::toEvent);
  }

  @Test
  void aCaseRecordThatCannotBeACaseIsRefusedNamingTheFieldByItsPath() {
    missing("perpetratorCase.caseId", () -> PerpetratorRecords.toCase(with(full, "caseId", null)));
    missing("perpetratorCase.revision", () -> PerpetratorRecords.toCase(with(full, "revision", null)));
    invalid("victims", () -> PerpetratorRecords.toCase(with(full, "victims", List.of())));
    missing("perpetratorCase.victims.primary", () -> caseOf("victims", "primary", null));
    invalid("perpetratorCase.victims.relationship", () -> caseOf("victims", "relationship", "stranger"));
    missing("perpetratorCase.victims.livingArrangement", () -> caseOf("victims", "livingArrangement", null));
    invalid("perpetratorCase.victims.linkedOn", () -> caseOf("victims", "linkedOn", ExportDate.ofMonth(YearMonth.of(2026, 2))));
    missing("perpetratorCase.allocations.caseManagerId", () -> caseOf("allocations", "caseManagerId", null));
    missing("perpetratorCase.allocations.on", () -> caseOf("allocations", "on", null));
    missing("perpetratorCase.safetyJudgements.safe", () -> caseOf("safetyJudgements", "safe", null));
    missing("perpetratorCase.safetyJudgements.on", () -> caseOf("safetyJudgements", "on", null));
    missing("perpetratorCase.contactAttempts.made", () -> caseOf("contactAttempts", "made", null));
    missing("perpetratorCase.contactAttempts.on", () -> caseOf("contactAttempts", "on", null));
    invalid("perpetratorCase.engagement.level", () -> caseOf("engagement", "level", "keen"));
    missing("perpetratorCase.engagement.on", () -> caseOf("engagement", "on", null));
    invalid("perpetratorCase.behaviour.point", () -> caseOf("behaviour", "point", "later"));
    missing("perpetratorCase.behaviour.source", () -> caseOf("behaviour", "source", null));
    missing("perpetratorCase.behaviour.on", () -> caseOf("behaviour", "on", null));
    ExportRecord behaviour = full.records("behaviour").get(0);
    invalid("perpetratorCase.behaviour.abuse.type", () -> PerpetratorRecords.toCase(with(full, "behaviour",
        List.of(with(behaviour, "abuse", List.of(behaviour.records("abuse").get(0), behaviour.records("abuse").get(0)))))));
    invalid("perpetratorCase.behaviour.abuseNotRecorded", () -> caseOf("behaviour", "abuseNotRecorded", List.of("shouting")));
    ExportRecord needs = full.records("needs").get(0);
    invalid("perpetratorCase.needs.ratings.area", () -> PerpetratorRecords.toCase(with(full, "needs",
        List.of(with(needs, "ratings", List.of(needs.records("ratings").get(0), needs.records("ratings").get(0)))))));
    invalid("perpetratorCase.needs.ratings.level", () -> PerpetratorRecords.toCase(with(full, "needs",
        List.of(withNested(needs, "ratings", "level", "vast")))));
    missing("perpetratorCase.needs.point", () -> caseOf("needs", "point", null));
    missing("perpetratorCase.needs.on", () -> caseOf("needs", "on", null));
    missing("perpetratorCase.work.kind", () -> caseOf("work", "kind", null));
    missing("perpetratorCase.work.direct", () -> caseOf("work", "direct", null));
    invalid("perpetratorCase.work.direct", () -> caseOf("work", "direct", true));
    invalid("perpetratorCase.work.objective", () -> caseOf("work", "objective", "help"));
    missing("perpetratorCase.work.mode", () -> caseOf("work", "mode", null));
    missing("perpetratorCase.work.agency", () -> caseOf("work", "agency", null));
    missing("perpetratorCase.work.on", () -> caseOf("work", "on", null));
    missing("perpetratorCase.levers.leverId", () -> caseOf("levers", "leverId", null));
    invalid("perpetratorCase.levers.kind", () -> caseOf("levers", "kind", "curfew-ish"));
    invalid("perpetratorCase.levers.until", () -> caseOf("levers", "until", ExportDate.ofMonth(YearMonth.of(2026, 2))));
    missing("perpetratorCase.levers.from", () -> caseOf("levers", "from", null));
    invalid("perpetratorCase.breaches.reportedBy", () -> caseOf("breaches", "reportedBy", "a-neighbour"));
    missing("perpetratorCase.breaches.on", () -> caseOf("breaches", "on", null));
    missing("perpetratorCase.breaches.leverId", () -> caseOf("breaches", "leverId", null));
    missing("perpetratorCase.stepDown.until", () -> caseOf("stepDown", "until", null));
    missing("perpetratorCase.stepDown.from", () -> caseOf("stepDown", "from", null));
    invalid("perpetratorCase.closurePlan.handoverTo", () -> caseOf("closurePlan", "handoverTo", List.of("the-vicar")));
    missing("perpetratorCase.closurePlan.agreedOn", () -> caseOf("closurePlan", "agreedOn", null));
    invalid("perpetratorCase.closure.reason", () -> caseOf("closure", "reason", "bored"));
    missing("perpetratorCase.closure.on", () -> caseOf("closure", "on", null));
  }

  /** A 1.4 file's risk scores lack the counts, the category, the reason and whether rated; guessing them would give back another score. */
  @Test
  void aRiskScoreIsReadBackWholeOrRefused() {
    missing("perpetratorCase.scores.yesCount", () -> caseOf("scores", "yesCount", null));
    missing("perpetratorCase.scores.rated", () -> caseOf("scores", "rated", null));
    missing("perpetratorCase.scores.point", () -> caseOf("scores", "point", null));
    missing("perpetratorCase.scores.on", () -> caseOf("scores", "on", null));
    missing("perpetratorCase.scores.valid", () -> caseOf("scores", "valid", null));
    invalid("perpetratorCase.scores.score", () -> caseOf("scores", "score", 1L << 40));
    invalid("perpetratorCase.scores.score", () -> caseOf("scores", "score", Integer.MAX_VALUE + 1L));
    invalid("perpetratorCase.scores.score", () -> caseOf("scores", "score", Integer.MIN_VALUE - 1L));
    for (int edge : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertEquals(edge, caseOf("scores", "score", (long) edge).scores().get(0).score().value(), "an int's own range reads back");
    }
    missing("perpetratorCase.scores.invalidReason", () -> caseOf("scores", "valid", false));
    ExportRecord score = full.records("scores").get(0);
    ExportRecord invalidScore = with(with(score, "valid", false), "invalidReason", "11 or more answers not known");
    PerpetratorCase read = PerpetratorRecords.toCase(with(full, "scores", List.of(invalidScore)));
    assertEquals(java.util.Optional.of("11 or more answers not known"), read.scores().get(0).score().invalidReason());
    invalid("perpetratorCase.scores.valid", () -> PerpetratorRecords.toCase(with(full, "scores", List.of(with(invalidScore, "valid", true)))));
  }

  private ExportRecord eventOf(String type) {
    for (PerpetratorEvent e : events) {
      ExportRecord r = PerpetratorRecords.ofEvent(e);
      if (r.text("type").orElseThrow().equals(type)) {
        return r;
      }
    }
    throw new AssertionError(type);
  }

  @Test
  void anEventRecordWhoseTypeDayAndContentDisagreeIsRefused() {
    ExportRecord allocated = eventOf("case-manager-allocated");
    ExportRecord linked = eventOf("victim-linked");
    invalid("event.victim", () -> PerpetratorRecords.toEvent(with(allocated, "victim", linked.record("victim").orElseThrow())));
    missing("event.allocation", () -> PerpetratorRecords.toEvent(with(allocated, "allocation", null)));
    invalid("event.on", () -> PerpetratorRecords.toEvent(with(allocated, "on", ExportDate.of(PerpetratorExportTest.DAY.plusDays(40)))));
    InvalidInputException type = assertThrowsExactly(InvalidInputException.class,
        () -> PerpetratorRecords.toEvent(with(allocated, "type", "case-opened")));
    assertEquals("event.type", type.field());
    assertTrue(type.getMessage().contains("perpetrator-case-closed"), "names the types it takes: " + type.getMessage());
    missing("event.type", () -> PerpetratorRecords.toEvent(with(allocated, "type", null)));
    missing("event.caseId", () -> PerpetratorRecords.toEvent(with(allocated, "caseId", null)));
    missing("event.revision", () -> PerpetratorRecords.toEvent(with(allocated, "revision", null)));
    missing("event.on", () -> PerpetratorRecords.toEvent(with(allocated, "on", null)));
    missing("event.allocation.caseManagerId", () -> PerpetratorRecords.toEvent(withNested(allocated, "allocation", "caseManagerId", null)));
    // a lever still running, as the recorded event carries it, under an ended event's type
    ExportRecord recorded = eventOf("lever-recorded");
    missing("event.lever.until", () -> PerpetratorRecords.toEvent(with(recorded, "type", "lever-ended")));
    missing("event.score.notAskedCount", () -> PerpetratorRecords.toEvent(withNested(eventOf("score-recorded"), "score", "notAskedCount",
        null)));
  }
}
