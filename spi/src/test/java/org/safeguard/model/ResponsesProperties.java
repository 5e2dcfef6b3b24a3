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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ResponsesProperties {
  private static final Instrument TEN = Fixtures.tenItems();

  @Provide
  Arbitrary<List<Answer>> answers() {
    return Arbitraries.of(Answer.class).list().ofSize(TEN.items().size());
  }

  @Property
  void theOrderAnswersAreGivenInNeverChangesTheResponses(@ForAll("answers") List<Answer> answers, @ForAll long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      order.add(i);
    }
    Responses inOrder = build(answers, order);
    Collections.shuffle(order, new Random(seed));
    Responses shuffled = build(answers, order);
    assertEquals(inOrder, shuffled);
    assertEquals(TEN.score(inOrder), TEN.score(shuffled));
  }

  @Property
  void everyItemHasExactlyOneAnswer(@ForAll("answers") List<Answer> answers) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      order.add(i);
    }
    Responses r = build(answers, order);
    for (int i = 0; i < answers.size(); i++) {
      assertEquals(answers.get(i), r.answerAt(i));
    }
    assertEquals(answers.size(), r.yesCount() + r.noCount() + r.notKnownCount() + r.notAskedCount());
  }

  @Provide
  Arbitrary<java.util.Map<String, String>> answerWords() {
    Arbitrary<String> word = Arbitraries.of("yes", "Y", "no", "N", "not known", "Don't know", "don\u2019t know", "Don\u02BCt_know",
        "unknown", "NOT_ASKED", "not-asked");
    return Arbitraries.maps(Arbitraries.of(TEN.itemIds()), word).ofMaxSize(TEN.items().size());
  }

  /** A map of answer words goes in as the same words would one by one, in any order. */
  @Property
  void aMapOfWordsBuildsWhatFeedingTheSameWordsOneByOneBuilds(@ForAll("answerWords") java.util.Map<String, String> words,
      @ForAll long seed) {
    List<String> order = new ArrayList<>(words.keySet());
    Collections.shuffle(order, new Random(seed));
    Responses.Builder single = Responses.builder(TEN);
    for (String item : order) {
      single.answer(item, words.get(item));
    }
    assertEquals(single.build(), Responses.builder(TEN).answers(words).build());
  }

  /** One word that is no answer refuses the whole map: nothing of it is recorded. */
  @Property
  void oneBadWordRecordsNothingOfTheMap(@ForAll("answerWords") java.util.Map<String, String> words) {
    net.jqwik.api.Assume.that(words.size() < TEN.items().size());
    java.util.Map<String, String> withBad = new java.util.LinkedHashMap<>(words);
    String free = TEN.itemIds().stream().filter(i -> !words.containsKey(i)).findFirst().orElseThrow();
    withBad.put(free, "perhaps");
    Responses.Builder builder = Responses.builder(TEN);
    AnswerOutOfScaleException e = org.junit.jupiter.api.Assertions.assertThrows(AnswerOutOfScaleException.class, () -> builder.answers(withBad));
    assertEquals("answer[" + free + "]", e.field());
    assertEquals(Responses.builder(TEN).build(), builder.build());
  }

  private static Responses build(List<Answer> answers, List<Integer> order) {
    Responses.Builder builder = Responses.builder(TEN);
    for (int i : order) {
      builder.answer(TEN.items().get(i).id(), answers.get(i));
    }
    return builder.build();
  }
}
