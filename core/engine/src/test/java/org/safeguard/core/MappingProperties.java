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
package org.safeguard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguard.model.Answer;
import org.safeguard.model.AnswerOutOfScaleException;
import org.safeguard.model.Instrument;
import org.safeguard.model.InstrumentMapping;
import org.safeguard.model.Responses;

/** Laws of mapping answers through the engine, over synthetic answer sets. */
class MappingProperties {
  private static final Safeguard ENGINE = Fixtures.mappingEngine();
  private static final Instrument SOURCE = ENGINE.instrument("test-checklist");
  private static final InstrumentMapping MAPPING = ENGINE.mapping("test-checklist", "short-checklist");

  @Provide
  Arbitrary<List<Answer>> answers() {
    return Arbitraries.of(Answer.class).list().ofSize(SOURCE.items().size());
  }

  private static Responses responses(List<Answer> answers) {
    Responses.Builder b = ENGINE.responses("test-checklist");
    for (int i = 0; i < answers.size(); i++) {
      b.answer(SOURCE.itemIds().get(i), answers.get(i));
    }
    return b.build();
  }

  /**
   * Every answer of a mapped item arrives on its target item, so no yes is lost; an answer the
   * target cannot take (not known, on a yes / no form) refuses the whole set, naming the first such
   * item, rather than arriving as something else.
   */
  @Property
  void everyMappedAnswerArrivesAndNoYesIsLostOrTheSetIsRefused(@ForAll("answers") List<Answer> answers) {
    Responses given = responses(answers);
    String firstNotKnown = null;
    for (String item : MAPPING.items().keySet()) {
      if (given.answer(item) == Answer.NOT_KNOWN) {
        firstNotKnown = item;
        break;
      }
    }
    if (firstNotKnown != null) {
      String item = firstNotKnown;
      assertEquals("answer[" + item + "]",
          assertThrows(AnswerOutOfScaleException.class, () -> ENGINE.map(given, "short-checklist")).field());
      return;
    }
    Responses mapped = ENGINE.map(given, "short-checklist");
    int yesOnMapped = 0;
    for (Map.Entry<String, String> e : MAPPING.items().entrySet()) {
      assertEquals(given.answer(e.getKey()), mapped.answer(e.getValue()), e.getKey());
      yesOnMapped += given.answer(e.getKey()) == Answer.YES ? 1 : 0;
    }
    assertEquals(yesOnMapped, mapped.yesCount());
    int yesDropped = 0;
    for (String item : MAPPING.dropped()) {
      yesDropped += given.answer(item) == Answer.YES ? 1 : 0;
    }
    assertEquals(given.yesCount(), mapped.yesCount() + yesDropped, "every yes is carried, or on an item the mapping drops");
  }

  /** Mapping is a function of the answers: the order they were given in never changes the result. */
  @Property
  void mappingDependsOnTheAnswersNotOnTheOrderTheyWereGiven(@ForAll("answers") List<Answer> answers, @ForAll long seed) {
    List<Answer> noNotKnown = answers.stream().map(a -> a == Answer.NOT_KNOWN ? Answer.NO : a).toList();
    List<Integer> order = new java.util.ArrayList<>();
    for (int i = 0; i < noNotKnown.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new java.util.Random(seed));
    Responses.Builder shuffled = ENGINE.responses("test-checklist");
    for (int i : order) {
      shuffled.answer(SOURCE.itemIds().get(i), noNotKnown.get(i));
    }
    assertEquals(ENGINE.map(responses(noNotKnown), "short-checklist"), ENGINE.map(shuffled.build(), "short-checklist"));
  }
}
