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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.safeguard.core.Fixtures;
import org.safeguard.core.MaracMeetings;
import org.safeguard.core.casework.CaseRuleException;
import org.safeguard.model.Agency;

/**
 * Random command sequences over a meeting: a command is accepted whole (one revision more, one
 * event of it) or refused by a rule; the accepted events rebuild the meeting; whatever is accepted
 * keeps the meeting's laws (attendance only
 * by agencies invited, actions only for cases heard, closed on or after the meeting); and the
 * report's outstanding actions are the actions open on its day, however the meetings are split.
 */
class MaracMeetingsProperties {
  private static final MaracMeetings MEETINGS = Fixtures.engine().maracMeetings();
  private static final LocalDate DAY = MaracMeetingsTest.DAY;
  private static final List<Agency> SOME = List.of(Agency.POLICE, Agency.IDVA_SERVICE, Agency.HOUSING, Agency.PROBATION);

  record Step(String name, Function<MaracMeeting, MeetingChange> command) {
    @Override
    public String toString() {
      return name;
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> day = Arbitraries.integers().between(-3, 60);
    Arbitrary<Step> attend = Arbitraries.subsetOf(SOME).map(s -> new Step("attend " + s, m -> MEETINGS.recordAttendance(m, s)));
    Arbitrary<Step> hear = Arbitraries.integers().between(1, 3).map(v -> new Step("hear V-" + v, m -> MEETINGS.hear(m, "V-" + v)));
    Arbitrary<Step> agree = Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 3), Arbitraries.of(SOME), day)
        .as((a, v, owner, d) -> new Step("agree a" + a + " V-" + v + " @" + d,
            m -> MEETINGS.agreeAction(m, MaracAction.agreed("a" + a, "V-" + v, owner, DAY.plusDays(d)))));
    Arbitrary<Step> done = Combinators.combine(Arbitraries.integers().between(1, 4), day).as((a, d) ->
        new Step("done a" + a + " @" + d, m -> MEETINGS.completeAction(m, "a" + a, DAY.plusDays(d))));
    Arbitrary<Step> drop = Combinators.combine(Arbitraries.integers().between(1, 4), day, Arbitraries.of(DropReason.class)).as((a, d, r) ->
        new Step("drop a" + a + " @" + d, m -> MEETINGS.dropAction(m, "a" + a, DAY.plusDays(d), r)));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, attend), net.jqwik.api.Tuple.of(2, hear), net.jqwik.api.Tuple.of(4, agree),
        net.jqwik.api.Tuple.of(2, done), net.jqwik.api.Tuple.of(2, drop)).list().ofMaxSize(30);
  }

  @Property(tries = 300)
  void aCommandIsAcceptedWholeOrRefusedAndTheMeetingAndItsReportKeepTheirLaws(@ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = -2, max = 70) int reportDay) {
    MeetingChange scheduled = MEETINGS.schedule("M-1", DAY, Set.of(Agency.POLICE, Agency.IDVA_SERVICE, Agency.HOUSING));
    MaracMeeting m = scheduled.meeting();
    List<MeetingEvent> events = new ArrayList<>(scheduled.events());
    for (Step step : steps) {
      MeetingChange change;
      try {
        change = step.command().apply(m);
      } catch (CaseRuleException refused) {
        continue; // the snapshot is immutable: a refusal cannot have changed it
      }
      assertEquals(m.revision() + 1, change.meeting().revision(), step.name());
      assertEquals(1, change.events().size());
      assertEquals(change.meeting().revision(), change.events().get(0).revision());
      m = change.meeting();
      events.addAll(change.events());
      assertTrue(m.invited().containsAll(m.attended()), "attendance only by agencies invited: " + steps);
      for (MaracAction a : m.actions()) {
        assertTrue(m.heard().contains(a.caseId()), "actions only for cases heard: " + steps);
        assertTrue(a.closedOn().map(d -> !d.isBefore(DAY)).orElse(true), "closed on or after the meeting: " + steps);
      }
    }
    assertEquals(m, MEETINGS.replay(events), "the events rebuild the meeting: " + steps);
    LocalDate asOf = DAY.plusDays(reportDay);
    MeetingReport r = MeetingReport.of(List.of(m), asOf);
    long open = 0;
    long overdue = 0;
    for (MaracAction a : m.actions()) {
      open += !asOf.isBefore(DAY) && a.openOn(asOf) ? 1 : 0;
      overdue += !asOf.isBefore(DAY) && a.overdueOn(asOf) ? 1 : 0;
    }
    long outstanding = 0;
    long late = 0;
    for (Agency agency : Agency.values()) {
      outstanding += r.outstanding(agency);
      late += r.overdue(agency).numerator();
    }
    assertEquals(open, outstanding);
    assertEquals(overdue, late);
    List<MaracMeeting> two = new ArrayList<>(List.of(m, MEETINGS.schedule("M-2", DAY.plusDays(1), Set.of(Agency.POLICE)).meeting()));
    assertEquals(MeetingReport.of(two, asOf), MeetingReport.of(two.subList(1, 2), asOf).merge(MeetingReport.of(two.subList(0, 1), asOf)));
  }
}
