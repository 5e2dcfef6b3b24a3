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
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.core.casework.CaseReadBackTest.with;
import static org.safeguard.core.export.PerpetratorReadBackTest.invalid;
import static org.safeguard.core.export.PerpetratorReadBackTest.missing;
import static org.safeguard.core.export.PerpetratorReadBackTest.withNested;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Fixtures;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MeetingEvent;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.model.InvalidInputException;

/**
 * A meeting or meeting event record made for FULL reads back as what it was made from
 * ({@link MeetingRecords#toMeeting}, {@link MeetingRecords#toEvent}), and a record that cannot be
 * one is refused naming the field by its path.
 */
class MeetingReadBackTest {
  private final List<MaracMeeting> end = new ArrayList<>();
  private final List<MeetingEvent> events = MeetingExportTest.meeting(end);
  private final ExportRecord full = MeetingRecords.ofMeeting(end.get(0));

  /** The record of each event, in order: scheduled, attendance, heard, agreed, closed. */
  private ExportRecord event(int i) {
    return MeetingRecords.ofEvent(events.get(i));
  }

  @Test
  void theMeetingAndEveryKindOfEventReadBackEqualAndTheEventsReplayToTheMeeting() {
    assertEquals(end.get(0), MeetingRecords.toMeeting(full));
    List<MeetingEvent> back = new ArrayList<>();
    for (MeetingEvent e : events) {
      back.add(MeetingRecords.toEvent(MeetingRecords.ofEvent(e)));
    }
    assertEquals(events, back);
    assertEquals(end.get(0), Fixtures.engine().maracMeetings().replay(back));
    MaracMeeting scheduled = Fixtures.engine().maracMeetings().replay(back.subList(0, 1));
    assertEquals(scheduled, MeetingRecords.toMeeting(MeetingRecords.ofMeeting(scheduled)), "nothing recorded yet reads back too");
  }

  @Test
  void aRecordOfAnotherSchemaOrMadeForMaracOrResearchIsRefused() {
    InvalidInputException schema = assertThrowsExactly(InvalidInputException.class, () -> MeetingRecords.toMeeting(event(0)));
    assertEquals("record.schema", schema.field());
    assertTrue(schema.getMessage().contains("marac-meeting"), schema.getMessage());
    invalid("record.schema", () -> MeetingRecords.toEvent(full));
    PerpetratorReadBackTest.takesOnlyAWholeRecord(full, MeetingRecords::toMeeting);
    PerpetratorReadBackTest.takesOnlyAWholeRecord(event(0), MeetingRecords::toEvent);
  }

  @Test
  void aMeetingRecordThatCannotBeAMeetingIsRefusedNamingTheFieldByItsPath() {
    missing("meeting.meetingId", () -> MeetingRecords.toMeeting(with(full, "meetingId", null)));
    missing("meeting.revision", () -> MeetingRecords.toMeeting(with(full, "revision", null)));
    invalid("meeting.on", () -> MeetingRecords.toMeeting(with(full, "on", ExportDate.ofMonth(YearMonth.of(2026, 3)))));
    invalid("meeting.invited", () -> MeetingRecords.toMeeting(with(full, "invited", List.of("police", "the-press"))));
    invalid("meeting.attended", () -> MeetingRecords.toMeeting(with(full, "attended", List.of("nobody-at-all"))));
    missing("meeting.attendanceRecorded", () -> MeetingRecords.toMeeting(with(full, "attendanceRecorded", null)));
    // a rule of the model names its own field
    invalid("attended", () -> MeetingRecords.toMeeting(with(full, "attendanceRecorded", false)));
    missing("meeting.actions.actionId", () -> MeetingRecords.toMeeting(withNested(full, "actions", "actionId", null)));
    missing("meeting.actions.caseId", () -> MeetingRecords.toMeeting(withNested(full, "actions", "caseId", null)));
    invalid("meeting.actions.owner", () -> MeetingRecords.toMeeting(withNested(full, "actions", "owner", "the-mayor")));
    missing("meeting.actions.due", () -> MeetingRecords.toMeeting(withNested(full, "actions", "due", null)));
    invalid("meeting.actions.state", () -> MeetingRecords.toMeeting(withNested(full, "actions", "state", "pending")));
    invalid("meeting.actions.closedOn", () -> MeetingRecords.toMeeting(withNested(full, "actions", "closedOn",
        ExportDate.ofMonth(YearMonth.of(2026, 3)))));
    invalid("meeting.actions.dropReason", () -> MeetingRecords.toMeeting(withNested(full, "actions", "dropReason", "forgot")));
  }

  @Test
  void anEventRecordWhoseTypeDayAndContentDisagreeIsRefused() {
    ExportRecord heard = event(2);
    invalid("event.action", () -> MeetingRecords.toEvent(with(heard, "action", event(3).record("action").orElseThrow())));
    invalid("event.invited", () -> MeetingRecords.toEvent(with(heard, "invited", List.of("police"))));
    invalid("event.attended", () -> MeetingRecords.toEvent(with(event(0), "attended", List.of("police"))));
    missing("event.caseId", () -> MeetingRecords.toEvent(with(heard, "caseId", null)));
    InvalidInputException type = assertThrowsExactly(InvalidInputException.class,
        () -> MeetingRecords.toEvent(with(heard, "type", "case-adjourned")));
    assertEquals("event.type", type.field());
    assertTrue(type.getMessage().contains("action-closed"), "names the types it takes: " + type.getMessage());
    missing("event.meetingId", () -> MeetingRecords.toEvent(with(heard, "meetingId", null)));
    missing("event.revision", () -> MeetingRecords.toEvent(with(heard, "revision", null)));
    missing("event.on", () -> MeetingRecords.toEvent(with(heard, "on", null)));
    missing("event.type", () -> MeetingRecords.toEvent(with(heard, "type", null)));
    invalid("event.invited", () -> MeetingRecords.toEvent(with(event(0), "invited", List.of("the-press"))));
    missing("event.action", () -> MeetingRecords.toEvent(with(event(3), "action", null)));
    missing("event.action.due", () -> MeetingRecords.toEvent(withNested(event(3), "action", "due", null)));
    ExportRecord closed = event(4);
    invalid("event.on", () -> MeetingRecords.toEvent(with(closed, "on", ExportDate.of(MeetingExportTest.DAY))));
    // the action as agreed, still open, under a closing event's type
    missing("event.action.closedOn", () -> MeetingRecords.toEvent(with(event(3), "type", "action-closed")));
    assertEquals(events.get(4), MeetingRecords.toEvent(closed));
  }
}
