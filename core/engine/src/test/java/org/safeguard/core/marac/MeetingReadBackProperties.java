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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguard.core.Fixtures;
import org.safeguard.core.MaracMeetings;
import org.safeguard.core.casework.CaseRuleException;
import org.safeguard.core.export.MeetingRecords;
import org.safeguard.model.Agency;

/**
 * The inverse law of a meeting's export: whatever meeting the rules let a MARAC reach, its FULL
 * record reads back as that meeting, every event on the way reads back as that event, and the events
 * read back replay to the meeting.
 */
class MeetingReadBackProperties {
  private static final MaracMeetings MEETINGS = Fixtures.engine().maracMeetings();

  @Provide
  Arbitrary<List<MaracMeetingsProperties.Step>> steps() {
    return new MaracMeetingsProperties().steps();
  }

  @Property(tries = 300)
  void aFullRecordReadsBackAsTheMeetingAndItsEventsReadBackReplayToIt(@ForAll("steps") List<MaracMeetingsProperties.Step> steps) {
    MeetingChange scheduled = MEETINGS.schedule("M-1", MaracMeetingsTest.DAY, Set.of(Agency.POLICE, Agency.IDVA_SERVICE, Agency.HOUSING));
    MaracMeeting m = scheduled.meeting();
    List<MeetingEvent> events = new ArrayList<>(scheduled.events());
    for (MaracMeetingsProperties.Step step : steps) {
      try {
        MeetingChange change = step.command().apply(m);
        events.addAll(change.events());
        m = change.meeting();
      } catch (CaseRuleException refused) {
        // a refused step makes no event
      }
    }
    assertEquals(m, MeetingRecords.toMeeting(MeetingRecords.ofMeeting(m)), steps.toString());
    List<MeetingEvent> back = new ArrayList<>();
    for (MeetingEvent e : events) {
      back.add(MeetingRecords.toEvent(MeetingRecords.ofEvent(e)));
    }
    assertEquals(events, back, steps.toString());
    assertEquals(m, MEETINGS.replay(back), "the events read back rebuild the meeting: " + steps);
  }
}
