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
package org.safeguard.plugins.healthscreens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.safeguard.model.Score;

/**
 * Monotonicity and the cut-offs of both health screens (HITS, Sherin et al.: sum, >10 positive;
 * HARK, Sohal et al.: >=1 yes positive).
 */
class HealthScreenProperties {
  private static final Instrument HITS = HitsTest.HITS;
  private static final Instrument HARK = HarkTest.HARK;

  @Provide
  Arbitrary<List<Integer>> hitsRatings() {
    return Arbitraries.integers().between(1, 5).list().ofSize(4);
  }

  @Property
  void raisingAnyHitsRatingNeverLowersTheScore(
      @ForAll("hitsRatings") List<Integer> ratings, @ForAll @IntRange(min = 0, max = 3) int item, @ForAll @IntRange(min = 1, max = 4) int by) {
    int[] before = ratings.stream().mapToInt(Integer::intValue).toArray();
    int[] after = before.clone();
    after[item] = Math.min(5, after[item] + by);
    assertTrue(HITS.score(HitsTest.rated(after)).value() >= HITS.score(HitsTest.rated(before)).value());
  }

  @Property
  void aCompleteHitsScreenIsPositiveExactlyWhenTheSumIsAboveTen(@ForAll("hitsRatings") List<Integer> ratings) {
    Score s = HITS.score(HitsTest.rated(ratings.stream().mapToInt(Integer::intValue).toArray()));
    assertEquals(ratings.stream().mapToInt(Integer::intValue).sum(), s.value());
    assertTrue(s.valid());
    assertEquals(s.value() > 10 ? "positive" : "negative", s.category().orElseThrow());
  }

  /** A HARK form: {@code yes} items yes, placed by {@code order}; every other item no, not known or not asked. */
  record HarkForm(int yes, List<Integer> order, List<Answer> others) {
    Responses build() {
      Responses.Builder b = Responses.builder(HARK);
      for (int k = 0; k < 4; k++) {
        b.answer(HARK.itemIds().get(order.get(k)), k < yes ? Answer.YES : others.get(k));
      }
      return b.build();
    }
  }

  /** The yes count first, then where the yes answers fall and what the others are. */
  @Provide
  Arbitrary<HarkForm> harkForms() {
    return Arbitraries.integers().between(0, 4).flatMap(yes -> Combinators.combine(
            Arbitraries.shuffle(0, 1, 2, 3),
            Arbitraries.of(Answer.NO, Answer.NOT_KNOWN, Answer.NOT_ASKED).list().ofSize(4))
        .as((order, others) -> new HarkForm(yes, order, others)));
  }

  @Property
  void harkIsPositiveExactlyWhenAnyAnswerIsYes(@ForAll("harkForms") HarkForm form) {
    Score s = HARK.score(form.build());
    assertEquals(form.yes(), s.value());
    if (form.yes() >= 1) {
      assertEquals("positive", s.category().orElseThrow());
    } else {
      // a negative needs all four answered no; otherwise the screen is invalid and has no category
      assertEquals(s.valid() ? java.util.Optional.of("negative") : java.util.Optional.empty(), s.category());
    }
  }

  @Property
  void changingAnyHarkAnswerToYesNeverLowersTheScore(@ForAll("harkForms") HarkForm form, @ForAll @IntRange(min = 0, max = 3) int item) {
    Responses before = form.build();
    Responses after = before.with(HARK.itemIds().get(item), Answer.YES);
    assertTrue(HARK.score(after).value() >= HARK.score(before).value());
    assertTrue(HARK.score(after).valid(), "a form with a yes is always a valid screen");
  }
}
