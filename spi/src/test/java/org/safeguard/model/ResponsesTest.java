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

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponsesTest {
  private final Instrument ten = Fixtures.tenItems();

  @Test
  void anItemLeftOutIsNotAskedNeverNo() {
    Responses r = Responses.builder(ten).yes("a").no("b").notKnown("c").build();
    assertEquals(Answer.NOT_ASKED, r.answer("d"));
    assertEquals(1, r.yesCount());
    assertEquals(1, r.noCount());
    assertEquals(1, r.notKnownCount());
    assertEquals(7, r.notAskedCount());
  }

  @Test
  void eachKindOfAnswerIsCountedApart() {
    Responses r = Responses.builder(ten).yes("a", "b", "c").no("d", "e").notKnown("f").notAsked("g").build();
    assertEquals(3, r.yesCount());
    assertEquals(2, r.noCount());
    assertEquals(1, r.notKnownCount());
    assertEquals(4, r.notAskedCount());
    assertEquals(ten.items().size(), r.yesCount() + r.noCount() + r.notKnownCount() + r.notAskedCount());
  }

  @Test
  void anAnswerForAnItemTheInstrumentDoesNotHaveIsRefusedByName() {
    Responses.Builder builder = Responses.builder(ten).yes("a");
    UnknownItemException e = assertThrows(UnknownItemException.class, () -> builder.yes("b", "no-such-item"));
    assertEquals("item", e.field());
    assertEquals("no-such-item", e.value());
    assertTrue(e.getMessage().contains("ten-items"), e.getMessage());
    // the refused call changed nothing: b is still unanswered and can be answered
    Responses r = builder.no("b").build();
    assertEquals(Answer.NO, r.answer("b"));
    assertEquals(1, r.yesCount());
  }

  @Test
  void anAnswerOutsideTheInstrumentsScaleIsRefused() {
    Responses.Builder builder = Responses.builder(Fixtures.yesNoOnly());
    AnswerOutOfScaleException e = assertThrows(AnswerOutOfScaleException.class, () -> builder.notKnown("x"));
    assertEquals("answer[x]", e.field());
    assertEquals("NOT_KNOWN", e.value());
    assertTrue(e.rule().contains("[YES, NO, NOT_ASKED]"), e.rule());
  }

  @Test
  void aWordThatIsNoAnswerIsRefusedWithTheWord() {
    AnswerOutOfScaleException e = assertThrows(AnswerOutOfScaleException.class,
        () -> Responses.builder(ten).answer("a", "maybe"));
    assertEquals("answer[a]", e.field());
    assertEquals("maybe", e.value());
  }

  @Test
  void answerWordsAsCaseSystemsStoreThemAreRead() {
    assertEquals(Answer.YES, Answer.parse("f", "Yes"));
    assertEquals(Answer.NO, Answer.parse("f", " no "));
    assertEquals(Answer.NOT_KNOWN, Answer.parse("f", "Don't know"));
    assertEquals(Answer.NOT_KNOWN, Answer.parse("f", "NOT_KNOWN"));
    assertEquals(Answer.NOT_ASKED, Answer.parse("f", "not asked"));
  }

  @Test
  void nullsAreRefusedNamingTheField() {
    assertEquals("itemId", assertThrows(MissingValueException.class, () -> Responses.builder(ten).yes((String) null)).field());
    assertEquals("answer", assertThrows(InvalidInputException.class, () -> Responses.builder(ten).answer("a", (Answer) null)).field());
    assertEquals("answer[a]", assertThrows(InvalidInputException.class, () -> Responses.builder(ten).answer("a", (String) null)).field());
    assertEquals("instrument", assertThrows(InvalidInputException.class, () -> Responses.builder(null)).field());
  }

  @Test
  void anItemIsAnsweredOnceAndARefusedCallLeavesTheBuilderAsItWas() {
    Responses.Builder builder = Responses.builder(ten).yes("a");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> builder.no("c", "a"));
    assertEquals("a", e.value());
    Responses r = builder.build();
    assertEquals(Answer.YES, r.answer("a"));
    assertEquals(Answer.NOT_ASKED, r.answer("c"), "c must not be half-applied by the refused call");
  }

  @Test
  void sourcesAreKeptPerAnswerAndTheVictimIsTheDefault() {
    Responses r = Responses.builder(ten).yes("a", "b").source("b", Agency.POLICE).build();
    assertEquals(Optional.empty(), r.sourceOf("a"));
    assertEquals(Optional.of(Agency.POLICE), r.sourceOf("b"));
  }

  @Test
  void aSourceForAnUnansweredItemIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Responses.builder(ten).source("c", Agency.HEALTH).build());
    assertEquals("source[c]", e.field());
  }

  @Test
  void textFormsShowCountsNeverAnswers() {
    Responses r = Responses.builder(ten).yes("a").notKnown("b").build();
    String text = r.toString();
    assertFalse(text.contains("YES") || text.contains("NOT_KNOWN"), text);
    assertTrue(text.contains("yes=1"), text);
  }

  @Test
  void withChangesOneAnswerAndNothingElse() {
    Responses r = Responses.builder(ten).yes("a").no("b").build();
    Responses changed = r.with("b", Answer.YES);
    assertEquals(Answer.YES, changed.answer("b"));
    assertEquals(2, changed.yesCount());
    assertEquals(0, changed.noCount());
    assertEquals(Answer.NO, r.answer("b"), "the original is unchanged");
  }

  @Test
  void instrumentsRefuseDuplicateItemsAndTooManyItems() {
    InvalidInputException dup = assertThrows(InvalidInputException.class,
        () -> Instrument.builder().id("dup").version("1").itemIds("a", "a").scoringRule(r -> 0).build());
    assertEquals("a", dup.value());
    String[] many = new String[Instrument.MAX_ITEMS + 1];
    for (int i = 0; i < many.length; i++) {
      many[i] = "item-" + i;
    }
    InvalidInputException big = assertThrows(InvalidInputException.class,
        () -> Instrument.builder().id("big").version("1").itemIds(many).scoringRule(r -> 0).build());
    assertEquals("instrument.items", big.field());
  }

  @Test
  void aMissingRequiredFieldIsATypedErrorNamingTheField() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> Instrument.builder().id("x").itemIds("a").scoringRule(r -> 0).build());
    assertTrue(e.field().contains("version"), e.field());
  }

  @Test
  void anErrorMessageNeverCarriesTheAnswerThoughTheExceptionHoldsIt() {
    AnswerOutOfScaleException e = assertThrows(AnswerOutOfScaleException.class,
        () -> Responses.builder(Fixtures.yesNoOnly()).notKnown("x"));
    assertFalse(e.getMessage().contains("= NOT_KNOWN"), e.getMessage());
    assertTrue(e.getMessage().contains("<withheld>"), e.getMessage());
    assertEquals("NOT_KNOWN", e.value());
  }

  @Test
  void collectionsOfItemIdsAreAcceptedAsWellAsArrays() {
    Responses r = Responses.builder(ten).yes(java.util.List.of("a", "b")).no(java.util.Set.of("c")).build();
    assertEquals(2, r.yesCount());
    assertEquals(1, r.noCount());
  }

  @Test
  void withRefusesANullAnswerNamingIt() {
    Responses r = Responses.builder(ten).yes("a").build();
    assertEquals("answer[a]", assertThrows(MissingValueException.class, () -> r.with("a", null)).field());
  }

  @Test
  void theDateAndAgencyThatCompletedAChecklistAreKeptWhenGiven() {
    Responses none = Responses.builder(ten).build();
    assertEquals(Optional.empty(), none.completedOn());
    assertEquals(Optional.empty(), none.completedBy());
    Responses r = Responses.builder(ten).completedOn(java.time.LocalDate.of(2026, 3, 2)).completedBy(Agency.POLICE).build();
    assertEquals(Optional.of(java.time.LocalDate.of(2026, 3, 2)), r.completedOn());
    assertEquals(Optional.of(Agency.POLICE), r.completedBy());
  }

  @Test
  void aCompletionDateIsARecordDateAndNeitherItNorTheAgencyIsNull() {
    assertEquals("completedOn", assertThrows(InvalidInputException.class,
        () -> Responses.builder(ten).completedOn(java.time.LocalDate.of(1899, 1, 1))).field());
    assertEquals("completedOn", assertThrows(MissingValueException.class, () -> Responses.builder(ten).completedOn(null)).field());
    assertEquals("completedBy", assertThrows(MissingValueException.class, () -> Responses.builder(ten).completedBy(null)).field());
  }

  @Test
  void eachKindOfAnswerHasOneBitPerItemInFormOrder() {
    Responses r = Responses.builder(ten).yes("a", "j").no("b").notKnown("c", "d").build();
    assertEquals(0b10_0000_0001L, r.yesMask());
    assertEquals(0b10L, r.noMask());
    assertEquals(0b1100L, r.notKnownMask());
    assertEquals(0L, r.ratedMask());
    assertEquals(0b01_1111_0000L, r.notAskedMask());
  }

  @Test
  void anItemIsAnsweredOnceEvenWithinOneCall() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Responses.builder(ten).yes("a", "b", "a"));
    assertEquals("item", e.field());
    assertEquals("a", e.value());
  }

  @Test
  void nullListsOfItemsAndANullSourceAreRefusedNamingTheField() {
    assertEquals("itemIds", assertThrows(MissingValueException.class, () -> Responses.builder(ten).yes((String[]) null)).field());
    assertEquals("itemIds", assertThrows(MissingValueException.class,
        () -> Responses.builder(ten).no((java.util.Collection<String>) null)).field());
    assertEquals("source[a]", assertThrows(MissingValueException.class, () -> Responses.builder(ten).yes("a").source("a", null)).field());
    assertThrows(UnknownItemException.class, () -> Responses.builder(ten).source("zz", Agency.POLICE));
  }

  @Test
  void notKnownGivenAsACollectionIsCountedAsNotKnown() {
    Responses r = Responses.builder(ten).notKnown(java.util.List.of("a", "b")).build();
    assertEquals(2, r.notKnownCount());
    assertEquals(Answer.NOT_KNOWN, r.answer("b"));
  }

  @Test
  void everySourceIsListedInTheOrderItWasRecorded() {
    Responses r = Responses.builder(ten).yes("a", "b", "c").source("c", Agency.HEALTH).source("a", Agency.POLICE).build();
    assertEquals(java.util.List.of("c", "a"), java.util.List.copyOf(r.sources().keySet()));
    assertEquals(Agency.POLICE, r.sources().get("a"));
    assertEquals(java.util.Map.of(), Responses.builder(ten).yes("a").build().sources());
  }

  @Test
  void withKeepsEveryOtherAnswerOfEveryKind() {
    Responses r = Responses.builder(ten).yes("a", "b").no("c", "d").notKnown("e", "f").build();
    Responses changed = r.with("a", Answer.NO);
    assertEquals(0b10L, changed.yesMask());
    assertEquals(0b1101L, changed.noMask());
    assertEquals(0b11_0000L, changed.notKnownMask());
    Responses cleared = r.with("e", Answer.NOT_ASKED);
    assertEquals(0b10_0000L, cleared.notKnownMask());
    assertEquals(5, cleared.notAskedCount());
  }

  @Test
  void withKeepsTheSourceOfAChangedAnswerAndDropsItWhenTheAnswerIsCleared() {
    Responses r = Responses.builder(ten).yes("a", "b").source("a", Agency.POLICE).source("b", Agency.HEALTH).build();
    assertEquals(Optional.of(Agency.POLICE), r.with("a", Answer.NO).sourceOf("a"));
    Responses cleared = r.with("a", Answer.NOT_ASKED);
    assertEquals(Optional.empty(), cleared.sourceOf("a"));
    assertEquals(Optional.of(Agency.HEALTH), cleared.sourceOf("b"));
    assertEquals(Optional.of(Agency.POLICE), r.sourceOf("a"), "the original is unchanged");
    assertEquals(java.util.Map.of(), Responses.builder(ten).yes("a").build().with("a", Answer.NOT_ASKED).sources());
  }

  @Test
  void withRefusesAnAnswerOutsideTheScaleAndAnUnknownItem() {
    Responses r = Responses.builder(Fixtures.yesNoOnly()).yes("x").build();
    assertThrows(AnswerOutOfScaleException.class, () -> r.with("x", Answer.NOT_KNOWN));
    assertThrows(UnknownItemException.class, () -> r.with("nope", Answer.YES));
  }

  @Test
  void withKeepsTheCompletionDateAndAgency() {
    Responses r = Responses.builder(ten).yes("a").completedOn(java.time.LocalDate.of(2026, 3, 2)).completedBy(Agency.HEALTH).build();
    Responses changed = r.with("a", Answer.NO);
    assertEquals(r.completedOn(), changed.completedOn());
    assertEquals(r.completedBy(), changed.completedBy());
  }

  @Test
  void responseSetsAreEqualWhenTheirInstrumentAnswersSourcesAndCompletionAre() {
    Responses r = Responses.builder(ten).yes("a").no("b").notKnown("c").source("a", Agency.POLICE).build();
    Responses same = Responses.builder(Fixtures.tenItems()).yes("a").no("b").notKnown("c").source("a", Agency.POLICE).build();
    assertEquals(r, r);
    assertEquals(r, same);
    assertEquals(r.hashCode(), same.hashCode());
    assertFalse(r.equals("Responses"));
    assertFalse(r.equals(null));
    assertFalse(r.equals(r.with("a", Answer.NO)));
    assertFalse(r.equals(r.with("b", Answer.YES)));
    assertFalse(r.equals(r.with("c", Answer.NO)));
    assertFalse(r.equals(Responses.builder(ten).yes("a").no("b").notKnown("c").source("a", Agency.HEALTH).build()));
    assertFalse(r.equals(Responses.builder(ten).yes("a").no("b").notKnown("c").source("a", Agency.POLICE)
        .completedOn(java.time.LocalDate.of(2026, 1, 1)).build()));
    assertFalse(r.equals(Responses.builder(ten).yes("a").no("b").notKnown("c").source("a", Agency.POLICE)
        .completedBy(Agency.POLICE).build()));
    Instrument v2 = Instrument.builder().from(ten).version("2").build();
    assertFalse(r.equals(Responses.builder(v2).yes("a").no("b").notKnown("c").source("a", Agency.POLICE).build()));
  }

  @Test
  void anItemIndexRunsFromZeroToTheLastItem() {
    Responses r = Responses.builder(ten).yes("j").build();
    assertEquals(Answer.YES, r.answerAt(9));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> r.ratingAt(10));
    assertEquals("index", e.field());
    assertTrue(e.rule().contains("from 0 to 9"), e.rule());
    assertThrows(InvalidInputException.class, () -> r.ratingAt(-1));
  }
}
