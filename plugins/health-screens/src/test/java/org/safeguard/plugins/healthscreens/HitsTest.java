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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.model.AnswerOutOfScaleException;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;
import org.safeguard.model.Score;
import org.safeguard.model.ThresholdPolicy;

/**
 * The HITS health screen (Sherin et al., 1998): 4 items rated 1 (never) to 5
 * (frequently), summed 4-20, more than 10 positive.
 */
class HitsTest {
  static final Safeguard ENGINE = Safeguard.builder()
      .thresholdPolicy(ThresholdPolicy.builder().id("test").version("1").build())
      .build();
  static final Instrument HITS = ENGINE.instrument("hits");

  /** Rates the four items in form order. */
  static Responses rated(int... ratings) {
    Responses.Builder b = ENGINE.responses("hits");
    for (int i = 0; i < ratings.length; i++) {
      b.rate(HITS.itemIds().get(i), ratings[i]);
    }
    return b.build();
  }

  @Test
  void hitsHasFourItemsRatedFromNeverOneToFrequentlyFive() {
    assertEquals(List.of("physically-hurt", "insulted", "threatened", "screamed-at"), HITS.itemIds());
    assertEquals(1, HITS.ratingScale().orElseThrow().lowest());
    assertEquals(List.of("never", "rarely", "sometimes", "fairly-often", "frequently"), HITS.ratingScale().orElseThrow().labels());
    Responses r = ENGINE.responses("hits").rate("physically-hurt", "fairly often").rate("insulted", "never")
        .rate("threatened", "frequently").rate("screamed-at", "sometimes").build();
    assertEquals(4 + 1 + 5 + 3, HITS.score(r).value());
  }

  @Test
  void aSumOfTenIsNegativeAndElevenIsPositive() {
    // HITS (Sherin et al., 1998): sum 4-20, >10 positive
    Score ten = HITS.score(rated(3, 3, 2, 2));
    assertEquals(10, ten.value());
    assertEquals(Optional.of("negative"), ten.category());
    assertTrue(ten.valid());
    Score eleven = HITS.score(rated(3, 3, 3, 2));
    assertEquals(11, eleven.value());
    assertEquals(Optional.of("positive"), eleven.category());
    assertTrue(eleven.valid());
  }

  @Test
  void theLowestSumOfFourIsNegativeAndTheHighestOfTwentyIsPositive() {
    assertEquals(4, HITS.score(rated(1, 1, 1, 1)).value());
    assertEquals(Optional.of("negative"), HITS.score(rated(1, 1, 1, 1)).category());
    assertEquals(20, HITS.score(rated(5, 5, 5, 5)).value());
    assertEquals(Optional.of("positive"), HITS.score(rated(5, 5, 5, 5)).category());
  }

  @Test
  void withOnlyThreeItemsRatedTheScreenIsInvalidUnlessTheyAlreadyPassTheCutOff() {
    Score three = HITS.score(rated(3, 3, 3));
    assertFalse(three.valid());
    assertEquals(3, three.ratedCount());
    assertEquals(9, three.value(), "the sum of the ratings given, a floor of the full sum");
    assertTrue(three.invalidReason().orElseThrow().contains("3 of 4 items rated"), three.invalidReason().orElseThrow());

    Score alreadyPositive = HITS.score(rated(5, 5, 1));
    assertTrue(alreadyPositive.valid(), "11 from three items: the fourth can only add");
    assertEquals(Optional.of("positive"), alreadyPositive.category());
  }

  @Test
  void anItemMarkedNotKnownLeavesTheScreenInvalidToo() {
    Responses r = ENGINE.responses("hits").rate("physically-hurt", 2).rate("insulted", 2).rate("threatened", 2)
        .notKnown("screamed-at").build();
    Score s = HITS.score(r);
    assertFalse(s.valid());
    assertEquals(1, s.notKnownCount());
  }

  @Test
  void ratingsOffTheOneToFiveScaleAndYesOrNoAnswersAreRefused() {
    assertThrows(InvalidInputException.class, () -> ENGINE.responses("hits").rate("insulted", 0));
    assertThrows(InvalidInputException.class, () -> ENGINE.responses("hits").rate("insulted", 6));
    assertThrows(InvalidInputException.class, () -> ENGINE.responses("hits").rate("insulted", "always"));
    assertThrows(AnswerOutOfScaleException.class, () -> ENGINE.responses("hits").yes("insulted"));
  }

  @Test
  void everyItemHasAShortNeutralLabelInTheBundle() {
    Map<String, String> labels = ENGINE.itemLabels("hits", Locale.UK);
    assertEquals(4, labels.size());
    labels.forEach((item, label) -> {
      assertNotEquals(item, label, "label missing for " + item);
      assertTrue(label.length() <= 80, "labels are short: " + label);
    });
  }
}
