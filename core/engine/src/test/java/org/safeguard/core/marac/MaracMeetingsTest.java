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
package org.safeguard.core.marac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Fixtures;
import org.safeguard.core.MaracMeetings;
import org.safeguard.core.casework.CaseRuleException;
import org.safeguard.core.outcome.Rate;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;

/**
 * MARAC meetings: the agencies invited and attending, the cases heard, and the actions agreed for
 * them, each open until done or dropped with a reason and overdue while open past its due day; and
 * the coordinator's report of attendance and outstanding and overdue actions by agency.
 */
class MaracMeetingsTest {
  static final LocalDate DAY = LocalDate.of(2026, 3, 4);
  private final MaracMeetings meetings = Fixtures.engine().maracMeetings();

  private MaracMeeting heard() {
    MaracMeeting m = meetings.schedule("M-2026-03", DAY, Set.of(Agency.POLICE, Agency.IDVA_SERVICE, Agency.HOUSING)).meeting();
    m = meetings.hear(m, "V-1").meeting();
    return meetings.hear(m, "V-2").meeting();
  }

  @Test
  void aMeetingHearsCasesAndAgreesActionsThatAreDoneOrDroppedOneRevisionAndEventAtATime() {
    List<MeetingEvent> events = new ArrayList<>();
    MeetingChange scheduled = meetings.schedule("M-2026-03", DAY, Set.of(Agency.POLICE, Agency.IDVA_SERVICE, Agency.HOUSING));
    events.addAll(scheduled.events());
    MaracMeeting m = scheduled.meeting();
    for (java.util.function.Function<MaracMeeting, MeetingChange> step : List.<java.util.function.Function<MaracMeeting, MeetingChange>>of(
        x -> meetings.recordAttendance(x, Set.of(Agency.POLICE, Agency.IDVA_SERVICE)),
        x -> meetings.hear(x, "V-1"),
        x -> meetings.agreeAction(x, MaracAction.agreed("a1", "V-1", Agency.HOUSING, DAY.plusDays(14))),
        x -> meetings.agreeAction(x, MaracAction.agreed("a2", "V-1", Agency.POLICE, DAY.plusDays(7))),
        x -> meetings.completeAction(x, "a1", DAY.plusDays(10)),
        x -> meetings.dropAction(x, "a2", DAY.plusDays(9), DropReason.CASE_CLOSED))) {
      MeetingChange change = step.apply(m);
      assertEquals(m.revision() + 1, change.meeting().revision());
      assertEquals(change.meeting().revision(), change.events().get(0).revision());
      events.addAll(change.events());
      m = change.meeting();
    }
    assertEquals(List.of(MeetingScheduled.class, AttendanceRecorded.class, CaseHeard.class, ActionAgreed.class, ActionAgreed.class,
        ActionClosed.class, ActionClosed.class), events.stream().map(Object::getClass).toList());
    assertEquals(List.of(DAY, DAY, DAY, DAY, DAY, DAY.plusDays(10), DAY.plusDays(9)), events.stream().map(MeetingEvent::on).toList());
    assertEquals(ActionState.DONE, m.action("a1").orElseThrow().state());
    assertEquals(Optional.of(DropReason.CASE_CLOSED), m.action("a2").orElseThrow().dropReason());
    assertEquals(Set.of(Agency.POLICE, Agency.IDVA_SERVICE), m.attended());
    assertEquals(m, meetings.replay(events));
    assertEquals("events", assertThrows(InvalidInputException.class, () -> meetings.replay(events.subList(1, 3))).field());
    List<MeetingEvent> skipped = List.of(events.get(0), events.get(2));
    assertEquals("events.revision", assertThrows(InvalidInputException.class, () -> meetings.replay(skipped)).field());
    List<MeetingEvent> early = List.of(events.get(0), events.get(1), events.get(2),
        new ActionAgreed("M-2026-03", 4, DAY, MaracAction.agreed("a9", "V-1", Agency.POLICE, DAY.minusDays(1))));
    assertEquals("action.due", assertThrows(CaseRuleException.class, () -> meetings.replay(early)).field(), "the rules are checked again");
    MaracAction done = m.action("a1").orElseThrow();
    MaracAction otherOwner = new MaracAction(done.actionId(), done.caseId(), Agency.PROBATION, done.due(), done.state(), done.closedOn(),
        done.dropReason());
    List<MeetingEvent> altered = new ArrayList<>(events.subList(0, 5));
    altered.add(new ActionClosed("M-2026-03", 6, otherOwner));
    assertEquals("events", assertThrows(InvalidInputException.class, () -> meetings.replay(altered)).field(),
        "a closing that names another owner than the action's is not what the command records");
  }

