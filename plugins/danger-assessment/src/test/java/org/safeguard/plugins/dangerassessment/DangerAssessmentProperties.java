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
package org.safeguard.plugins.dangerassessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.safeguard.model.RiskLevel;
import org.safeguard.model.Score;

/**
 * Laws of the weighted sum over synthetic answer sets, with the made-up test weights: the score
 * and levels of Campbell's Danger Assessment, and monotonicity (weights are never negative).
 */
class DangerAssessmentProperties {
  private static final Instrument DA = TestFixtures.DA;
  private static final int ITEMS = DA.items().size();
  private static final Map<String, Integer> WEIGHTS = TestFixtures.madeUpWeights();

  /** The yes count first, then where the yes answers go; every other item no, not known or not asked. */
  @Provide
  Arbitrary<List<Answer>> answers() {
    List<Integer> positions = IntStream.range(0, ITEMS).boxed().collect(Collectors.toList());
    return Arbitraries.integers().between(0, ITEMS).flatMap(yes -> Combinators.combine(
            Arbitraries.shuffle(positions),
            Arbitraries.of(Answer.NO, Answer.NOT_KNOWN, Answer.NOT_ASKED).list().ofSize(ITEMS))
        .as((order, others) -> {
          List<Answer> answers = new ArrayList<>(others);
          for (int i = 0; i < yes; i++) {
            answers.set(order.get(i), Answer.YES);
          }
          return answers;
        }));
  }

  private static Responses responses(List<Answer> answers) {
    Responses.Builder b = Responses.builder(DA);
    for (int i = 0; i < ITEMS; i++) {
      b.answer(DA.items().get(i).id(), answers.get(i));
    }
    return b.build();
  }

  @Property
  void aYesNeverLowersTheScoreTheCategoryOrTheLevel(
      @ForAll("answers") List<Answer> answers, @ForAll @IntRange(min = 0, max = 23) int item) {
    Responses before = responses(answers);
    Responses after = before.with(DA.items().get(item).id(), Answer.YES);
    int was = DA.rawScore(before);
    int is = DA.rawScore(after);
    assertTrue(is >= was, was + " -> " + is);
    // contradictory sub-checks make a form invalid, and an invalid form has no computed level
    if (DA.score(before).valid() && DA.score(after).valid()) {
      RiskLevel levelWas = TestFixtures.ENGINE.assess(before).level().orElseThrow();
      RiskLevel levelIs = TestFixtures.ENGINE.assess(after).level().orElseThrow();
      assertTrue(!levelWas.isAbove(levelIs), levelWas + " -> " + levelIs);
    }
  }

  @Property
  void theScoreIsTheSumOfTheWeightsOfTheYesItemsAndTheCategoryFollowsIt(@ForAll("answers") List<Answer> answers) {
    Responses r = responses(answers);
    int expected = 0;
    for (int i = 0; i < ITEMS; i++) {
      if (answers.get(i) == Answer.YES) {
        expected += WEIGHTS.get(DA.items().get(i).id());
      }
    }
    assertEquals(expected, DA.rawScore(r));
    String category = expected < 8 ? "variable danger" : expected <= 13 ? "increased danger" : expected <= 17 ? "severe danger" : "extreme danger";
    assertEquals(category, DA.categoryFor(expected).orElseThrow());
    Score score = DA.score(r);
    assertEquals(SubChecks.contradicted(r).isEmpty(), score.valid());
    assertEquals(score.valid() ? Optional.of(category) : Optional.empty(), score.category(),
        "a form whose sub-checks contradict their items gets no category until it is checked");
  }
}
