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

import static org.safeguard.core.export.FieldValues.code;

import org.safeguard.core.marac.ActionAgreed;
import org.safeguard.core.marac.ActionClosed;
import org.safeguard.core.marac.AttendanceRecorded;
import org.safeguard.core.marac.CaseHeard;
import org.safeguard.core.marac.MaracAction;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MeetingEvent;
import org.safeguard.core.marac.MeetingScheduled;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;
import org.safeguard.model.MissingValueException;

/**
 * The one place that maps a MARAC meeting ({@link Schemas#MARAC_MEETING}) and each change recorded
 * on one ({@link Schemas#MEETING_EVENT}) onto their schemas, for FULL; an {@link ExportProfile}
 * then keeps what its purpose needs (research: pseudonyms for the meeting's and the cases' ids, the
 * cases' linking to their own records, and months for days).
 */
public final class MeetingRecords {
  private MeetingRecords() {}

  /**
   * A meeting as it stands.
   *
   * @param meeting the meeting
   * @return a {@link Schemas#MARAC_MEETING} record for FULL
   */
  public static ExportRecord ofMeeting(MaracMeeting meeting) {
    MissingValueException.require("meeting", meeting);
    ExportRecord.Builder b = ExportRecord.builder(Schemas.MARAC_MEETING).set("meetingId", meeting.meetingId())
        .set("revision", meeting.revision()).set("on", ExportDate.of(meeting.on()));
    // agencies in the order of Agency, so that the same meeting exports the same bytes
    meeting.invited().stream().sorted().forEach(a -> b.set("invited", code(a)));
    b.set("attendanceRecorded", meeting.attendanceRecorded());
    meeting.attended().stream().sorted().forEach(a -> b.set("attended", code(a)));
    meeting.heard().forEach(caseId -> b.set("caseId", caseId));
    meeting.actions().forEach(a -> b.set("actions", action(a)));
    return b.build();
  }

  /**
   * One change recorded on a meeting, as {@code MaracMeetings} gave it.
   *
   * @param event the event
   * @return a {@link Schemas#MEETING_EVENT} record for FULL
   */
  public static ExportRecord ofEvent(MeetingEvent event) {
    MissingValueException.require("event", event);
    ExportRecord.Builder b = ExportRecord.builder(Schemas.MEETING_EVENT).set("meetingId", event.meetingId())
        .set("revision", event.revision()).set("on", ExportDate.of(event.on()));
    if (event instanceof MeetingScheduled e) {
      b.set("type", "meeting-scheduled");
      e.invited().stream().sorted().forEach(a -> b.set("invited", code(a)));
    } else if (event instanceof AttendanceRecorded e) {
      b.set("type", "attendance-recorded");
      e.attended().stream().sorted().forEach(a -> b.set("attended", code(a)));
    } else if (event instanceof CaseHeard e) {
      b.set("type", "case-heard").set("caseId", e.caseId());
    } else if (event instanceof ActionAgreed e) {
      b.set("type", "action-agreed").set("action", action(e.action()));
    } else {
      b.set("type", "action-closed").set("action", action(((ActionClosed) event).action()));
    }
    return b.build();
  }

  private static ExportRecord action(MaracAction a) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.MARAC_ACTION).set("actionId", a.actionId()).set("caseId", a.caseId())
        .set("owner", code(a.owner())).set("due", ExportDate.of(a.due())).set("state", code(a.state()));
    a.closedOn().ifPresent(day -> r.set("closedOn", ExportDate.of(day)));
    a.dropReason().ifPresent(reason -> r.set("dropReason", code(reason)));
    return r.build();
  }
}
