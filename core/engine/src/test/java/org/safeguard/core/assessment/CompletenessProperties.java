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
package org.safeguard.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.safeguard.model.CompletenessRule;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;
import org.safeguard.model.ThresholdPolicy;

/**
 * The completeness law: answering one more item (yes or no, where it was not known or not asked)
 * never turns a computed level into "insufficient information", whatever the policy's rule and the
 * instrument's not-known limit; and a rule decides exactly by its two counts.
 */
class CompletenessProperties {
  private static final int ITEMS = AssessmentRulesTest.CHECKLIST.itemIds().size();

  /** Each item's answer: 0 yes, 1 no, 2 not known, 3 not asked. */
  @Provide
  Arbitrary<List<Integer>> answers() {
    return Arbitraries.integers().between(0, 3).list().ofSize(ITEMS);
  }

  static Responses responses(Instrument instrument, List<Integer> kinds) {
    Responses.Builder b = Responses.builder(instrument);
    for (int i = 0; i < kinds.size(); i++) {
      String id = instrument.itemIds().get(i);
      switch (kinds.get(i)) {
        case 0 -> b.yes(id);
        case 1 -> b.no(id);
        case 2 -> b.notKnown(id);
        default -> { }
      }
    }
    return b.build();
  }

  /** The instrument with a not-known limit, none when {@code limit} is 0. */
  static Instrument instrument(int limit) {
    return limit == 0 ? AssessmentRulesTest.CHECKLIST : Instrument.builder().from(AssessmentRulesTest.CHECKLIST).notKnownLimit(limit).build();
  }

  /** The policy with a completeness rule of these limits, none when both are 0. */
  static ThresholdPolicy policy(int minimumAnswered, int notKnownLimit) {
    if (minimumAnswered == 0 && notKnownLimit == 0) {
      return AssessmentRulesTest.POLICY;
    }
    CompletenessRule.Builder rule = CompletenessRule.builder().instrumentId("checklist");
    if (minimumAnswered > 0) {
      rule.minimumAnswered(minimumAnswered);
    }
    if (notKnownLimit > 0) {
      rule.notKnownLimit(notKnownLimit);
    }
    return ThresholdPolicy.builder().from(AssessmentRulesTest.POLICY).addCompleteness(rule.build()).build();
  }

  @Property
  void answeringOneMoreItemNeverTurnsAComputedLevelIntoInsufficientInformation(
      @ForAll("answers") List<Integer> kinds,
      @ForAll @IntRange(min = 0, max = 16) int minimumAnswered,
      @ForAll @IntRange(min = 0, max = 16) int policyNotKnownLimit,
      @ForAll @IntRange(min = 0, max = 16) int instrumentNotKnownLimit,
      @ForAll @IntRange(min = 0, max = 15) int from,
      @ForAll boolean yes) {
    int item = -1;
    for (int k = 0; k < ITEMS && item < 0; k++) {
      int i = (from + k) % ITEMS;
      if (kinds.get(i) >= 2) {
        item = i;
      }
    }
    if (item < 0) {
      return; // every item answered already
    }
    Instrument instrument = instrument(instrumentNotKnownLimit);
    Banding banding = Banding.of(instrument, AssessmentRulesTest.BANDS, policy(minimumAnswered, policyNotKnownLimit));
    Assessment before = banding.assess(responses(instrument, kinds));
    List<Integer> more = new java.util.ArrayList<>(kinds);
    more.set(item, yes ? 0 : 1);
    Assessment after = banding.assess(responses(instrument, more));
    if (before.computedLevel().isPresent()) {
      assertTrue(after.computedLevel().isPresent(), before + " -> " + after);
      assertTrue(!after.computedLevel().get().isAbove(before.computedLevel().get()) || yes, "a no never raises the level");
    }
  }

  @Property
  void aRuleDecidesExactlyByTheAnsweredAndNotKnownCounts(
      @ForAll("answers") List<Integer> kinds,
      @ForAll @IntRange(min = 0, max = 16) int minimumAnswered,
      @ForAll @IntRange(min = 0, max = 16) int notKnownLimit) {
    Assessment a = Banding.of(AssessmentRulesTest.CHECKLIST, AssessmentRulesTest.BANDS, policy(minimumAnswered, notKnownLimit))
        .assess(responses(AssessmentRulesTest.CHECKLIST, kinds));
    long answered = kinds.stream().filter(k -> k < 2).count();
    long notKnown = kinds.stream().filter(k -> k == 2).count();
    boolean tooFew = (minimumAnswered > 0 && answered < minimumAnswered) || (notKnownLimit > 0 && notKnown >= notKnownLimit);
    assertEquals(tooFew, a.insufficientInformation().isPresent(), a.toString());
    assertEquals(!tooFew, a.level().isPresent());
  }
}
