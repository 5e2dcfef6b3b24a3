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
import static org.safeguard.core.export.FieldValues.constant;
import static org.safeguard.core.export.FieldValues.constants;
import static org.safeguard.core.export.FieldValues.day;
import static org.safeguard.core.export.FieldValues.each;
import static org.safeguard.core.export.FieldValues.flag;
import static org.safeguard.core.export.FieldValues.nested;
import static org.safeguard.core.export.FieldValues.optionalConstant;
import static org.safeguard.core.export.FieldValues.optionalDay;
import static org.safeguard.core.export.FieldValues.text;
import static org.safeguard.core.export.FieldValues.whole;
import static org.safeguard.core.export.FieldValues.wholeNumber;

import java.util.List;
import org.safeguard.core.marac.ActionAgreed;
import org.safeguard.core.marac.ActionClosed;
import org.safeguard.core.marac.ActionState;
import org.safeguard.core.marac.AttendanceRecorded;
import org.safeguard.core.marac.CaseHeard;
import org.safeguard.core.marac.DropReason;
import org.safeguard.core.marac.MaracAction;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MeetingEvent;
import org.safeguard.core.marac.MeetingScheduled;
import org.safeguard.core.export.FieldValues.EventKind;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Schemas;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * The one place that maps a MARAC meeting ({@link Schemas#MARAC_MEETING}) and each change recorded
 * on one ({@link Schemas#MEETING_EVENT}) onto their schemas, for FULL; an {@link ExportProfile}
 * then keeps what its purpose needs (research: pseudonyms for the meeting's and the cases' ids, the
 * cases' linking to their own records, and months for days). A record made for FULL reads back as
 * the meeting or event it was made from ({@link #toMeeting}, {@link #toEvent}).
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
        .set("revision", event.revision()).set("on", ExportDate.of(event.on())).set("type", FieldValues.kindOf(KINDS, event).code());
    if (event instanceof MeetingScheduled e) {
      e.invited().stream().sorted().forEach(a -> b.set("invited", code(a)));
    } else if (event instanceof AttendanceRecorded e) {
      e.attended().stream().sorted().forEach(a -> b.set("attended", code(a)));
    } else if (event instanceof CaseHeard e) {
      b.set("caseId", e.caseId());
    } else if (event instanceof ActionAgreed e) {
      b.set("action", action(e.action()));
    } else {
      b.set("action", action(((ActionClosed) event).action()));
    }
    return b.build();
  }

  /**
   * The meeting a {@link Schemas#MARAC_MEETING} record made for FULL holds: the inverse of
   * {@link #ofMeeting}, for a record read back from an export. {@code toMeeting(ofMeeting(m))}
   * equals {@code m}. The meeting is built through its builder, so it passes every check a meeting
   * keeps.
   *
   * @param record the meeting record
   * @return the meeting
   * @throws InvalidInputException when the record is of another schema, was made for a purpose that
   *     drops parts of a meeting (MARAC, RESEARCH), or holds a value the meeting cannot take, naming
   *     the field by its path, such as {@code meeting.actions.due} (a rule of the model itself names
   *     the field as the model does, such as {@code actions.caseId})
   * @throws MissingValueException when a field the meeting needs is absent
   */
  public static MaracMeeting toMeeting(ExportRecord record) {
    whole(record, Schemas.MARAC_MEETING, "meeting");
    String at = "meeting";
    return MaracMeeting.builder().meetingId(text(record, at, "meetingId")).revision(wholeNumber(record, at, "revision"))
        .on(day(record, at, "on")).invited(constants(Agency.class, record, at, "invited"))
        .attendanceRecorded(flag(record, at, "attendanceRecorded")).attended(constants(Agency.class, record, at, "attended"))
        .heard(record.texts("caseId")).actions(each(record, at, "actions", MeetingRecords::actionOf)).build();
  }

  /**
   * The meeting event a {@link Schemas#MEETING_EVENT} record made for FULL holds: the inverse of
   * {@link #ofEvent}, for a record read back from an export, so that the events of a meeting can be
   * given to {@code MaracMeetings.replay}. A record carrying content of another kind than its type
   * is refused, and an action closed must be dated the day of the event.
   *
   * @param record the event record
   * @return the event
   * @throws InvalidInputException when the record is of another schema, was made for a purpose that
   *     drops parts of an event, or its type, day and content disagree, naming the field by its
   *     path, such as {@code event.action.state}
   * @throws MissingValueException when a field the event needs is absent
   */
  public static MeetingEvent toEvent(ExportRecord record) {
    return FieldValues.event(record, Schemas.MEETING_EVENT, "meetingId", KINDS, MeetingEvent::on);
  }

  private static final List<EventKind<MeetingEvent>> KINDS = List.of(
      new EventKind<>(MeetingScheduled.class, "meeting-scheduled", "invited",
          (id, r, on, e, at) -> new MeetingScheduled(id, r, on, constants(Agency.class, e, at, "invited"))),
      new EventKind<>(AttendanceRecorded.class, "attendance-recorded", "attended",
          (id, r, on, e, at) -> new AttendanceRecorded(id, r, on, constants(Agency.class, e, at, "attended"))),
      new EventKind<>(CaseHeard.class, "case-heard", "caseId", (id, r, on, e, at) -> new CaseHeard(id, r, on, text(e, at, "caseId"))),
      new EventKind<>(ActionAgreed.class, "action-agreed", "action",
          (id, r, on, e, at) -> new ActionAgreed(id, r, on, actionOf(nested(e, at, "action"), at + ".action"))),
      new EventKind<>(ActionClosed.class, "action-closed", "action",
          (id, r, on, e, at) -> new ActionClosed(id, r, closed(actionOf(nested(e, at, "action"), at + ".action"), at + ".action"))));

  private static MaracAction closed(MaracAction action, String at) {
    if (action.closedOn().isEmpty()) {
      throw new MissingValueException(at + ".closedOn", "an action-closed event carries the day the action was done or dropped");
    }
    return action;
  }

  private static MaracAction actionOf(ExportRecord a, String at) {
    return new MaracAction(text(a, at, "actionId"), text(a, at, "caseId"), constant(Agency.class, a, at, "owner"), day(a, at, "due"),
        constant(ActionState.class, a, at, "state"), optionalDay(a, at, "closedOn"),
        optionalConstant(DropReason.class, a, at, "dropReason"));
  }

  private static ExportRecord action(MaracAction a) {
    ExportRecord.Builder r = ExportRecord.builder(Schemas.MARAC_ACTION).set("actionId", a.actionId()).set("caseId", a.caseId())
        .set("owner", code(a.owner())).set("due", ExportDate.of(a.due())).set("state", code(a.state()));
    a.closedOn().ifPresent(day -> r.set("closedOn", ExportDate.of(day)));
    a.dropReason().ifPresent(reason -> r.set("dropReason", code(reason)));
    return r.build();
  }
}
