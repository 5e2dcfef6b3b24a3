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

  /**
   * Answer sets whose yes count is drawn first, uniformly, so that every score (and so every band
   * boundary) is as likely as any other; the other items get random non-yes answers, then the
   * whole set is shuffled.
   */
  @Provide
  Arbitrary<List<Answer>> answers() {
    int n = 24;
    return Arbitraries.integers().between(0, n).flatMap(yes ->
        Arbitraries.of(Answer.NO, Answer.NOT_KNOWN, Answer.NOT_ASKED).list().ofSize(n - yes).flatMap(rest -> {
          List<Answer> all = new java.util.ArrayList<>(java.util.Collections.nCopies(yes, Answer.YES));
          all.addAll(rest);
          return Arbitraries.shuffle(all);
        }));
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
      RiskLevel was = engine.assess(before).level().orElseThrow();
      RiskLevel is = engine.assess(before.with(RIC.items().get(item).id(), Answer.YES)).level().orElseThrow();
      assertFalse(was.isAbove(is), engine.policy().id() + ": " + was + " -> " + is);
    }
  }

  @Property
  void theLevelIsHighExactlyWhenFourteenOrMoreAnswersAreYes(@ForAll("answers") List<Answer> answers) {
    long yes = answers.stream().filter(a -> a == Answer.YES).count();
    assertEquals(yes >= 14, DashRicTest.SAFELIVES.assess(responses(DashRicTest.SAFELIVES, answers)).level().orElseThrow() == RiskLevel.HIGH);
  }
}
