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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Fixtures;
import org.safeguard.core.PerpetratorWork;
import org.safeguard.core.Safeguard;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.Severity;
import org.safeguard.core.perpetrator.AssessmentPoint;
import org.safeguard.core.perpetrator.BehaviourRecord;
import org.safeguard.core.perpetrator.BehaviourSource;
import org.safeguard.core.perpetrator.ContactAttempt;
import org.safeguard.core.perpetrator.ContactSafety;
import org.safeguard.core.perpetrator.EngagementLevel;
import org.safeguard.core.perpetrator.ExitReason;
import org.safeguard.core.perpetrator.LeverBreach;
import org.safeguard.core.perpetrator.LeverKind;
import org.safeguard.core.perpetrator.LivingArrangement;
import org.safeguard.core.perpetrator.NeedArea;
import org.safeguard.core.perpetrator.NeedLevel;
import org.safeguard.core.perpetrator.NeedsRecord;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.PerpetratorChange;
import org.safeguard.core.perpetrator.PerpetratorEvent;
import org.safeguard.core.perpetrator.Relationship;
import org.safeguard.core.perpetrator.ScoreRecord;
import org.safeguard.core.perpetrator.StandardDisruptions;
import org.safeguard.core.perpetrator.StatutoryLever;
import org.safeguard.core.perpetrator.VictimLink;
import org.safeguard.core.perpetrator.WorkEntry;
import org.safeguard.core.perpetrator.WorkKind;
import org.safeguard.core.perpetrator.WorkMode;
import org.safeguard.core.perpetrator.WorkObjective;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Score;

/**
 * Perpetrator cases and their events as export records, and what each purpose lets out: a MARAC
 * hears risk, engagement, levers and breaches but not the perpetrator's needs nor the work log, whose
 * events it does not get at all; research gets no staff id, pseudonyms for ids and months for days.
 */
class PerpetratorExportTest {
  static final LocalDate DAY = LocalDate.of(2026, 2, 2);

