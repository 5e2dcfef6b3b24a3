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
package org.safeguard.plugins.spj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

/**
 * Whatever the ratings, the level is the assessor's: the ratings sum is reported but is not a
 * decision rule (SARA, Kropp et al.: the total is a research convenience; the summary judgement is
 * the assessor's).
 */
class BSaferProperties {
  private static final Instrument B_SAFER = BSaferTest.ENGINE.instrument("b-safer");

  /** Per item: a rating 0-2, -1 for omitted (not known), -2 for not asked. */
  @Provide
  Arbitrary<List<Integer>> ratings() {
    return Arbitraries.integers().between(-2, 2).list().ofSize(B_SAFER.items().size());
  }

  @Property
  void theLevelIsAlwaysTheAssessorsAndNeverComputed(@ForAll("ratings") List<Integer> ratings, @ForAll RiskLevel level) {
    Responses.Builder b = BSaferTest.ENGINE.responses("b-safer");
    int sum = 0;
    for (int i = 0; i < ratings.size(); i++) {
      String item = B_SAFER.itemIds().get(i);
      int r = ratings.get(i);
      if (r >= 0) {
        b.rate(item, r);
        sum += r;
      } else if (r == -1) {
        b.notKnown(item);
      }
    }
    Assessment a = BSaferTest.ENGINE.assess(b.build(), BSaferTest.judged(level));
    assertEquals(level, a.level().orElseThrow());
    assertTrue(a.computedLevel().isEmpty());
    assertEquals(sum, a.score().value());
  }
}
