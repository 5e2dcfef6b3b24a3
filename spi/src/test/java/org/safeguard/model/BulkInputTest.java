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

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.export.Field;
import org.safeguard.export.FieldKind;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schema;
import org.safeguard.spi.ScoringRule;

/**
 * What reads badly from Kotlin and Clojure, fixed (issue 15): a map of answer words goes in at
 * once, all or nothing, through the one reader of answer words; an apostrophe pasted from an
 * office document reads as one; every varargs method has a collection form that does the same.
 */
class BulkInputTest {
  private final Instrument ten = Fixtures.tenItems();

  @Test
  void aMapOfAnswerWordsIsReadAsEachWordWouldBeOneByOne() {
    Map<String, String> words = new LinkedHashMap<>();
    words.put("a", "yes");
    words.put("b", "No");
    words.put("c", "don't know");
    words.put("d", "not asked");
    words.put("e", "Unknown");
    Responses bulk = Responses.builder(ten).answers(words).build();
    Responses.Builder single = Responses.builder(ten);
    words.forEach(single::answer);
    assertEquals(single.build(), bulk);
    assertEquals(Answer.YES, bulk.answer("a"));
    assertEquals(Answer.NOT_KNOWN, bulk.answer("c"));
    assertEquals(2, bulk.notKnownCount());
  }

  @Test
  void aBadWordRefusesTheWholeMapNamingTheItemAndWithholdingTheWord() {
    Map<String, String> words = new LinkedHashMap<>();
    words.put("a", "yes");
    words.put("b", "she said maybe");
    Responses.Builder builder = Responses.builder(ten);
    AnswerOutOfScaleException e = assertThrows(AnswerOutOfScaleException.class, () -> builder.answers(words));
    assertEquals("answer[b]", e.field());
    assertFalse(e.getMessage().contains("maybe"), e.getMessage());
    assertTrue(e.getMessage().contains("<withheld>"), e.getMessage());
    assertEquals(Answer.NOT_ASKED, builder.build().answer("a"), "nothing of a refused map is recorded");
    builder.yes("a"); // and a is still free to answer
  }

  @Test
  void anUnknownItemRefusesTheWholeMapNamingTheItem() {
    Map<String, String> words = new LinkedHashMap<>();
    words.put("a", "yes");
    words.put("zz", "yes");
    Responses.Builder builder = Responses.builder(ten);
    UnknownItemException e = assertThrows(UnknownItemException.class, () -> builder.answers(words));
    assertEquals("zz", e.value());
    assertEquals(0, builder.build().yesCount());
  }

  @Test
  void anItemAnsweredBeforeRefusesTheMapAndAnAnswerOutsideTheScaleToo() {
    Responses.Builder builder = Responses.builder(ten).no("a");
    assertEquals("a", assertThrows(InvalidInputException.class, () -> builder.answers(Map.of("a", "yes", "b", "yes"))).value());
    assertEquals(0, builder.build().yesCount());
    AnswerOutOfScaleException e = assertThrows(AnswerOutOfScaleException.class,
        () -> Responses.builder(Fixtures.yesNoOnly()).answers(Map.of("x", "not known")));
    assertEquals("answer[x]", e.field());
  }