  @Test
  void whatAMeetingCannotRecordIsRefusedNamingTheRule() {
    MaracMeeting m = heard();
    assertEquals("attended", assertThrows(CaseRuleException.class, () -> meetings.recordAttendance(m, Set.of(Agency.EDUCATION))).field(),
        "not invited");
    MaracMeeting attended = meetings.recordAttendance(m, Set.of()).meeting();
    assertTrue(attended.attendanceRecorded());
    assertThrows(CaseRuleException.class, () -> meetings.recordAttendance(attended, Set.of(Agency.POLICE)), "recorded once");
    assertEquals("caseId", assertThrows(CaseRuleException.class, () -> meetings.hear(m, "V-1")).field());
    assertEquals("action.caseId", assertThrows(CaseRuleException.class,
        () -> meetings.agreeAction(m, MaracAction.agreed("a1", "V-9", Agency.POLICE, DAY))).field());
    assertEquals("action.due", assertThrows(CaseRuleException.class,
        () -> meetings.agreeAction(m, MaracAction.agreed("a1", "V-1", Agency.POLICE, DAY.minusDays(1)))).field());
    MaracMeeting withAction = meetings.agreeAction(m, MaracAction.agreed("a1", "V-1", Agency.POLICE, DAY.plusDays(7))).meeting();
    assertEquals("action.actionId", assertThrows(CaseRuleException.class,
        () -> meetings.agreeAction(withAction, MaracAction.agreed("a1", "V-2", Agency.HOUSING, DAY))).field());
    assertEquals("actionId", assertThrows(CaseRuleException.class, () -> meetings.completeAction(withAction, "a9", DAY)).field());
    assertEquals("on", assertThrows(CaseRuleException.class, () -> meetings.completeAction(withAction, "a1", DAY.minusDays(1))).field());
    MaracMeeting done = meetings.completeAction(withAction, "a1", DAY.plusDays(2)).meeting();
    assertThrows(CaseRuleException.class, () -> meetings.dropAction(done, "a1", DAY.plusDays(3), DropReason.OTHER), "closed once");
    MaracAction closed = done.action("a1").orElseThrow();
    assertEquals("action.state", assertThrows(CaseRuleException.class,
        () -> meetings.agreeAction(m, new MaracAction("a5", "V-1", Agency.POLICE, DAY, ActionState.DONE, closed.closedOn(),
            Optional.empty()))).field());
    assertEquals("invited", assertThrows(InvalidInputException.class, () -> meetings.schedule("M-1", DAY, Set.of())).field());
    assertEquals("action.closedOn", assertThrows(InvalidInputException.class, () -> new MaracAction("a1", "V-1", Agency.POLICE, DAY,
        ActionState.OPEN, Optional.of(DAY), Optional.empty())).field());
    assertEquals("action.dropReason", assertThrows(InvalidInputException.class, () -> new MaracAction("a1", "V-1", Agency.POLICE, DAY,
        ActionState.DROPPED, Optional.of(DAY), Optional.empty())).field());
  }

  @Test
  void anActionIsOverdueOnTheDaysAfterItsDueDayWhileStillOpen() {
    MaracAction a = MaracAction.agreed("a1", "V-1", Agency.POLICE, DAY.plusDays(7));
    assertFalse(a.overdueOn(DAY.plusDays(7)), "due that day, not yet overdue");
    assertTrue(a.overdueOn(DAY.plusDays(8)));
    MaracAction done = new MaracAction("a1", "V-1", Agency.POLICE, DAY.plusDays(7), ActionState.DONE, Optional.of(DAY.plusDays(10)),
        Optional.empty());
    assertTrue(done.overdueOn(DAY.plusDays(9)), "open then, and past due");
    assertFalse(done.overdueOn(DAY.plusDays(10)), "done that day");
    assertTrue(done.openOn(DAY.plusDays(9)));
  }

