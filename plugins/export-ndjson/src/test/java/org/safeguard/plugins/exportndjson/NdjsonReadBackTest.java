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
package org.safeguard.plugins.exportndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.MaracMeetings;
import org.safeguard.core.PerpetratorWork;
import org.safeguard.core.Safeguard;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.core.export.MeetingRecords;
import org.safeguard.core.export.PerpetratorRecords;
import org.safeguard.core.marac.DropReason;
import org.safeguard.core.marac.MaracAction;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MeetingChange;
import org.safeguard.core.marac.MeetingEvent;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.Severity;
import org.safeguard.core.perpetrator.AssessmentPoint;
import org.safeguard.core.perpetrator.BehaviourRecord;
import org.safeguard.core.perpetrator.BehaviourSource;
import org.safeguard.core.perpetrator.ContactAttempt;
import org.safeguard.core.perpetrator.ContactSafety;
import org.safeguard.core.perpetrator.ExitReason;
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
import org.safeguard.core.perpetrator.WorkMode;
import org.safeguard.core.perpetrator.WorkObjective;
import org.safeguard.model.Agency;
import org.safeguard.model.Score;

/**
 * What a case system does with the perpetrator side and MARAC meetings: writes each value the
 * engine returns in FULL to NDJSON, reads it back with {@link NdjsonReader}, maps it back with
 * {@code PerpetratorRecords} and {@code MeetingRecords}, and replays the events read back.
 */
class NdjsonReadBackTest {
  private static final Safeguard ENGINE = Safeguard.builder().build();
  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  private static NdjsonReader written(Object value, List<?> events) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = ENGINE.export(NdjsonExporter.ID, ExportProfile.full(), out)) {
      if (value instanceof PerpetratorCase c) {
        session.write(c);
        events.forEach(e -> session.write((PerpetratorEvent) e));
      } else {
        session.write((MaracMeeting) value);
        events.forEach(e -> session.write((MeetingEvent) e));
      }
    }
    return NdjsonReader.open(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void aPerpetratorCaseAndItsEventsReadBackFromNdjsonAndReplay() {
    PerpetratorWork work = ENGINE.perpetratorWork();
    List<PerpetratorEvent> events = new ArrayList<>();
    PerpetratorChange change = work.refer("P-9", VictimLink.primary("V-9", Relationship.CURRENT_PARTNER, LivingArrangement.LIVING_TOGETHER, DAY));
    events.addAll(change.events());
    PerpetratorCase c = change.perpetratorCase();
    List<java.util.function.Function<PerpetratorCase, PerpetratorChange>> steps = List.of(
        p -> work.allocate(p, "cm-1", DAY.plusDays(1)),
        p -> work.judgeContactSafety(p, ContactSafety.judgedSafe(DAY.plusDays(2))),
        p -> work.attemptContact(p, ContactAttempt.succeeded(DAY.plusDays(3))),
        p -> work.recordBehaviour(p, new BehaviourRecord(AssessmentPoint.INTAKE, DAY.plusDays(4), BehaviourSource.IDVA,
            AbuseProfile.of(Map.of(AbuseType.JEALOUS_AND_CONTROLLING, Severity.MODERATE), Set.of(AbuseType.SEXUAL)))),
        p -> work.recordNeeds(p, new NeedsRecord(AssessmentPoint.INTAKE, DAY.plusDays(4), Map.of(NeedArea.HOUSING, NeedLevel.DONT_KNOW))),
        p -> work.recordScore(p, new ScoreRecord(AssessmentPoint.INTAKE, DAY.plusDays(4), Score.builder().instrumentId("drive-dash")
            .instrumentVersion("2019").value(4).yesCount(4).noCount(2).notKnownCount(11).category("standard")
            .invalidReason("11 or more answers not known").build())),
        p -> work.recordWork(p, WorkEntry.disruption(DAY.plusDays(5), Agency.POLICE, WorkMode.MEETING, WorkObjective.DISRUPT,
            StandardDisruptions.MAPPA_REFERRAL)),
        p -> work.recordLever(p, StatutoryLever.of("dvpo-1", LeverKind.DOMESTIC_ABUSE_PROTECTION_ORDER, DAY.plusDays(6))),
        p -> work.endLever(p, "dvpo-1", DAY.plusDays(30)),
        p -> work.close(p, DAY.plusDays(40), ExitReason.COMPLETED));
    for (var step : steps) {
      change = step.apply(c);
      events.addAll(change.events());
      c = change.perpetratorCase();
    }
    NdjsonReader reader = written(c, events);
    assertEquals(c, PerpetratorRecords.toCase(reader.next().orElseThrow()));
    List<PerpetratorEvent> back = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      back.add(PerpetratorRecords.toEvent(reader.next().orElseThrow()));
    }
    assertEquals(Optional.empty(), reader.next());
    assertEquals(events, back);
    assertEquals(c, work.replay(back));
  }

  @Test
  void aMeetingAndItsEventsReadBackFromNdjsonAndReplay() {
    MaracMeetings meetings = ENGINE.maracMeetings();
    List<MeetingEvent> events = new ArrayList<>();
    MeetingChange m = meetings.schedule("M-9", DAY, Set.of(Agency.POLICE, Agency.HOUSING, Agency.PROBATION));
    events.addAll(m.events());
    List<java.util.function.Function<MaracMeeting, MeetingChange>> steps = List.of(
        x -> meetings.recordAttendance(x, Set.of(Agency.PROBATION, Agency.POLICE)),
        x -> meetings.hear(x, "V-9"),
        x -> meetings.agreeAction(x, MaracAction.agreed("a1", "V-9", Agency.HOUSING, DAY.plusDays(7))),
        x -> meetings.agreeAction(x, MaracAction.agreed("a2", "V-9", Agency.POLICE, DAY.plusDays(7))),
        x -> meetings.completeAction(x, "a1", DAY.plusDays(5)),
        x -> meetings.dropAction(x, "a2", DAY.plusDays(6), DropReason.NO_LONGER_NEEDED));
    for (var step : steps) {
      m = step.apply(m.meeting());
      events.addAll(m.events());
    }
    NdjsonReader reader = written(m.meeting(), events);
    assertEquals(m.meeting(), MeetingRecords.toMeeting(reader.next().orElseThrow()));
    List<MeetingEvent> back = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      back.add(MeetingRecords.toEvent(reader.next().orElseThrow()));
    }
    assertEquals(Optional.empty(), reader.next());
    assertEquals(events, back);
    assertEquals(m.meeting(), meetings.replay(back));
  }
}
