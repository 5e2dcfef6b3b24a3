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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.spi.ScoringRule;

/** What an instrument is checked for when it is built, and how it scores responses that are its own. */
class InstrumentTest {
  private final Instrument ten = Fixtures.tenItems();

  private static Instrument.Builder checklist(String id, int items) {
    Instrument.Builder b = Instrument.builder().id(id).version("1").scoringRule(ScoringRule.yesCount());
    for (int i = 0; i < items; i++) {
      b.itemIds("item-" + i);
    }
    return b;
  }

  @Test
  void itemIdsAreAddedAllOrNone() {
    Instrument.Builder b = Instrument.builder().id("partial").version("1").scoringRule(ScoringRule.yesCount()).itemIds("a");
    InvalidInputException bad = assertThrows(InvalidInputException.class, () -> b.itemIds("b", "Not An Id", "c"));
    assertEquals("item.id", bad.field());
    MissingValueException missing = assertThrows(MissingValueException.class, () -> b.itemIds("b", null));
    assertEquals("item.id", missing.field());
    assertEquals("ids", assertThrows(MissingValueException.class, () -> b.itemIds((String[]) null)).field());
    assertEquals(List.of("a"), b.build().itemIds(), "a refused call added nothing");
  }

  @Test
  void theYesCountRuleScoresTheNumberOfYesAnswers() {
    Responses r = Responses.builder(ten).yes("a", "c", "e").no("b").notKnown("d").build();
    assertEquals(3, ten.rawScore(r));
    assertEquals(3, ten.score(r).value());
  }

  @Test
  void aScoreCarriesTheCountsOfEveryKindOfAnswer() {
    Score s = ten.score(Responses.builder(ten).yes("a", "b").no("c").notKnown("d", "e", "f").build());
    assertEquals("ten-items", s.instrumentId());
    assertEquals("1", s.instrumentVersion());
    assertEquals(2, s.yesCount());
    assertEquals(1, s.noCount());
    assertEquals(3, s.notKnownCount());
    assertEquals(4, s.notAskedCount());
    assertFalse(s.rated());
    assertTrue(s.valid());
  }

  @Test
  void anInstrumentsFamilyIsItsIdUnlessNamed() {
    assertEquals("ten-items", ten.family());
    assertEquals("dash", checklist("dash-2009", 1).family("dash").build().family());
  }

  @Test
  void anInstrumentComputesALevelUnlessItSaysItDoesNot() {
    assertTrue(ten.computesLevel());
    assertFalse(checklist("judged", 1).computesLevel(false).build().computesLevel());
  }

  @Test
  void aChecklistTakesYesNoNotKnownAndNotAskedAndARatedInstrumentOnlyNotKnownAndNotAsked() {
    assertEquals(EnumSet.allOf(Answer.class), ten.answerScale());
    Instrument rated = checklist("rated", 2).ratingScale(RatingScale.of(0, "no", "yes")).build();
    assertEquals(EnumSet.of(Answer.NOT_KNOWN, Answer.NOT_ASKED), rated.answerScale());
  }

  @Test
  void notAskedIsAlwaysInTheScaleForAnItemLeftOutIsNotAsked() {
    Instrument yesNo = checklist("yes-no", 2).answerScale(Set.of(Answer.YES, Answer.NO)).build();
    assertEquals(EnumSet.of(Answer.YES, Answer.NO, Answer.NOT_ASKED), yesNo.answerScale());
  }

