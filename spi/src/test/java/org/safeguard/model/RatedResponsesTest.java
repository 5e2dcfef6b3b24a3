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
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  @Test
  void ratingsAreHeldAtEveryPositionAndCountedInTheRatedMask() {
    Responses r = Responses.builder(HITS_LIKE).rate("insulted", 2).rate("screamed-at", 5).notKnown("hurt").build();
    assertEquals(OptionalInt.of(2), r.ratingAt(1));
    assertEquals(OptionalInt.of(5), r.ratingAt(3));
    assertEquals(OptionalInt.empty(), r.ratingAt(0));
    assertEquals(0b1010L, r.ratedMask());
    assertEquals(0b0100L, r.notAskedMask());
    assertEquals(7, r.ratingSum());
    assertEquals(2, r.ratedCount());
    assertTrue(r.toString().contains("rated=2"), r.toString());
    assertFalse(Responses.builder(Fixtures.tenItems()).build().toString().contains("rated"));
  }

  @Test
  void aChecklistHasNoRatingsAndARatingSumOfZero() {
    Responses r = Responses.builder(Fixtures.tenItems()).yes("a").build();
    assertEquals(OptionalInt.empty(), r.rating("a"));
    assertEquals(0, r.ratingSum());
    assertEquals(0, r.ratedCount());
  }

  @Test
  void theEdgesOfTheScaleAreRatingsAndBeyondThemAreNot() {
    Responses r = Responses.builder(HITS_LIKE).rate("hurt", 1).rate("insulted", 5).build();
    assertEquals(OptionalInt.of(1), r.rating("hurt"));
    assertEquals(OptionalInt.of(5), r.rating("insulted"));
    assertThrows(AnswerOutOfScaleException.class, () -> Responses.builder(HITS_LIKE).rate("hurt", 0));
  }

  @Test
  void anItemRatedCannotAlsoBeAnsweredAndTheRefusalNamesIt() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Responses.builder(HITS_LIKE).notKnown("hurt").rate("hurt", 2));
    assertEquals("item", e.field());
    assertEquals("hurt", e.value());
    assertThrows(InvalidInputException.class, () -> Responses.builder(HITS_LIKE).rate("insulted", 2).notKnown("insulted"));
  }

  @Test
  void aRatingByLabelNeedsALabelAndARatedInstrument() {
    assertEquals("rating[hurt]", assertThrows(MissingValueException.class, () -> Responses.builder(HITS_LIKE).rate("hurt", (String) null)).field());
    assertThrows(AnswerOutOfScaleException.class, () -> Responses.builder(Fixtures.tenItems()).rate("a", "never"));
    assertThrows(UnknownItemException.class, () -> Responses.builder(HITS_LIKE).rate("nope", "never"));
  }

  @Test
  void changingOneRatedItemKeepsTheOthersRatings() {
    Responses r = Responses.builder(HITS_LIKE).rate("hurt", 4).rate("insulted", 3).build();
    Responses changed = r.with("hurt", Answer.NOT_ASKED);
    assertEquals(OptionalInt.of(3), changed.rating("insulted"));
    assertEquals(3, changed.ratingSum());
    assertEquals(OptionalInt.of(4), r.rating("hurt"), "the original is unchanged");
    assertFalse(r.equals(changed));
  }
}
