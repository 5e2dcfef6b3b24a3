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
package org.safeguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Instruments whose items are rated rather than answered yes or no. */
class RatedResponsesTest {
  static final Instrument HITS_LIKE = Instrument.builder()
      .id("rated")
      .version("1")
      .itemIds("hurt", "insulted", "threatened", "screamed-at")
      .ratingScale(RatingScale.of(1, "never", "rarely", "sometimes", "fairly-often", "frequently"))
      .scoringRule(Responses::ratingSum)
      .addCategories(ScoreCategory.of("negative", 0, 10), ScoreCategory.from("positive", 11))
      .build();

  @Test
  void ratingsAreHeldPerItemAndSummedByTheRule() {
    Responses r = Responses.builder(HITS_LIKE).rate("hurt", 3).rate("insulted", "frequently").rate("threatened", "never").build();
    assertEquals(OptionalInt.of(3), r.rating("hurt"));
    assertEquals(OptionalInt.of(5), r.rating("insulted"));
    assertEquals(OptionalInt.empty(), r.rating("screamed-at"));
    Score s = HITS_LIKE.score(r);
    assertEquals(9, s.value());
    assertEquals(3, s.ratedCount());
    assertEquals(1, s.notAskedCount());
    assertEquals("negative", s.category().orElseThrow());
  }

  @Test
  void aRatingOffTheScaleOrAnUnknownLabelIsRefused() {
    InvalidInputException high = assertThrows(InvalidInputException.class, () -> Responses.builder(HITS_LIKE).rate("hurt", 6));
    assertEquals("rating[hurt]", high.field());
    assertEquals("6", high.value());
    InvalidInputException word = assertThrows(InvalidInputException.class, () -> Responses.builder(HITS_LIKE).rate("hurt", "always"));
    assertTrue(word.rule().contains("never"), word.rule());
  }

  @Test
  void yesOrNoOnARatedInstrumentAndARatingOnAChecklistAreRefused() {
    assertThrows(AnswerOutOfScaleException.class, () -> Responses.builder(HITS_LIKE).yes("hurt"));
    assertThrows(AnswerOutOfScaleException.class, () -> Responses.builder(Fixtures.tenItems()).rate("a", 1));
  }

  @Test
  void anItemIsRatedOnce() {
    assertThrows(InvalidInputException.class, () -> Responses.builder(HITS_LIKE).rate("hurt", 2).rate("hurt", 3));
  }

  @Test
  void changingARatedItemClearsItsRating() {
    Responses r = Responses.builder(HITS_LIKE).rate("hurt", 4).build();
    assertEquals(OptionalInt.empty(), r.with("hurt", Answer.NOT_KNOWN).rating("hurt"));
    assertEquals(4, r.ratingSum());
  }

  @Test
  void categoriesNameScoreRangesTheInstrumentDefines() {
    assertEquals("positive", HITS_LIKE.categoryFor(11).orElseThrow());
    assertEquals("negative", HITS_LIKE.categoryFor(10).orElseThrow());
  }

  @Test
  void answerAtRefusesAnIndexOutsideTheInstrument() {
    Responses r = Responses.builder(Fixtures.tenItems()).yes("a").build();
    assertThrows(InvalidInputException.class, () -> r.answerAt(64));
    assertThrows(InvalidInputException.class, () -> r.answerAt(10));
    assertThrows(InvalidInputException.class, () -> r.answerAt(-1));
  }
}
