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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;
import org.safeguard.model.Score;
import org.safeguard.model.SupplementTrigger;

/**
 * The S-DASH stalking and harassment questions as a supplement to the Dash checklists: 11 yes / no
 * items, offered after the Dash stalking question (police Q8), no scoring rule or cut-off found, so
 * it is read as a prompt for professional judgement.
 */
class StalkingSupplementTest {
  private static final Safeguard SAFELIVES = DashRicTest.SAFELIVES;
  private static final Instrument S_DASH = SAFELIVES.instrument("s-dash");

  @Test
  void sDashHasElevenItemsInTheDashFamily() {
    assertEquals(11, S_DASH.items().size());
    assertEquals("dash", S_DASH.family());
    assertEquals("2009", S_DASH.version());
  }

  @Test
  void theTriggerNamesTheDashStalkingItemOnBothChecklists() {
    assertEquals(List.of(SupplementTrigger.of("dash", "stalking-or-harassment")), S_DASH.offeredAfter());
    for (String dash : List.of("safelives-dash-ric", "acpo-dash")) {
      Instrument checklist = SAFELIVES.instrument(dash);
      assertEquals("dash", checklist.family());
      assertTrue(checklist.indexOf("stalking-or-harassment") >= 0, dash + " has the stalking item");
    }
    assertEquals(7, SAFELIVES.instrument("acpo-dash").indexOf("stalking-or-harassment"), "police Q8 is the eighth item");
  }

  @Test
  void aYesToTheStalkingItemOffersSDashAndNothingElseDoes() {
    for (String dash : List.of("safelives-dash-ric", "acpo-dash")) {
      Responses yes = SAFELIVES.responses(dash).yes("stalking-or-harassment").build();
      assertTrue(DashSupplements.isOffered(S_DASH, yes));
      assertEquals(List.of(S_DASH), DashSupplements.offeredAfter(SAFELIVES.instruments().values(), yes));
      assertFalse(DashSupplements.isOffered(S_DASH, SAFELIVES.responses(dash).no("stalking-or-harassment").build()));
      assertFalse(DashSupplements.isOffered(S_DASH, SAFELIVES.responses(dash).notKnown("stalking-or-harassment").build()));
      assertFalse(DashSupplements.isOffered(S_DASH,
          SAFELIVES.responses(dash).yes("threats-to-kill", "strangulation").build()), "other yes answers do not offer it");
    }
  }

  @Test
  void sDashAnswersDoNotThemselvesOfferSDash() {
    Responses answers = SAFELIVES.responses("s-dash").yes("very-frightened", "loitering").build();
    assertTrue(DashSupplements.offeredAfter(SAFELIVES.instruments().values(), answers).isEmpty());
  }

  @Test
  void assessingSDashIsRefusedNamingTheInstrumentBecauseTheSafeLivesPolicySetsNoBandsForIt() {
    Responses answers = SAFELIVES.responses("s-dash").yes("very-frightened", "threats-of-violence").build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SAFELIVES.assess(answers));
    assertEquals("s-dash", e.value());
    assertTrue(e.getMessage().contains("s-dash"), e.getMessage());
    assertTrue(SAFELIVES.policy().bandsFor("s-dash").isEmpty());
  }

  @Test
  void theScoreIsTheYesCountWithNoCategory() {
    Responses answers = SAFELIVES.responses("s-dash")
        .yes("very-frightened", "previous-stalking-or-harassment", "loitering", "history-of-violence")
        .no("property-damaged", "others-recruited")
        .notKnown("substance-misuse")
        .build();
    Score score = S_DASH.score(answers);
    assertEquals(4, score.value());
    assertEquals(4, score.yesCount());
    assertEquals(2, score.noCount());
    assertEquals(1, score.notKnownCount());
    assertEquals(4, score.notAskedCount());
    assertTrue(score.category().isEmpty(), "S-DASH has no bands of its own");
    assertTrue(score.valid());
  }

  @Test
  void everySDashItemHasAShortNeutralLabelOfItsOwn() {
    Map<String, String> labels = SAFELIVES.itemLabels("s-dash", Locale.UK);
    assertEquals(11, labels.size());
    labels.forEach((item, label) -> {
      assertNotEquals(item, label, "label missing for " + item);
      assertTrue(label.length() <= 80, "labels are short: " + label);
    });
  }

  @Test
  void theSupplementHelperRefusesNulls() {
    Responses answers = SAFELIVES.responses("acpo-dash").build();
    assertEquals("supplement", assertThrows(InvalidInputException.class, () -> DashSupplements.isOffered(null, answers)).field());
    assertEquals("answers", assertThrows(InvalidInputException.class, () -> DashSupplements.isOffered(S_DASH, null)).field());
  }
}