  /** A case taken through every kind of perpetrator event, the events in order. */
  static List<PerpetratorEvent> journey(List<PerpetratorCase> end) {
    PerpetratorWork work = Fixtures.engine().perpetratorWork();
    List<PerpetratorEvent> events = new ArrayList<>();
    PerpetratorChange change = work.refer("P-77", VictimLink.primary("V-1", Relationship.EX_PARTNER, LivingArrangement.LIVING_APART, DAY));
    PerpetratorCase[] c = {change.perpetratorCase()};
    events.addAll(change.events());
    List<java.util.function.Function<PerpetratorCase, PerpetratorChange>> steps = List.of(
        p -> work.linkVictim(p, VictimLink.additional("V-2", Relationship.FAMILY_MEMBER, LivingArrangement.NOT_KNOWN, DAY.plusDays(1))),
        p -> work.allocate(p, "cm-9", DAY.plusDays(2)),
        p -> work.judgeContactSafety(p, ContactSafety.judgedSafe(DAY.plusDays(3))),
        p -> work.attemptContact(p, ContactAttempt.succeeded(DAY.plusDays(4))),
        p -> work.recordEngagement(p, DAY.plusDays(5), EngagementLevel.ENGAGED),
        p -> work.recordBehaviour(p, new BehaviourRecord(AssessmentPoint.INTAKE, DAY.plusDays(6), BehaviourSource.CASE_MANAGER,
            AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.HIGH), Set.of(AbuseType.SEXUAL)))),
        p -> work.recordNeeds(p, new NeedsRecord(AssessmentPoint.INTAKE, DAY.plusDays(6), Map.of(NeedArea.ALCOHOL, NeedLevel.HIGH))),
        p -> work.recordScore(p, new ScoreRecord(AssessmentPoint.INTAKE, DAY.plusDays(6),
            Score.builder().instrumentId("drive-dash").instrumentVersion("2019").value(9).yesCount(9).notKnownCount(3).build())),
        p -> work.recordWork(p, WorkEntry.disruption(DAY.plusDays(7), Agency.PROBATION, WorkMode.MEETING, WorkObjective.DISRUPT,
            StandardDisruptions.MAPPA_REFERRAL)),
        p -> work.recordLever(p, StatutoryLever.of("ro-1", LeverKind.RESTRAINING_ORDER, DAY.minusDays(30))),
        p -> work.recordBreach(p, new LeverBreach("ro-1", DAY.plusDays(8), Agency.POLICE)),
        p -> work.endLever(p, "ro-1", DAY.plusDays(9)),
        p -> work.stepDown(p, DAY.plusDays(200)),
        p -> work.planClosure(p, new org.safeguard.core.perpetrator.ClosurePlan(DAY.plusDays(380), Set.of(Agency.PROBATION))),
        p -> work.close(p, DAY.plusDays(390), ExitReason.COMPLETED));
    for (var step : steps) {
      change = step.apply(c[0]);
      c[0] = change.perpetratorCase();
      events.addAll(change.events());
    }
    end.add(c[0]);
    return events;
  }

  @Test
  void everyKindOfPerpetratorEventHasItsTypeAndItsContentInTheSchema() {
    List<PerpetratorCase> end = new ArrayList<>();
    List<PerpetratorEvent> events = journey(end);
    Set<Class<?>> kinds = new HashSet<>();
    events.forEach(e -> kinds.add(e.getClass()));
    assertEquals(Set.of(PerpetratorEvent.class.getPermittedSubclasses()), kinds, "the journey has every kind of event");
    String typeDoc = Schemas.PERPETRATOR_EVENT.fields().get(Schemas.PERPETRATOR_EVENT.indexOf("type")).description();
    for (PerpetratorEvent e : events) {
      ExportRecord r = PerpetratorRecords.ofEvent(e);
      String type = r.text("type").orElseThrow();
      assertTrue(typeDoc.contains(type), type + " is described in the schema");
      assertEquals(e.revision(), r.integer("revision").getAsLong());
      String content = PerpetratorRecords.eventContent(type).orElseThrow();
      assertTrue(r.record(content).isPresent(), type + " fills " + content);
    }
    assertEquals(Optional.empty(), PerpetratorRecords.eventContent("case-opened"));
  }

  @Test
  void aCaseRecordCarriesEveryPartOfTheCase() {
    List<PerpetratorCase> end = new ArrayList<>();
    journey(end);
    ExportRecord r = PerpetratorRecords.ofCase(end.get(0));
    assertEquals("P-77", r.text("caseId").orElseThrow());
    assertEquals(16, r.integer("revision").getAsLong());
    assertEquals(List.of("probation"), r.record("closurePlan").orElseThrow().texts("handoverTo"));
    assertEquals(List.of("V-1", "V-2"), r.records("victims").stream().map(v -> v.text("caseId").orElseThrow()).toList());
    ExportRecord behaviour = r.records("behaviour").get(0);
    assertEquals("case-manager", behaviour.text("source").orElseThrow());
    assertEquals("high", behaviour.records("abuse").get(0).text("severity").orElseThrow());
    assertEquals(List.of("sexual"), behaviour.texts("abuseNotRecorded"));
    assertEquals("alcohol", r.records("needs").get(0).records("ratings").get(0).text("area").orElseThrow());
    ExportRecord score = r.records("scores").get(0);
    assertEquals(9, score.integer("score").getAsLong());
    assertEquals(Optional.of(true), score.flag("valid"));
    ExportRecord work = r.records("work").get(0);
    assertEquals(List.of("multi-agency-work", "probation", "meeting", "disrupt", "mappa-referral"), List.of(work.text("kind").orElseThrow(),
        work.text("agency").orElseThrow(), work.text("mode").orElseThrow(), work.text("objective").orElseThrow(),
        work.text("action").orElseThrow()));
    assertEquals(Optional.of(false), work.flag("direct"));
    assertTrue(r.records("levers").get(0).date("until").isPresent(), "the lever as ended");
    assertEquals("ro-1", r.records("breaches").get(0).text("leverId").orElseThrow());
    assertEquals("completed", r.record("closure").orElseThrow().text("reason").orElseThrow());
    assertTrue(r.record("stepDown").isPresent());
  }

  @Test
  void aMaracGetsNoNeedsNorWorkLogAndResearchNoStaffIds() {
    List<PerpetratorCase> end = new ArrayList<>();
    journey(end);
    ExportRecord full = PerpetratorRecords.ofCase(end.get(0));
    ExportRecord marac = ExportProfile.marac().apply(full);
    assertTrue(marac.records("needs").isEmpty());
    assertTrue(marac.records("work").isEmpty());
    assertEquals(1, marac.records("behaviour").size());
    assertEquals(1, marac.records("breaches").size());
    assertEquals("cm-9", marac.records("allocations").get(0).text("caseManagerId").orElseThrow());
    ExportRecord research = ExportProfile.research(ExportProfileTest.KEY).apply(full);
    assertEquals(Optional.empty(), research.records("allocations").get(0).text("caseManagerId"));
    assertNotEquals("P-77", research.text("caseId").orElseThrow());
    assertTrue(research.records("victims").get(0).date("linkedOn").orElseThrow().monthOnly());
    assertEquals(1, research.records("work").size());
    assertEquals(java.util.OptionalLong.empty(), marac.integer("revision"), "a MARAC cannot count what it does not get");
    assertEquals(research.records("levers").get(0).text("leverId"), research.records("breaches").get(0).text("leverId"),
        "a breach links to its lever under research");
    ExportRecord victimCase = ExportProfile.research(ExportProfileTest.KEY).apply(ExportRecord.builder(Schemas.CASE).set("caseId", "V-1")
        .build());
    assertEquals(victimCase.text("caseId"), research.records("victims").get(0).text("caseId"), "a victim link joins the victim's case");
  }

  @Test
  void aMaracDoesNotGetTheEventsOfNeedsOrWorkAtAll() {
    List<PerpetratorEvent> events = journey(new ArrayList<>());
    ExportProfile marac = ExportProfile.marac();
    List<String> dropped = new ArrayList<>();
    for (PerpetratorEvent e : events) {
      ExportRecord full = PerpetratorRecords.ofEvent(e);
      if (!marac.letsOut(full)) {
        dropped.add(full.text("type").orElseThrow());
        assertThrows(InvalidInputException.class, () -> marac.apply(full));
      } else {
        assertEquals(java.util.OptionalLong.empty(), marac.apply(full).integer("revision"), "no revision gaps to count what was dropped");
      }
    }
    assertEquals(List.of("needs-recorded", "work-recorded"), dropped);
    ExportRecord forged = ExportRecord.builder(Schemas.PERPETRATOR_EVENT).set("caseId", "P-1").set("type", "work-recorded")
        .set("on", org.safeguard.export.ExportDate.of(DAY)).build();
    assertFalse(marac.letsOut(forged), "a work event with its content stripped is still a work event");
    assertTrue(ExportProfile.research(ExportProfileTest.KEY).letsOut(forged));
  }

  @Test
  void aSessionWritesPerpetratorRecordsAndSkipsWhatThePurposeDropsWhole() {
    ExportSessionTest.Recording exporter = new ExportSessionTest.Recording() {
      @Override
      public Set<String> records() {
        return Set.of(Schemas.PERPETRATOR_CASE.name(), Schemas.PERPETRATOR_EVENT.name());
      }
    };
    Safeguard engine = ExportSessionTest.engine(exporter);
    List<PerpetratorCase> end = new ArrayList<>();
    List<PerpetratorEvent> events = journey(end);
    try (var session = engine.export("recording", ExportProfile.marac(), new ByteArrayOutputStream())) {
      session.write(end.get(0));
      events.forEach(session::write);
      assertEquals(1 + events.size() - 2, session.written());
    }
    assertEquals(Schemas.PERPETRATOR_CASE, exporter.received.get(0).schema());
  }
}
