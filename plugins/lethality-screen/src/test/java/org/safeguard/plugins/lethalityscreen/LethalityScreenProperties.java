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
package org.safeguard.plugins.lethalityscreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Laws of the screen-in rule over synthetic answer sets (Maryland Lethality Assessment Program). */
class LethalityScreenProperties {
  private static final Instrument SCREEN = LethalityScreenTest.SCREEN;
  private static final Arbitrary<Answer> NOT_YES = Arbitraries.of(Answer.NO, Answer.NOT_KNOWN, Answer.NOT_ASKED);

  /** {@code count} answers: the yes count first (0 to {@code maxYes}), then where they go; the rest not yes. */
  private static Arbitrary<List<Answer>> withYesCountFirst(int count, int maxYes) {
    List<Integer> positions = IntStream.range(0, count).boxed().collect(Collectors.toList());
    return Arbitraries.integers().between(0, maxYes).flatMap(yes -> Combinators.combine(
            Arbitraries.shuffle(positions), NOT_YES.list().ofSize(count))
        .as((order, others) -> {
          List<Answer> answers = new ArrayList<>(others);
          for (int i = 0; i < yes; i++) {
            answers.set(order.get(i), Answer.YES);
          }
          return answers;
        }));
  }

  @Provide
  Arbitrary<List<Answer>> anyAnswers() {
    return withYesCountFirst(12, 12);
  }

  /** Questions 1-3 and the belief never yes; the yes count over questions 4-11 drawn first. */
  @Provide
  Arbitrary<List<Answer>> onlyOtherQuestionsYes() {
    return Combinators.combine(NOT_YES.list().ofSize(3), withYesCountFirst(8, 8), NOT_YES)
        .as((danger, other, belief) -> {
          List<Answer> answers = new ArrayList<>(danger);
          answers.addAll(other);
          answers.add(belief);
          return answers;
        });
  }

  private static Responses responses(List<Answer> answers) {
    Responses.Builder b = Responses.builder(SCREEN);
    for (int i = 0; i < answers.size(); i++) {
      b.answer(SCREEN.items().get(i).id(), answers.get(i));
    }
    return b.build();
  }

  @Property
  void aYesNeverScreensOut(@ForAll("anyAnswers") List<Answer> answers, @ForAll @IntRange(min = 0, max = 11) int item) {
    Responses before = responses(answers);
    int was = SCREEN.rawScore(before);
    int is = SCREEN.rawScore(before.with(SCREEN.items().get(item).id(), Answer.YES));
    assertTrue(is >= was, was + " -> " + is);
  }

  @Property
  void withoutTheDangerQuestionsOrTheBeliefTheScreenIsInExactlyFromFourOtherYesAnswers(
      @ForAll("onlyOtherQuestionsYes") List<Answer> answers) {
    long otherYes = answers.subList(3, 11).stream().filter(a -> a == Answer.YES).count();
    assertEquals(otherYes >= 4 ? 1 : 0, SCREEN.rawScore(responses(answers)), otherYes + " yes to questions 4-11");
  }

  @Property
  void theScreenIsInExactlyWhenTheReferenceRuleSaysSo(@ForAll("anyAnswers") List<Answer> answers) {
    boolean danger = answers.subList(0, 3).contains(Answer.YES);
    long other = answers.subList(3, 11).stream().filter(a -> a == Answer.YES).count();
    boolean belief = answers.get(11) == Answer.YES;
    int expected = danger || other >= 4 || belief ? 1 : 0;
    Responses r = responses(answers);
    assertEquals(expected, SCREEN.rawScore(r));
    assertEquals(expected == 1, !LethalityScreen.reasons(r).isEmpty());
  }
}
