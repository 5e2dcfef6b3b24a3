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
 * decision rule (reference/instruments.md sections 5.1 and 9 point 3).
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
    assertEquals(level, a.level());
    assertTrue(a.computedLevel().isEmpty());
    assertEquals(sum, a.score().value());
  }
}
