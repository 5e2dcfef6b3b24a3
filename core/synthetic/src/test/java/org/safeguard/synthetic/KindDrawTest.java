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
package org.safeguard.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The draw of a case's kinds of intervention: the right number of kinds, and the rates it was fitted to. */
class KindDrawTest {
  /** Four kinds, the last for children only; counts 1 to 3. */
  private static final double[] SHARES = {0.9, 0.5, 0.3, 0.4};
  private static final long FOR_CHILDREN = 0b1000;
  private static final double[] COUNTS = {0, 0.3, 0.4, 0.3};
  private static final double CHILDREN = 0.5;
  private static final KindDraw DRAW = new KindDraw(SHARES, FOR_CHILDREN, COUNTS, CHILDREN);

  @Property
  void aDrawHasAsManyKindsAsTheCountAndNoKindForChildrenWithoutThem(
      @ForAll @IntRange(min = 0, max = 4) int count, @ForAll boolean children, @ForAll long state) {
    long kinds = DRAW.draw(count, children, state);
    if (!children && count == 4) {
      assertEquals(-1, kinds, "three kinds are open to a household without children");
      return;
    }
    assertEquals(count, Long.bitCount(kinds));
    assertEquals(0, kinds & ~0b1111L);
    if (!children) {
      assertEquals(0, kinds & FOR_CHILDREN);
    }
  }

  @Test
  void theDefaultsAreFittedWithinHalfAPointOfTable4() {
    // Table 4's rates add up to 4.28 a case, the default counts to 4.24 a case whose kinds are drawn
    SyntheticParameters p = SyntheticParameters.defaults();
    double[] counts = new double[p.maxInterventions() + 1];
    SyntheticCohort.withDefaults(1).cases(200_000).forEach(c -> counts[c.interventions()]++);
    for (int n = 0; n < counts.length; n++) {
      counts[n] /= 200_000;
    }
    KindDraw fitted = KindDraw.of(p, counts);
    assertTrue(fitted.largestGap() < 0.005, "within " + fitted.largestGap());
  }

  @Test
  void withNoHouseholdWithChildrenTheKindsForChildrenAreLeftOutAndTheRestFitted() {
    KindDraw draw = new KindDraw(new double[] {0.9, 0.6, 0.5, 0.4}, FOR_CHILDREN, COUNTS, 0);
    assertTrue(draw.largestGap() < 1e-6, "the three kinds open to every household add up to the mean count 2.0: " + draw.largestGap());
    for (long state = 0; state < 1000; state++) {
      long kinds = draw.draw(2, false, state * SyntheticCohort.GOLDEN);
      assertEquals(2, Long.bitCount(kinds));
      assertEquals(0, kinds & FOR_CHILDREN);
    }
  }

  @Test
  void sharesThatAddUpToTheMeanCountAreMetAndTheDrawsFollowThem() {
    // the mean count is 2.0, and so are the shares, counting the kind for children in half the households:
    // 0.9 + 0.5 + 0.3 + 0.5 x 0.6 = 2.0, so every share can be met
    double[] shares = {0.9, 0.5, 0.3, 0.6};
    KindDraw draw = new KindDraw(shares, FOR_CHILDREN, COUNTS, CHILDREN);
    assertTrue(draw.largestGap() < 1e-6, "fitted within " + draw.largestGap());
    int cases = 400_000;
    long[] received = new long[4];
    long withChildren = 0;
    for (int i = 0; i < cases; i++) {
      long state = SyntheticCohort.GOLDEN * (31L * i + 7);
      boolean children = SyntheticCohort.unit(state) < CHILDREN;
      double u = SyntheticCohort.unit(state + 1);
      int count = u < 0.3 ? 1 : u < 0.7 ? 2 : 3;
      long kinds = draw.draw(count, children, state + 2);
      withChildren += children ? 1 : 0;
      for (int k = 0; k < 4; k++) {
        received[k] += kinds >>> k & 1;
      }
    }
    for (int k = 0; k < 3; k++) {
      assertEquals(shares[k], (double) received[k] / cases, 0.005, "kind " + k);
    }
    assertEquals(shares[3], (double) received[3] / withChildren, 0.005, "the kind for children, of the households with children");
  }
}
