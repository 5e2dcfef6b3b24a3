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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.RefusedOverrideException;
import org.safeguard.model.Answer;
import org.safeguard.model.Item;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

class AssessmentProperties {
  private static final Safeguard ENGINE = Fixtures.engine();
  private static final List<Item> ITEMS = ENGINE.instrument("test-checklist").items();

  /**
   * Answer sets whose yes count is drawn first, uniformly, so that every score (and so every band
   * boundary) is as likely as any other; the other items get random non-yes answers, then the
   * whole set is shuffled.
   */
  @Provide
  Arbitrary<List<Answer>> answers() {
    int n = ITEMS.size();
    return Arbitraries.integers().between(0, n).flatMap(yes ->
        Arbitraries.of(Answer.NO, Answer.NOT_KNOWN, Answer.NOT_ASKED).list().ofSize(n - yes).flatMap(rest -> {
          List<Answer> all = new java.util.ArrayList<>(java.util.Collections.nCopies(yes, Answer.YES));
          all.addAll(rest);
          return Arbitraries.shuffle(all);
        }));
  }

  private static Responses responses(List<Answer> answers, List<Integer> order) {
    Responses.Builder b = ENGINE.responses("test-checklist");
    for (int i : order) {
      b.answer(ITEMS.get(i).id(), answers.get(i));
    }
    return b.build();
  }

  private static List<Integer> inOrder() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ITEMS.size(); i++) {
      order.add(i);
    }
    return order;
  }

  @Property
  void changingAnyOneAnswerToYesNeverLowersTheLevel(
      @ForAll("answers") List<Answer> answers, @ForAll @IntRange(min = 0, max = 19) int item) {
    Responses before = responses(answers, inOrder());
    Responses after = before.with(ITEMS.get(item).id(), Answer.YES);
    RiskLevel was = ENGINE.assess(before).level().orElseThrow();
    RiskLevel is = ENGINE.assess(after).level().orElseThrow();
    assertFalse(was.isAbove(is), was + " -> " + is);
  }

  @Property
  void anOverrideNeverLowersTheLevel(@ForAll("answers") List<Answer> answers, @ForAll RiskLevel judged) {
    Assessment computed = ENGINE.assess(responses(answers, inOrder()));
    if (judged.isAbove(computed.level().orElseThrow())) {
      Assessment raised = ENGINE.raise(computed, ENGINE.judgement().level(judged).assessorId("idva-01").rationale("judgement").reasons(List.of()).build());
      assertEquals(judged, raised.level().orElseThrow());
      assertEquals(computed.computedLevel(), raised.computedLevel());
    } else {
      assertThrows(RefusedOverrideException.class, () -> ENGINE.raise(computed, ENGINE.judgement().level(judged).assessorId("idva-01").rationale("judgement").reasons(List.of()).build()));
    }
  }

  @Property
  void shufflingTheInputOrderNeverChangesTheResult(@ForAll("answers") List<Answer> answers, @ForAll long seed) {
    List<Integer> order = inOrder();
    Assessment first = ENGINE.assess(responses(answers, order));
    Collections.shuffle(order, new Random(seed));
    assertEquals(first, ENGINE.assess(responses(answers, order)));
  }

  @Property
  void theScoreIsTheYesCountAndEveryAnswerIsCountedOnce(@ForAll("answers") List<Answer> answers) {
    Assessment a = ENGINE.assess(responses(answers, inOrder()));
    assertEquals(Collections.frequency(answers, Answer.YES), a.score().value());
    assertEquals(Collections.frequency(answers, Answer.NOT_KNOWN), a.score().notKnownCount());
    assertEquals(Collections.frequency(answers, Answer.NOT_ASKED), a.score().notAskedCount());
    assertEquals(Collections.frequency(answers, Answer.NO), a.score().noCount());
  }
}
