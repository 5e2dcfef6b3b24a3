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
package org.safeguard.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguard.core.casework.CaseRuleException;
import org.safeguard.core.marac.ActionAgreed;
import org.safeguard.core.marac.ActionClosed;
import org.safeguard.core.marac.ActionState;
import org.safeguard.core.marac.AttendanceRecorded;
import org.safeguard.core.marac.CaseHeard;
import org.safeguard.core.marac.DropReason;
import org.safeguard.core.marac.MaracAction;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MeetingChange;
import org.safeguard.core.marac.MeetingEvent;
import org.safeguard.core.marac.MeetingScheduled;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * A MARAC's meetings as commands over immutable snapshots: a meeting scheduled with the agencies
 * invited, its attendance, the cases heard and the actions agreed for them, each action then done
 * or dropped with a reason. {@link org.safeguard.core.marac.MeetingReport} reports attendance and
 * the actions outstanding and overdue by agency.
 *
 * <p>Each command checks the rules and returns a {@link MeetingChange}: the next revision and its
 * event. A refused command throws {@link CaseRuleException} (or another
 * {@link InvalidInputException}) naming the field, the value and the rule; the snapshot passed in
 * is immutable, so nothing is half-changed. Get one from {@link Safeguard#maracMeetings()}.
 * Stateless and thread-safe.
 */
public final class MaracMeetings {
  /** Made by the engine. */
  MaracMeetings() {}

  /**
   * Schedules a meeting.
   *
   * @param meetingId the meeting's id in the embedding system: letters, digits and {@code .-_:}, at most 64
   * @param on the day of the meeting
   * @param invited the agencies invited, at least one
   * @return the meeting at revision 1, with its {@link MeetingScheduled} event
   * @throws InvalidInputException when a value breaks a rule of {@link MaracMeeting}
   */
  public MeetingChange schedule(String meetingId, LocalDate on, Set<Agency> invited) {
    MissingValueException.require("meetingId", meetingId);
    RecordDates.require("on", on);
    MissingValueException.requireElements("invited", invited);
    MaracMeeting m = MaracMeeting.builder().meetingId(meetingId).on(on).invited(invited).revision(1).build();
    return change(m, new MeetingScheduled(meetingId, 1, on, m.invited()));
  }

  /**
   * Records which invited agencies attended. Recorded once; a meeting whose attendance is not
   * recorded is left out of attendance rates.
   *
   * @param meeting the meeting as it stands
   * @param attended the agencies that attended, each one invited; may be empty
   * @return the meeting with its attendance, and its {@link AttendanceRecorded} event
   * @throws CaseRuleException when attendance is recorded already, or an agency was not invited
   */
  public MeetingChange recordAttendance(MaracMeeting meeting, Set<Agency> attended) {
    MissingValueException.require("meeting", meeting);
    MissingValueException.requireElements("attended", attended);
    if (meeting.attendanceRecorded()) {
      throw new CaseRuleException("attended", attended, "the meeting's attendance is recorded already, " + meeting.attended());
    }
    for (Agency agency : attended) {
      if (!meeting.invited().contains(agency)) {
        throw new CaseRuleException("attended", agency, "was not invited; invited: " + meeting.invited());
      }
    }
    MaracMeeting next = next(meeting).attendanceRecorded(true).attended(attended).build();
    return change(next, new AttendanceRecorded(next.meetingId(), next.revision(), next.on(), next.attended()));
  }

  /**
   * Records a case as heard at the meeting.
   *
   * @param meeting the meeting as it stands
   * @param caseId the victim's case id in the embedding system
   * @return the meeting with the case heard, and its {@link CaseHeard} event
   * @throws CaseRuleException when the case was heard at this meeting already
   */
  public MeetingChange hear(MaracMeeting meeting, String caseId) {
    MissingValueException.require("meeting", meeting);
    StableId.requireReference("caseId", caseId);
    if (meeting.heard().contains(caseId)) {
      throw new CaseRuleException("caseId", caseId, "the meeting heard this case already");
    }
    MaracMeeting next = next(meeting).addHeard(caseId).build();
    return change(next, new CaseHeard(next.meetingId(), next.revision(), next.on(), caseId));
  }

  /**
   * Records an action agreed for a case the meeting heard.
   *
   * @param meeting the meeting as it stands
   * @param action the action, open, with an id new to the meeting, due on or after the meeting
   * @return the meeting with the action, and its {@link ActionAgreed} event
   * @throws CaseRuleException when the action is not open, its id is taken, its case was not heard,
   *     or it is due before the meeting
   */
  public MeetingChange agreeAction(MaracMeeting meeting, MaracAction action) {
    MissingValueException.require("meeting", meeting);
    MissingValueException.require("action", action);
    if (action.state() != ActionState.OPEN) {
      throw new CaseRuleException("action.state", action.state(), "an action is agreed open, then done or dropped");
    }
    if (meeting.action(action.actionId()).isPresent()) {
      throw new CaseRuleException("action.actionId", action.actionId(), "the meeting has an action by that id already");
    }
    if (!meeting.heard().contains(action.caseId())) {
      throw new CaseRuleException("action.caseId", action.caseId(), "an action is for a case the meeting heard; this one was not heard there");
    }
    if (action.due().isBefore(meeting.on())) {
      throw new CaseRuleException("action.due", action.due(), "is not before the meeting, " + meeting.on());
    }
    MaracMeeting next = next(meeting).addActions(action).build();
    return change(next, new ActionAgreed(next.meetingId(), next.revision(), next.on(), action));
  }

  /**
   * Records an action done.
   *
   * @param meeting the meeting as it stands
   * @param actionId the action's id
   * @param on the day it was done, not before the meeting
   * @return the meeting with the action done, and its {@link ActionClosed} event
   * @throws CaseRuleException when there is no such action, it is not open, or the day is before the meeting
   */
  public MeetingChange completeAction(MaracMeeting meeting, String actionId, LocalDate on) {
    return close(meeting, actionId, on, ActionState.DONE, Optional.empty());
  }

  /**
   * Records an action dropped, with the reason.
   *
   * @param meeting the meeting as it stands
   * @param actionId the action's id
   * @param on the day it was dropped, not before the meeting
   * @param reason why
   * @return the meeting with the action dropped, and its {@link ActionClosed} event
   * @throws CaseRuleException when there is no such action, it is not open, or the day is before the meeting
   */
  public MeetingChange dropAction(MaracMeeting meeting, String actionId, LocalDate on, DropReason reason) {
    MissingValueException.require("reason", reason);
    return close(meeting, actionId, on, ActionState.DROPPED, Optional.of(reason));
  }

  private MeetingChange close(MaracMeeting meeting, String actionId, LocalDate on, ActionState state, Optional<DropReason> reason) {
    MissingValueException.require("meeting", meeting);
    MissingValueException.require("actionId", actionId);
    RecordDates.require("on", on);
    Optional<MaracAction> found = meeting.action(actionId);
    if (found.isEmpty()) {
      throw new CaseRuleException("actionId", actionId, "the meeting has no action by that id");
    }
    MaracAction a = found.get();
    if (a.state() != ActionState.OPEN) {
      throw new CaseRuleException("actionId", actionId, "the action is " + a.state() + " already, on " + a.closedOn().orElseThrow());
    }
    if (on.isBefore(meeting.on())) {
      throw new CaseRuleException("on", on, "is not before the meeting, " + meeting.on());
    }
    MaracAction closed = new MaracAction(a.actionId(), a.caseId(), a.owner(), a.due(), state, Optional.of(on), reason);
    List<MaracAction> actions = new ArrayList<>();
    for (MaracAction each : meeting.actions()) {
      actions.add(each.actionId().equals(actionId) ? closed : each);
    }
    MaracMeeting next = next(meeting).actions(actions).build();
    return change(next, new ActionClosed(next.meetingId(), next.revision(), closed));
  }

  /**
   * Rebuilds a meeting from its events, each through its command again, so the rules are checked
   * as they were; events stored from every command a meeting went through rebuild it equal to the
   * snapshot those commands returned.
   *
   * @param events the meeting's events in the order recorded, from its scheduling
   * @return the meeting as the events leave it
   * @throws InvalidInputException when there are no events, the first is not a scheduling, an
   *     event is of another meeting, the revisions do not run 1, 2, 3..., or an event holds
   *     something its command would not have recorded
   * @throws CaseRuleException when an event breaks a rule, as its command would have refused it
   */
  public MaracMeeting replay(List<MeetingEvent> events) {
    MissingValueException.requireElements("events", events);
    if (events.isEmpty() || !(events.get(0) instanceof MeetingScheduled first) || first.revision() != 1) {
      throw new InvalidInputException("events", events.isEmpty() ? "(none)" : events.get(0).getClass().getSimpleName(),
          "a meeting's events start with its scheduling, revision 1");
    }
    MaracMeeting m = schedule(first.meetingId(), first.on(), first.invited()).meeting();
    for (int i = 1; i < events.size(); i++) {
      MeetingEvent e = events.get(i);
      if (!e.meetingId().equals(m.meetingId())) {
        throw new InvalidInputException("events.meetingId", e.meetingId(), "every event is of meeting " + m.meetingId());
      }
      if (e.revision() != m.revision() + 1) {
        throw new InvalidInputException("events.revision", e.revision(), "follows revision " + m.revision());
      }
      MeetingChange change = apply(m, e);
      if (!change.events().equals(List.of(e))) {
        throw new InvalidInputException("events", e.getClass().getSimpleName() + " " + e.revision(),
            "is what its command records; the command records otherwise from the same content");
      }
      m = change.meeting();
    }
    return m;
  }

  private MeetingChange apply(MaracMeeting m, MeetingEvent event) {
    if (event instanceof AttendanceRecorded e) {
      return recordAttendance(m, e.attended());
    } else if (event instanceof CaseHeard e) {
      return hear(m, e.caseId());
    } else if (event instanceof ActionAgreed e) {
      return agreeAction(m, e.action());
    } else if (event instanceof ActionClosed e) {
      MaracAction a = e.action();
      return a.state() == ActionState.DROPPED ? dropAction(m, a.actionId(), e.on(), a.dropReason().orElseThrow())
          : completeAction(m, a.actionId(), e.on());
    }
    throw new InvalidInputException("events", event.getClass().getSimpleName(), "a second scheduling is not an event of a meeting");
  }

  private static MaracMeeting.Builder next(MaracMeeting m) {
    return MaracMeeting.builder().from(m).revision(m.revision() + 1);
  }

  private static MeetingChange change(MaracMeeting next, MeetingEvent event) {
    return new MeetingChange(next, List.of(event));
  }
}
