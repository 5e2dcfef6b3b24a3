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
package org.safeguard.plugins.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.UnknownProviderException;
import org.safeguard.model.Agency;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.InstrumentMapping;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

/**
 * The police DASH mapped onto the Dash RIC through the engine: SafeLives' Dash risk checklist is
 * the ACPO DASH 2009 list without police Q10-Q12 (the children and dependants questions).
 */
class PoliceToRicMappingTest {
  private static final Safeguard SAFELIVES = DashRicTest.SAFELIVES;
  private static final Instrument POLICE = SAFELIVES.instrument("acpo-dash");
  private static final Instrument RIC = SAFELIVES.instrument("safelives-dash-ric");
  private static final Answer[] CYCLE = {Answer.YES, Answer.NO, Answer.NOT_KNOWN, Answer.YES};

  /** A synthetic full police answer set: every one of the 27 items answered, cycling yes / no / not known / yes. */
  private static Responses fullPoliceSet() {
    Responses.Builder b = SAFELIVES.responses("acpo-dash");
    for (int i = 0; i < POLICE.items().size(); i++) {
      b.answer(POLICE.items().get(i).id(), CYCLE[i % CYCLE.length]);
    }
    return b.build();
  }

  @Test
  void aFullTwentySevenAnswerSetMapsToTheExpectedTwentyFour() {
    Responses police = fullPoliceSet();
    assertEquals(27, police.yesCount() + police.noCount() + police.notKnownCount());
    Responses ric = SAFELIVES.map(police, RIC.id());
    assertEquals(RIC, ric.instrument());
    assertEquals(24, ric.yesCount() + ric.noCount() + ric.notKnownCount());
    assertEquals(0, ric.notAskedCount());
    for (String item : RIC.itemIds()) {
      assertEquals(police.answer(item), ric.answer(item), item);
    }
    for (String children : DashItems.POLICE_CHILDREN) {
      assertEquals(-1, RIC.indexOf(children), children + " is a police-only item");
    }
    // the cycle puts yes on police items 1,4,5,8,9,12,13,16,17,20,21,24,25; Q10-Q12 hold no, not known, yes
    assertEquals(List.of(Answer.NO, Answer.NOT_KNOWN, Answer.YES),
        DashItems.POLICE_CHILDREN.stream().map(police::answer).toList());
    assertEquals(13, police.yesCount());
    assertEquals(12, ric.yesCount());
  }

  @Test
  void theRicScoreIsThePoliceScoreLessTheYesAnswersOnTheChildrenItems() {
    Responses police = SAFELIVES.responses("acpo-dash")
        .yes("threats-to-kill", "strangulation", "separation", "abuser-hurt-children", "abuser-threatened-children")
        .no("other-dependants-in-household", "current-injury")
        .notKnown("criminal-history")
        .build();
    Responses ric = SAFELIVES.map(police, RIC.id());
    assertEquals(5, POLICE.score(police).value());
    assertEquals(5 - 2, RIC.score(ric).value());
    assertEquals(1, RIC.score(ric).noCount());
    assertEquals(1, RIC.score(ric).notKnownCount());
  }

  @Test
  void fourteenPoliceYesAnswersIncludingAChildrenItemAreNoLongerHighOnTheRic() {
    Responses.Builder b = SAFELIVES.responses("acpo-dash").yes("abuser-hurt-children");
    RIC.itemIds().subList(0, 13).forEach(b::yes);
    Responses police = b.build();
    assertEquals(RiskLevel.HIGH, SAFELIVES.assess(police).level().orElseThrow());
    assertEquals(RiskLevel.STANDARD, SAFELIVES.assess(SAFELIVES.map(police, RIC.id())).level().orElseThrow());
  }

  @Test
  void sourcesCompletionDateAndAgencyAreCarriedOverAndChildrenSourcesDropped() {
    LocalDate completed = LocalDate.of(2026, 3, 14);
    Responses police = SAFELIVES.responses("acpo-dash")
        .yes("criminal-history", "abuser-hurt-children", "threats-to-kill")
        .notKnown("breach-of-bail-or-order")
        .source("criminal-history", Agency.POLICE)
        .source("breach-of-bail-or-order", Agency.PROBATION)
        .source("abuser-hurt-children", Agency.CHILDREN_SOCIAL_CARE)
        .completedOn(completed)
        .completedBy(Agency.POLICE)
        .build();
    Responses ric = SAFELIVES.map(police, RIC.id());
    assertEquals(Map.of("criminal-history", Agency.POLICE, "breach-of-bail-or-order", Agency.PROBATION), ric.sources());
    assertTrue(ric.sourceOf("threats-to-kill").isEmpty(), "the victim's own answer keeps no source");
    assertEquals(completed, ric.completedOn().orElseThrow());
    assertEquals(Agency.POLICE, ric.completedBy().orElseThrow());
  }

  @Test
  void notAskedItemsStayNotAskedRatherThanBecomingNo() {
    Responses ric = SAFELIVES.map(SAFELIVES.responses("acpo-dash").yes("isolation").build(), RIC.id());
    assertEquals(23, ric.notAskedCount());
    assertEquals(0, ric.noCount());
  }

  @Test
  void theEngineFindsTheMappingAndSaysWhatItDrops() {
    InstrumentMapping mapping = SAFELIVES.mapping("acpo-dash", "safelives-dash-ric");
    assertEquals(PoliceToRicMapping.ID, mapping.id());
    assertEquals(Map.of(PoliceToRicMapping.ID, mapping), SAFELIVES.mappings());
    assertEquals(RIC.itemIds(), List.copyOf(mapping.items().keySet()));
    assertEquals(java.util.Set.copyOf(DashItems.POLICE_CHILDREN), mapping.dropped());
    assertEquals(SAFELIVES.map(fullPoliceSet(), RIC.id()), mapping.apply(fullPoliceSet(), RIC));
  }

  @Test
  void answersToAnyOtherInstrumentHaveNoMappingOntoTheRicAndSaySo() {
    for (String other : List.of("safelives-dash-ric", "s-dash")) {
      Responses answers = SAFELIVES.responses(other).yes("very-frightened").build();
      UnknownProviderException e = assertThrows(UnknownProviderException.class, () -> SAFELIVES.map(answers, RIC.id()));
      assertEquals("mapping", e.field());
      assertEquals(other + " onto safelives-dash-ric", e.value());
      assertTrue(e.rule().contains("[acpo-dash onto safelives-dash-ric]"), e.rule());
    }
  }

  @Test
  void aTargetOtherThanTheRicHasNoMappingAndNullsAreRefusedNamingThem() {
    assertEquals("mapping", assertThrows(UnknownProviderException.class, () -> SAFELIVES.map(fullPoliceSet(), "s-dash")).field());
    assertEquals("responses", assertThrows(MissingValueException.class, () -> SAFELIVES.map(null, RIC.id())).field());
    assertEquals("toInstrumentId", assertThrows(MissingValueException.class, () -> SAFELIVES.map(fullPoliceSet(), null)).field());
  }
}