  @Test
  void itemIdsAreInFormOrderWithTheirIndexes() {
    assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), ten.itemIds());
    assertEquals(0, ten.indexOf("a"));
    assertEquals(9, ten.indexOf("j"));
    assertEquals(-1, ten.indexOf("k"));
  }

  @Test
  void theAllItemsMaskHasOneBitPerItemUpToAllSixtyFour() {
    assertEquals(0b11_1111_1111L, ten.allItemsMask());
    assertEquals(1L, checklist("one", 1).build().allItemsMask());
    assertEquals(Long.MAX_VALUE, checklist("sixty-three", 63).build().allItemsMask());
    assertEquals(-1L, checklist("sixty-four", Instrument.MAX_ITEMS).build().allItemsMask());
  }

  @Test
  void anInstrumentHasBetweenOneAndSixtyFourItems() {
    assertEquals(Instrument.MAX_ITEMS, checklist("full", Instrument.MAX_ITEMS).build().items().size());
    InvalidInputException none = assertThrows(InvalidInputException.class, () -> checklist("none", 0).build());
    assertEquals("instrument.items", none.field());
    assertEquals("0", none.value());
    InvalidInputException over = assertThrows(InvalidInputException.class, () -> checklist("over", Instrument.MAX_ITEMS + 1).build());
    assertEquals("65", over.value());
  }

  @Test
  void anInstrumentsIdAndVersionKeepTheRules() {
    assertEquals("instrument.id", assertThrows(InvalidInputException.class, () -> checklist("Bad Id", 1).build()).field());
    assertEquals("instrument.version",
        assertThrows(InvalidInputException.class, () -> checklist("ok", 1).version("1 0").build()).field());
  }

  @Test
  void aChecklistAcceptsBothYesAndNo() {
    InvalidInputException noNo = assertThrows(InvalidInputException.class,
        () -> checklist("yes-only", 1).answerScale(Set.of(Answer.YES, Answer.NOT_ASKED)).build());
    assertEquals("instrument.answerScale", noNo.field());
    InvalidInputException noYes = assertThrows(InvalidInputException.class,
        () -> checklist("no-only", 1).answerScale(Set.of(Answer.NO, Answer.NOT_ASKED)).build());
    assertEquals("instrument.answerScale", noYes.field());
  }

  @Test
  void aRatedInstrumentTakesNeitherYesNorNo() {
    RatingScale scale = RatingScale.of(1, "never", "often");
    InvalidInputException yes = assertThrows(InvalidInputException.class,
        () -> checklist("rated-yes", 1).ratingScale(scale).answerScale(Set.of(Answer.YES, Answer.NOT_ASKED)).build());
    assertTrue(yes.rule().contains("not YES or NO"), yes.rule());
    InvalidInputException no = assertThrows(InvalidInputException.class,
        () -> checklist("rated-no", 1).ratingScale(scale).answerScale(Set.of(Answer.NO, Answer.NOT_ASKED)).build());
    assertTrue(no.rule().contains("not YES or NO"), no.rule());
  }

  @Test
  void responsesForAnotherInstrumentAreRefusedByScoringAndValidity() {
    Instrument other = checklist("other", 10).build();
    Responses theirs = Responses.builder(other).yes("item-0").build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ten.rawScore(theirs));
    assertEquals("responses.instrument", e.field());
    assertEquals("other 1", e.value());
    assertThrows(InvalidInputException.class, () -> ten.invalidReason(theirs));
    assertThrows(InvalidInputException.class, () -> ten.score(theirs));
  }

  @Test
  void responsesForAnotherVersionOfTheSameInstrumentAreRefused() {
    Instrument v2 = Instrument.builder().from(ten).version("2").build();
    Responses forV2 = Responses.builder(v2).yes("a").build();
    assertEquals("ten-items 2", assertThrows(InvalidInputException.class, () -> ten.rawScore(forV2)).value());
  }

  @Test
  void responsesForAnEqualInstrumentBuiltApartAreItsOwn() {
    // a plugin loaded twice, or an instrument rebuilt from storage, scores the same responses
    Instrument again = Fixtures.tenItems();
    Responses r = Responses.builder(again).yes("a", "b").build();
    assertEquals(2, ten.rawScore(r));
    assertEquals(Optional.empty(), ten.invalidReason(r));
  }

  @Test
  void tooManyNotKnownMakesTheAssessmentInvalidAtTheLimit() {
    // Drive-DASH: 11 or more answers not known make the assessment invalid, so the limit is 11
    Instrument limited = Instrument.builder().from(ten).notKnownLimit(3).addCategories(ScoreCategory.from("any", 0)).build();
    Responses two = Responses.builder(limited).notKnown("a", "b").build();
    assertEquals(Optional.empty(), limited.invalidReason(two));
    assertEquals(Optional.of("any"), limited.score(two).category());
    Responses three = Responses.builder(limited).notKnown("a", "b", "c").build();
    assertEquals(Optional.of("3 answers not known, the limit is 2"), limited.invalidReason(three));
    Score invalid = limited.score(three);
    assertFalse(invalid.valid());
    assertEquals(Optional.empty(), invalid.category(), "an invalid assessment is put in no category");
  }

  @Test
  void theScoringRuleMayDeclareAnAssessmentInvalid() {
    Instrument ruled = Instrument.builder().from(ten).scoringRule(new ScoringRule() {
      @Override
      public int score(Responses responses) {
        return responses.yesCount();
      }

      @Override
      public Optional<String> invalidReason(Responses responses) {
        return responses.yesCount() == 0 ? Optional.of("nothing answered yes") : Optional.empty();
      }
    }).build();
    assertEquals(Optional.of("nothing answered yes"), ruled.invalidReason(Responses.builder(ruled).build()));
    assertEquals(Optional.empty(), ruled.invalidReason(Responses.builder(ruled).yes("a").build()));
  }

  @Test
  void aScoringRuleThatFailsIsAPluginFailureNamingTheInstrument() {
    Instrument broken = Instrument.builder().from(ten).scoringRule(r -> {
      throw new IllegalStateException("internal");
    }).build();
    Responses r = Responses.builder(broken).build();
    PluginFailureException e = assertThrows(PluginFailureException.class, () -> broken.rawScore(r));
    assertEquals("ten-items", e.pluginId());
    assertEquals("1", e.pluginVersion());
    assertTrue(e.getCause() instanceof IllegalStateException);
    assertFalse(e.getMessage().contains("internal"), "the failure's own message can carry data: " + e.getMessage());
  }

  @Test
  void aScoringRuleWhoseValidityCheckFailsIsAPluginFailureAndANullReasonIsRefused() {
    Instrument broken = Instrument.builder().from(ten).scoringRule(new ScoringRule() {
      @Override
      public int score(Responses responses) {
        return 0;
      }

      @Override
      public Optional<String> invalidReason(Responses responses) {
        throw new ArithmeticException();
      }
    }).build();
    assertThrows(PluginFailureException.class, () -> broken.invalidReason(Responses.builder(broken).build()));
  }

  @Test
  void aScoringRuleThatRefusesInputPassesTheRefusalOnUnchanged() {
    InvalidInputException refusal = new InvalidInputException("answer[a]", "x", "rule");
    Instrument refusing = Instrument.builder().from(ten).scoringRule(r -> {
      throw refusal;
    }).build();
    assertSame(refusal, assertThrows(InvalidInputException.class, () -> refusing.rawScore(Responses.builder(refusing).build())));
  }

  @Test
  void categoriesAreReadInOrderAndAScoreOutsideAllHasNone() {
    Instrument banded = Instrument.builder().from(ten)
        .addCategories(ScoreCategory.of("low", 0, 4), ScoreCategory.of("high", 5, 8)).build();
    assertEquals(Optional.of("low"), banded.categoryFor(4));
    assertEquals(Optional.of("high"), banded.categoryFor(5));
    assertEquals(Optional.empty(), banded.categoryFor(9));
  }
}
