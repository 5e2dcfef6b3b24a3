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
package org.safeguard.plugins.healthscreens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;
import org.safeguard.model.Score;

/**
 * The HARK health screen (Sohal et al., 2007): 4 yes / no items about the past year,
 * positive on one or more yes. The handling of unanswered items is this plugin's rule: a yes
 * decides a positive screen, a negative screen needs all four answered no.
 */
class HarkTest {
  static final Instrument HARK = HitsTest.ENGINE.instrument("hark");

  @Test
  void harkHasFourYesOrNoItems() {
    assertEquals(List.of("humiliated", "afraid", "forced-sex", "kicked-or-hit"), HARK.itemIds());
    assertTrue(HARK.ratingScale().isEmpty());
  }

  @Test
  void fourNoAnswersAreNegativeAndOneYesIsPositive() {
    // HARK (Sohal et al., 2007): >=1 positive
    Score none = HARK.score(HitsTest.ENGINE.responses("hark").no("humiliated", "afraid", "forced-sex", "kicked-or-hit").build());
    assertEquals(0, none.value());
    assertEquals(Optional.of("negative"), none.category());
    assertTrue(none.valid());
    Score one = HARK.score(HitsTest.ENGINE.responses("hark").yes("afraid").no("humiliated", "forced-sex", "kicked-or-hit").build());
    assertEquals(1, one.value());
    assertEquals(Optional.of("positive"), one.category());
    assertTrue(one.valid());
  }

  @Test
  void theScoreIsTheYesCountUpToFour() {
    Score all = HARK.score(HitsTest.ENGINE.responses("hark").yes("humiliated", "afraid", "forced-sex", "kicked-or-hit").build());
    assertEquals(4, all.value());
    assertEquals(Optional.of("positive"), all.category());
  }

  @Test
  void oneYesIsAPositiveScreenEvenWithTheOtherItemsUnanswered() {
    Score s = HARK.score(HitsTest.ENGINE.responses("hark").yes("kicked-or-hit").notKnown("afraid").build());
    assertEquals(Optional.of("positive"), s.category());
    assertTrue(s.valid());
  }

  @Test
  void noYesWithAnyItemUnansweredIsInvalidNotNegative() {
    Responses threeNo = HitsTest.ENGINE.responses("hark").no("humiliated", "afraid", "forced-sex").notKnown("kicked-or-hit").build();
    Score s = HARK.score(threeNo);
    assertFalse(s.valid());
    assertTrue(s.invalidReason().orElseThrow().contains("1 of 4 items not known or not asked"), s.invalidReason().orElseThrow());
    assertFalse(HARK.score(HitsTest.ENGINE.responses("hark").no("humiliated").build()).valid(), "three not asked");
    assertFalse(HARK.score(HitsTest.ENGINE.responses("hark").build()).valid(), "nothing asked");
  }

  @Test
  void everyItemHasAShortNeutralLabelInTheBundle() {
    Map<String, String> labels = HitsTest.ENGINE.itemLabels("hark", Locale.UK);
    assertEquals(4, labels.size());
    labels.forEach((item, label) -> {
      assertNotEquals(item, label, "label missing for " + item);
      assertTrue(label.length() <= 80, "labels are short: " + label);
    });
  }
}