  @Test
  void theReportGivesAttendanceAndOutstandingAndOverdueActionsByAgency() {
    MaracMeeting march = meetings.recordAttendance(heard(), Set.of(Agency.POLICE, Agency.IDVA_SERVICE)).meeting();
    march = meetings.agreeAction(march, MaracAction.agreed("a1", "V-1", Agency.HOUSING, DAY.plusDays(7))).meeting();
    march = meetings.agreeAction(march, MaracAction.agreed("a2", "V-2", Agency.HOUSING, DAY.plusDays(40))).meeting();
    march = meetings.agreeAction(march, MaracAction.agreed("a3", "V-2", Agency.POLICE, DAY.plusDays(7))).meeting();
    march = meetings.completeAction(march, "a3", DAY.plusDays(5)).meeting();
    MaracMeeting april = meetings.schedule("M-2026-04", DAY.plusDays(28), Set.of(Agency.POLICE, Agency.HOUSING)).meeting();
    MaracMeeting may = meetings.recordAttendance(meetings.schedule("M-2026-05", DAY.plusDays(60), Set.of(Agency.HOUSING)).meeting(),
        Set.of(Agency.HOUSING)).meeting();
    LocalDate asOf = DAY.plusDays(30);
    MeetingReport r = MeetingReport.of(List.of(march, april, may), asOf);
    assertEquals(2, r.meetings(), "May's is after the day");
    assertEquals(2, r.casesHeard());
    assertEquals(3, r.actionsAgreed());
    assertEquals(Rate.of(1, 1, 1, "attendance not recorded"), r.attendance(Agency.POLICE));
    assertEquals(Rate.of(0, 1, 1, "attendance not recorded"), r.attendance(Agency.HOUSING));
    assertEquals(Rate.of(0, 0, 0, ""), r.attendance(Agency.PROBATION));
    assertEquals(2, r.outstanding(Agency.HOUSING));
    assertEquals(Rate.of(1, 2, 0, ""), r.overdue(Agency.HOUSING), "a1 was due on day 7");
    assertEquals(0, r.outstanding(Agency.POLICE), "a3 done");
    MeetingReport split = MeetingReport.of(List.of(march), asOf).merge(MeetingReport.of(List.of(april, may), asOf));
    assertEquals(r, split);
    assertEquals(r.hashCode(), split.hashCode());
    assertEquals("other", assertThrows(InvalidInputException.class, () -> r.merge(MeetingReport.of(List.of(), DAY))).field());
  }

  @Test
  void aStoredMeetingIsHeldToTheRulesTheCommandsKeep() {
    // what a vendor rebuilds from storage, not through the commands
    java.util.function.Supplier<MaracMeeting.Builder> stored = () -> MaracMeeting.builder().meetingId("M-2026-03").on(DAY)
        .addInvited(Agency.POLICE).revision(1);
    MaracAction action = MaracAction.agreed("a1", "V-1", Agency.POLICE, DAY.plusDays(7));
    assertEquals(1, stored.get().attendanceRecorded(true).addAttended(Agency.POLICE).addHeard("V-1").addActions(action).build()
        .actions().size());
    assertEquals("invited", assertThrows(InvalidInputException.class,
        () -> MaracMeeting.builder().meetingId("M-2026-03").on(DAY).revision(1).build()).field());
    assertEquals("revision", assertThrows(InvalidInputException.class, () -> stored.get().revision(0).build()).field());
    assertEquals("attended", assertThrows(InvalidInputException.class, () -> stored.get().addAttended(Agency.POLICE).build()).field(),
        "attendance not yet recorded");
    assertEquals("attended", assertThrows(InvalidInputException.class,
        () -> stored.get().attendanceRecorded(true).addAttended(Agency.HOUSING).build()).field(), "not invited");
    assertEquals("heard", assertThrows(InvalidInputException.class, () -> stored.get().addHeard("V-1", "V-1").build()).field());
    assertEquals("actions.actionId", assertThrows(InvalidInputException.class,
        () -> stored.get().addHeard("V-1").addActions(action, action).build()).field());
    assertEquals("actions.caseId", assertThrows(InvalidInputException.class,
        () -> stored.get().addHeard("V-2").addActions(action).build()).field());
    assertEquals("actions.due", assertThrows(InvalidInputException.class,
        () -> stored.get().addHeard("V-1").addActions(MaracAction.agreed("a1", "V-1", Agency.POLICE, DAY.minusDays(1))).build()).field());
    MaracAction closedEarly = new MaracAction("a1", "V-1", Agency.POLICE, DAY, ActionState.DONE, Optional.of(DAY.minusDays(1)),
        Optional.empty());
    assertEquals("actions.closedOn", assertThrows(InvalidInputException.class,
        () -> stored.get().addHeard("V-1").addActions(closedEarly).build()).field());
  }
}
