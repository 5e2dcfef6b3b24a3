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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Fixtures;
import org.safeguard.core.MaracMeetings;
import org.safeguard.core.Safeguard;
import org.safeguard.core.marac.DropReason;
import org.safeguard.core.marac.MaracAction;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MeetingChange;
import org.safeguard.core.marac.MeetingEvent;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;
import org.safeguard.model.Agency;

/**
 * MARAC meetings and their events as export records: every part of the meeting, the agencies in a
 * fixed order, and under research the cases heard and the actions' cases linking to the cases' own
 * records by pseudonym.
 */
class MeetingExportTest {
  static final LocalDate DAY = LocalDate.of(2026, 3, 4);

  static List<MeetingEvent> meeting(List<MaracMeeting> end) {
    MaracMeetings meetings = Fixtures.engine().maracMeetings();
    List<MeetingEvent> events = new ArrayList<>();
    MeetingChange c = meetings.schedule("M-2026-03", DAY, Set.of(Agency.HOUSING, Agency.POLICE, Agency.IDVA_SERVICE));
    events.addAll(c.events());
    c = meetings.recordAttendance(c.meeting(), Set.of(Agency.POLICE, Agency.HOUSING));
    events.addAll(c.events());
    c = meetings.hear(c.meeting(), "V-1");
    events.addAll(c.events());
    c = meetings.agreeAction(c.meeting(), MaracAction.agreed("a1", "V-1", Agency.HOUSING, DAY.plusDays(14)));
    events.addAll(c.events());
    c = meetings.dropAction(c.meeting(), "a1", DAY.plusDays(3), DropReason.DECLINED_BY_VICTIM);
    events.addAll(c.events());
    end.add(c.meeting());
    return events;
  }

  @Test
  void aMeetingRecordCarriesEveryPartWithItsAgenciesInAFixedOrder() {
    List<MaracMeeting> end = new ArrayList<>();
    meeting(end);
    ExportRecord r = MeetingRecords.ofMeeting(end.get(0));
    assertEquals("M-2026-03", r.text("meetingId").orElseThrow());
    assertEquals(5, r.integer("revision").getAsLong());
    assertEquals(List.of("police", "idva-service", "housing"), r.texts("invited"), "in the order of Agency");
    assertEquals(List.of("police", "housing"), r.texts("attended"));
    assertEquals(List.of("V-1"), r.texts("caseId"));
    ExportRecord action = r.records("actions").get(0);
    assertEquals(List.of("a1", "V-1", "housing", "dropped", "declined-by-victim"), List.of(action.text("actionId").orElseThrow(),
        action.text("caseId").orElseThrow(), action.text("owner").orElseThrow(), action.text("state").orElseThrow(),
        action.text("dropReason").orElseThrow()));
    assertTrue(action.date("closedOn").isPresent());
  }

  @Test
  void eachEventHasItsTypeAndContent() {
    List<MeetingEvent> events = meeting(new ArrayList<>());
    List<String> types = new ArrayList<>();
    String typeDoc = Schemas.MEETING_EVENT.fields().get(Schemas.MEETING_EVENT.indexOf("type")).description();
    for (MeetingEvent e : events) {
      ExportRecord r = MeetingRecords.ofEvent(e);
      types.add(r.text("type").orElseThrow());
      assertTrue(typeDoc.contains(r.text("type").orElseThrow()));
      assertEquals(e.revision(), r.integer("revision").getAsLong());
    }
    assertEquals(List.of("meeting-scheduled", "attendance-recorded", "case-heard", "action-agreed", "action-closed"), types);
    assertEquals(List.of("police", "idva-service", "housing"), MeetingRecords.ofEvent(events.get(0)).texts("invited"));
    assertEquals("V-1", MeetingRecords.ofEvent(events.get(2)).text("caseId").orElseThrow());
    assertEquals("open", MeetingRecords.ofEvent(events.get(3)).record("action").orElseThrow().text("state").orElseThrow());
  }

  @Test
  void underResearchTheCasesHeardLinkToTheCasesOwnRecords() {
    List<MaracMeeting> end = new ArrayList<>();
    meeting(end);
    ExportRecord research = ExportProfile.research(ExportProfileTest.KEY).apply(MeetingRecords.ofMeeting(end.get(0)));
    String caseRecord = ExportProfile.research(ExportProfileTest.KEY).apply(ExportRecord.builder(Schemas.CASE).set("caseId", "V-1").build())
        .text("caseId").orElseThrow();
    assertEquals(List.of(caseRecord), research.texts("caseId"));
    assertEquals(caseRecord, research.records("actions").get(0).text("caseId").orElseThrow());
    assertNotEquals("M-2026-03", research.text("meetingId").orElseThrow());
    assertTrue(research.date("on").orElseThrow().monthOnly());
  }

  @Test
  void aSessionWritesMeetingsAndTheirEvents() {
    ExportSessionTest.Recording exporter = new ExportSessionTest.Recording() {
      @Override
      public Set<String> records() {
        return Set.of(Schemas.MARAC_MEETING.name(), Schemas.MEETING_EVENT.name());
      }
    };
    Safeguard engine = ExportSessionTest.engine(exporter);
    List<MaracMeeting> end = new ArrayList<>();
    List<MeetingEvent> events = meeting(end);
    try (var session = engine.export("recording", ExportProfile.marac(), new ByteArrayOutputStream())) {
      session.write(end.get(0));
      events.forEach(session::write);
      assertEquals(1 + events.size(), session.written(), "a MARAC keeps every meeting record");
    }
  }
}
