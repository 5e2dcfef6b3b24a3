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
package org.safeguard.core.perpetrator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguard.core.PerpetratorWork;
import org.safeguard.core.casework.CaseRuleException;
import org.safeguard.core.export.PerpetratorRecords;

/**
 * The inverse law of the perpetrator side's export: whatever case the rules let a service reach,
 * its FULL record reads back as that case, every event on the way reads back as that event, and the
 * events read back replay to the case. A case system that stores what the engine returns as FULL
 * records can rebuild it.
 */
class PerpetratorReadBackProperties {
  private static final PerpetratorWork WORK = org.safeguard.core.Fixtures.engine().perpetratorWork();

  @Provide
  Arbitrary<List<PerpetratorWorkProperties.Step>> journeys() {
    return new PerpetratorWorkProperties().journeys();
  }

  @Property(tries = 300)
  void aFullRecordReadsBackAsTheCaseAndItsEventsReadBackReplayToIt(@ForAll("journeys") List<PerpetratorWorkProperties.Step> steps) {
    PerpetratorChange referred = WORK.refer("P-1", PerpetratorWorkTest.PRIMARY);
    PerpetratorCase c = referred.perpetratorCase();
    List<PerpetratorEvent> events = new ArrayList<>(referred.events());
    for (PerpetratorWorkProperties.Step step : steps) {
      try {
        PerpetratorChange change = step.command().apply(c);
        events.addAll(change.events());
        c = change.perpetratorCase();
      } catch (CaseRuleException refused) {
        // a refused step makes no event
      }
    }
    assertEquals(c, PerpetratorRecords.toCase(PerpetratorRecords.ofCase(c)), steps.toString());
    List<PerpetratorEvent> back = new ArrayList<>();
    for (PerpetratorEvent e : events) {
      back.add(PerpetratorRecords.toEvent(PerpetratorRecords.ofEvent(e)));
    }
    assertEquals(events, back, steps.toString());
    assertEquals(c, WORK.replay(back), "the events read back rebuild the case: " + steps);
  }
}
