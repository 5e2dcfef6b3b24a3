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
import org.safeguard.model.Answer;
import org.safeguard.model.Assessment;
import org.safeguard.model.Item;
import org.safeguard.model.RefusedOverrideException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

class AssessmentProperties {
  private static final Safeguard ENGINE = Fixtures.engine();
  private static final List<Item> ITEMS = ENGINE.instrument("test-checklist").items();

  @Provide
  Arbitrary<List<Answer>> answers() {
    return Arbitraries.of(Answer.class).list().ofSize(ITEMS.size());
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
    RiskLevel was = ENGINE.assess(before).level();
    RiskLevel is = ENGINE.assess(after).level();
    assertFalse(was.isAbove(is), was + " -> " + is);
  }

  @Property
  void anOverrideNeverLowersTheLevel(@ForAll("answers") List<Answer> answers, @ForAll RiskLevel judged) {
    Assessment computed = ENGINE.assess(responses(answers, inOrder()));
    if (judged.isAbove(computed.level())) {
      Assessment raised = ENGINE.raise(computed, ENGINE.judgement().level(judged).assessorId("idva-01").rationale("judgement").reasons(List.of()).build());
      assertEquals(judged, raised.level());
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