  @Test
  void nullsInTheMapAreRefusedNamingWhatIsMissing() {
    Map<String, String> nullWord = new HashMap<>();
    nullWord.put("a", null);
    assertEquals("answer[a]", assertThrows(MissingValueException.class, () -> Responses.builder(ten).answers(nullWord)).field());
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "yes");
    assertEquals("answers", assertThrows(MissingValueException.class, () -> Responses.builder(ten).answers(nullKey)).field());
    assertEquals("answers", assertThrows(MissingValueException.class, () -> Responses.builder(ten).answers(null)).field());
    assertEquals(Responses.builder(ten).build(), Responses.builder(ten).answers(Map.of()).build());
  }

  /** A map whose keys and words are not what its type says, as a Clojure or Groovy caller may pass one. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> unchecked(Object key, Object word) {
    Map<Object, Object> map = new HashMap<>();
    map.put(key, word);
    return (Map<String, String>) (Map<?, ?>) map;
  }

  /** A stand-in for a Clojure keyword: prints with a colon, as {@code :yes} does. */
  private record Keyword(String name) {
    @Override
    public String toString() {
      return ":" + name;
    }
  }

  @Test
  void aKeyOrAWordThatIsNotAStringIsRefusedTypedNotWithAClassCastException() {
    Responses.Builder builder = Responses.builder(ten).yes("c");
    InvalidInputException key = assertThrows(InvalidInputException.class, () -> builder.answers(unchecked(new Keyword("a"), "yes")));
    assertEquals(InvalidInputException.class, key.getClass());
    assertEquals("answers", key.field());
    assertEquals(":a", key.value());
    assertTrue(key.getMessage().contains(Keyword.class.getName()), key.getMessage());

    InvalidInputException word = assertThrows(InvalidInputException.class, () -> builder.answers(unchecked("b", new Keyword("secret"))));
    assertEquals(InvalidInputException.class, word.getClass());
    assertEquals("answer[b]", word.field());
    assertEquals(":secret", word.value());
    assertFalse(word.getMessage().contains("secret"), word.getMessage());
    assertTrue(word.getMessage().contains(Keyword.class.getName()), word.getMessage());

    // all or nothing: the builder is as it was
    assertEquals(Responses.builder(ten).yes("c").build(), builder.build());
  }

  @Test
  void notAskedGivenInAMapKeepsALaterAnswerOut() {
    Responses.Builder builder = Responses.builder(ten).answers(Map.of("a", "not-asked"));
    assertThrows(InvalidInputException.class, () -> builder.yes("a"));
  }

  @Test
  void dontKnowTypedWithATypographicApostropheIsNotKnown() {
    for (String word : List.of("Don\u2019t know", "don\u2018t know", "Don\u02BCt know", "DON'T KNOW", "Don\u2019t_know")) {
      assertEquals(Answer.NOT_KNOWN, Answer.parse("f", word), word);
      assertEquals(Answer.NOT_KNOWN, Responses.builder(ten).answer("a", word).build().answer("a"), word);
      assertEquals(Answer.NOT_KNOWN, Responses.builder(ten).answers(Map.of("a", word)).build().answer("a"), word);
    }
    // an apostrophe is left out, nothing else: a word that is no answer stays no answer
    assertThrows(AnswerOutOfScaleException.class, () -> Answer.parse("f", "don\u2019t"));
    assertThrows(AnswerOutOfScaleException.class, () -> Answer.parse("f", "ye\u201Cs"));
  }

  @Test
  void everyVarargsMethodHasACollectionFormThatDoesTheSame() {
    assertEquals(Responses.builder(ten).notAsked("a", "b").build(), Responses.builder(ten).notAsked(List.of("a", "b")).build());
    Responses.Builder notAsked = Responses.builder(ten).notAsked(List.of("a"));
    assertThrows(InvalidInputException.class, () -> notAsked.yes("a"));
    assertEquals("itemIds", assertThrows(MissingValueException.class,
        () -> Responses.builder(ten).notAsked((java.util.Collection<String>) null)).field());

    Instrument fromList = Instrument.builder().id("ten-items").version("1").itemIds(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"))
        .scoringRule(ScoringRule.yesCount()).build();
    assertEquals(ten.itemIds(), fromList.itemIds());
    assertEquals(RatingScale.of(0, "never", "sometimes", "often"), RatingScale.of(0, List.of("never", "sometimes", "often")));

    Field.Builder limited = Field.of("note", FieldKind.TEXT);
    assertEquals(Field.of("note", FieldKind.TEXT).only(Purpose.MARAC).build().purposes(), limited.only(Set.of(Purpose.MARAC)).build().purposes());
    assertThrows(InvalidInputException.class, () -> Field.of("note", FieldKind.TEXT).only(Set.of()));

    Field a = Field.of("a", FieldKind.TEXT).build();
    Field b = Field.of("b", FieldKind.INTEGER).build();
    assertEquals(Schema.of("pair", "two fields", a, b).fields(), Schema.of("pair", "two fields", List.of(a, b)).fields());
  }
}
