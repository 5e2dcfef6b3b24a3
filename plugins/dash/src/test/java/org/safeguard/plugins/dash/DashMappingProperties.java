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
package org.safeguard.plugins.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;

/** Laws of the police-to-RIC mapping and of the S-DASH yes count, over synthetic answer sets. */
class DashMappingProperties {
  private static final Instrument POLICE = DashRicTest.SAFELIVES.instrument("acpo-dash");
  private static final Instrument RIC = DashRicTest.SAFELIVES.instrument("safelives-dash-ric");
  private static final Instrument S_DASH = DashRicTest.SAFELIVES.instrument("s-dash");

  /** The yes count first, then where the yes answers go; every other item no, not known or not asked. */
  static Arbitrary<List<Answer>> answers(int items) {
    List<Integer> positions = IntStream.range(0, items).boxed().collect(Collectors.toList());
    return Arbitraries.integers().between(0, items).flatMap(yes -> Combinators.combine(
            Arbitraries.shuffle(positions),
            Arbitraries.of(Answer.NO, Answer.NOT_KNOWN, Answer.NOT_ASKED).list().ofSize(items))
        .as((order, others) -> {
          List<Answer> answers = new ArrayList<>(others);
          for (int i = 0; i < yes; i++) {
            answers.set(order.get(i), Answer.YES);
          }
          return answers;
        }));
  }

  static Responses responses(Instrument instrument, List<Answer> answers) {
    Responses.Builder b = Responses.builder(instrument);
    for (int i = 0; i < answers.size(); i++) {
      b.answer(instrument.items().get(i).id(), answers.get(i));
    }
    return b.build();
  }

  @Provide
  Arbitrary<List<Answer>> policeAnswers() {
    return answers(27);
  }

  @Provide
  Arbitrary<List<Answer>> sDashAnswers() {
    return answers(11);
  }

  @Property
  void theRicScoreIsAlwaysThePoliceScoreLessTheChildrenYesAnswers(@ForAll("policeAnswers") List<Answer> answers) {
    Responses police = responses(POLICE, answers);
    long childrenYes = DashItems.POLICE_CHILDREN.stream().filter(i -> police.answer(i) == Answer.YES).count();
    Responses ric = DashRicTest.SAFELIVES.map(police, RIC.id());
    assertEquals(POLICE.rawScore(police) - childrenYes, RIC.rawScore(ric));
    for (String item : RIC.itemIds()) {
      assertEquals(police.answer(item), ric.answer(item), item);
    }
  }

  @Property
  void anSDashYesAddsExactlyOneToTheScore(
      @ForAll("sDashAnswers") List<Answer> answers, @ForAll @IntRange(min = 0, max = 10) int item) {
    Responses before = responses(S_DASH, answers);
    int expected = before.yesCount();
    assertEquals(expected, S_DASH.score(before).value());
    String id = S_DASH.items().get(item).id();
    int after = S_DASH.score(before.with(id, Answer.YES)).value();
    assertEquals(before.answer(id) == Answer.YES ? expected : expected + 1, after);
  }
}
