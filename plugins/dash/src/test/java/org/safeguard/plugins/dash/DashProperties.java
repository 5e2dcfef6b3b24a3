package org.safeguard.plugins.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.safeguard.core.Safeguard;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

class DashProperties {
  private static final Instrument RIC = DashRicTest.SAFELIVES.instrument("safelives-dash-ric");

  @Provide
  Arbitrary<List<Answer>> answers() {
    return Arbitraries.of(Answer.class).list().ofSize(24);
  }

  private static Responses responses(Safeguard engine, List<Answer> answers) {
    Responses.Builder b = engine.responses("safelives-dash-ric");
    for (int i = 0; i < answers.size(); i++) {
      b.answer(RIC.items().get(i).id(), answers.get(i));
    }
    return b.build();
  }

  @Property
  void changingAnyOneAnswerToYesNeverLowersTheLevelUnderEitherPolicy(
      @ForAll("answers") List<Answer> answers, @ForAll @IntRange(min = 0, max = 23) int item) {
    for (Safeguard engine : List.of(DashRicTest.SAFELIVES, DashRicTest.COUNTY)) {
      Responses before = responses(engine, answers);
      RiskLevel was = engine.assess(before).level();
      RiskLevel is = engine.assess(before.with(RIC.items().get(item).id(), Answer.YES)).level();
      assertFalse(was.isAbove(is), engine.policy().id() + ": " + was + " -> " + is);
    }
  }

  @Property
  void theLevelIsHighExactlyWhenFourteenOrMoreAnswersAreYes(@ForAll("answers") List<Answer> answers) {
    long yes = answers.stream().filter(a -> a == Answer.YES).count();
    assertEquals(yes >= 14, DashRicTest.SAFELIVES.assess(responses(DashRicTest.SAFELIVES, answers)).level() == RiskLevel.HIGH);
  }
}
