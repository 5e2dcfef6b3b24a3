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

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rating scales and score categories: HITS rates four items from 1 (never) to 5 (frequently) and a
 * total above 10 is positive (the HITS health screen, Sherin et al., 1998), and the limits every
 * scale is checked against.
 */
class RatingScaleTest {
  static final RatingScale HITS = RatingScale.of(1, "never", "rarely", "sometimes", "fairly-often", "frequently");

  @Test
  void hitsRatesFromOneToFive() {
    assertEquals(1, HITS.lowest());
    assertEquals(5, HITS.highest());
    assertEquals("never", HITS.labelOf(1));
    assertEquals("frequently", HITS.labelOf(5));
  }

  @Test
  void aLabelIsReadWhateverItsCaseSpacingOrSurroundingSpace() {
    assertEquals(4, HITS.valueOf("rating[hurt]", " Fairly Often "));
    assertEquals(1, HITS.valueOf("rating[hurt]", "NEVER"));
  }

  @Test
  void aRatingOffTheScaleHasNoLabel() {
    assertEquals("rating", assertThrows(AnswerOutOfScaleException.class, () -> HITS.labelOf(0)).field());
    assertThrows(AnswerOutOfScaleException.class, () -> HITS.labelOf(6));
  }

  @Test
  void anUnknownOrMissingLabelIsRefusedNamingTheField() {
    AnswerOutOfScaleException unknown = assertThrows(AnswerOutOfScaleException.class, () -> HITS.valueOf("rating[hurt]", "always"));
    assertEquals("rating[hurt]", unknown.field());
    MissingValueException missing = assertThrows(MissingValueException.class, () -> HITS.valueOf("rating[hurt]", null));
    assertEquals("rating[hurt]", missing.field());
    assertTrue(missing.rule().contains("never"), missing.rule());
  }

  @Test
  void aScaleHasTwoToOneHundredLabels() {
    assertEquals(1, RatingScale.of(0, "absent", "present").highest());
    String[] hundred = new String[100];
    for (int i = 0; i < hundred.length; i++) {
      hundred[i] = "l" + i;
    }
    assertEquals(99, RatingScale.of(0, hundred).highest());
    InvalidInputException one = assertThrows(InvalidInputException.class, () -> RatingScale.of(0, "only"));
    assertEquals("ratingScale.labels", one.field());
    assertEquals("1", one.value());
    String[] over = java.util.Arrays.copyOf(hundred, 101);
    over[100] = "l100";
    assertEquals("101", assertThrows(InvalidInputException.class, () -> RatingScale.of(0, over)).value());
  }

  @Test
  void ratingsStartAtZeroOrAbove() {
    assertEquals(0, RatingScale.of(0, "a", "b").lowest());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RatingScale.of(-1, "a", "b"));
    assertEquals("ratingScale.lowest", e.field());
    assertEquals("-1", e.value());
  }

  @Test
  void theHighestRatingIsAtMost126SoThatARatingFitsInAByte() {
    RatingScale top = RatingScale.of(RatingScale.MAX_RATING - 1, "a", "b");
    assertEquals(RatingScale.MAX_RATING, top.highest());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RatingScale.of(RatingScale.MAX_RATING, "a", "b"));
    assertEquals("ratingScale.lowest", e.field());
    assertTrue(e.rule().contains("at most 125"), e.rule());
    RatingScale three = RatingScale.of(RatingScale.MAX_RATING - 2, "a", "b", "c");
    assertEquals(RatingScale.MAX_RATING, three.highest());
    assertThrows(InvalidInputException.class, () -> RatingScale.of(RatingScale.MAX_RATING - 1, "a", "b", "c"));
  }

  @Test
  void aNullLabelIsRefusedByItsPosition() {
    assertEquals("labels[1]", assertThrows(MissingValueException.class, () -> RatingScale.of(1, "a", null)).field());
    assertEquals("labels", assertThrows(MissingValueException.class, () -> RatingScale.of(1, (String[]) null)).field());
  }

  @Test
  void aHitsTotalAboveTenIsPositive() {
    ScoreCategory negative = ScoreCategory.of("negative", 4, 10);
    ScoreCategory positive = ScoreCategory.from("positive", 11);
    assertFalse(negative.contains(3));
    assertTrue(negative.contains(4));
    assertTrue(negative.contains(10));
    assertFalse(negative.contains(11));
    assertFalse(positive.contains(10));
    assertTrue(positive.contains(11));
    assertTrue(positive.contains(20));
  }

  @Test
  void aCategorysUpperEndIsNotBelowItsLowerEnd() {
    assertTrue(ScoreCategory.of("one", 3, 3).contains(3));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScoreCategory.of("bad", 3, 2));
    assertEquals("category.upper", e.field());
    assertEquals("2", e.value());
  }

  @Test
  void theLabelsAreKeptInScaleOrder() {
    assertEquals(List.of("never", "rarely", "sometimes", "fairly-often", "frequently"), HITS.labels());
  }
}
