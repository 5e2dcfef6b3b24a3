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
package org.safeguard.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MaracParameters;
import org.safeguard.model.ThresholdPolicy;

/**
 * A family of dated policies, as a county replaces its thresholds (<i>Hertfordshire Domestic Abuse
 * Review</i>, CAADA, 2014: bands in force from a date): each date is answered by the one policy in
 * force then, both ends of a policy's dates included, and two in force on one day are refused.
 */
class PolicyScheduleTest {
  private static ThresholdPolicy policy(String id, String from, String until) {
    ThresholdPolicy.Builder b = ThresholdPolicy.builder().id(id).version("1").family("county");
    if (from != null) {
      b.effectiveFrom(LocalDate.parse(from));
    }
    if (until != null) {
      b.effectiveUntil(LocalDate.parse(until));
    }
    return b.build();
  }

  private static PolicySchedule schedule(ThresholdPolicy... policies) {
    return new PolicySchedule(List.of(policies), Map.of());
  }

  @Test
  void oneUndatedPolicyIsInForceOnEveryDate() {
    ThresholdPolicy only = policy("only", null, null);
    PolicySchedule s = schedule(only);
    assertTrue(s.undated());
    assertSame(only, s.policyOn(LocalDate.of(1900, 1, 1)));
    assertSame(only, s.policyOn(LocalDate.of(2199, 12, 31)));
    assertSame(only, s.onlyAssessor().policy());
  }

  @Test
  void oneDatedPolicyIsAScheduleAndAnswersOnlyWithinItsDates() {
    ThresholdPolicy from = policy("from", "2014-12-01", null);
    PolicySchedule s = schedule(from);
    assertFalse(s.undated());
    assertSame(from, s.policyOn(LocalDate.of(2014, 12, 1)));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.policyOn(LocalDate.of(2014, 11, 30)));
    assertEquals("date", e.field());
    assertTrue(e.rule().contains("family county"), e.rule());
    assertTrue(e.rule().contains("from 2014-12-01 to ..."), e.rule());
    assertFalse(schedule(policy("until", null, "2019-03-31")).undated());
  }

  @Test
  void eachDateIsAnsweredByThePolicyInForceBothEndsIncluded() {
    ThresholdPolicy first = policy("first", null, "2014-11-30");
    ThresholdPolicy second = policy("second", "2014-12-01", "2019-03-31");
    ThresholdPolicy third = policy("third", "2019-04-01", null);
    PolicySchedule s = schedule(third, first, second);
    assertEquals(List.of(first, second, third), s.policies(), "earliest first whatever the order given");
    assertSame(first, s.policyOn(LocalDate.of(1990, 1, 1)));
    assertSame(first, s.policyOn(LocalDate.of(2014, 11, 30)));
    assertSame(second, s.policyOn(LocalDate.of(2014, 12, 1)));
    assertSame(second, s.policyOn(LocalDate.of(2019, 3, 31)));
    assertSame(third, s.policyOn(LocalDate.of(2019, 4, 1)));
    assertSame(third, s.assessorOn(LocalDate.of(2020, 1, 1)).policy());
    assertEquals(MaracParameters.defaults(), s.screenOn(LocalDate.of(2020, 1, 1)).parameters());
  }

  @Test
  void aGapBetweenPoliciesIsADateWithNoPolicyInForce() {
    PolicySchedule s = schedule(policy("a", "2014-01-01", "2014-06-30"), policy("b", "2015-01-01", null));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.policyOn(LocalDate.of(2014, 9, 1)));
    assertTrue(e.rule().contains("a 2014-01-01 to 2014-06-30"), e.rule());
    assertTrue(e.rule().contains("b 2015-01-01 to ..."), e.rule());
    assertThrows(InvalidInputException.class, () -> s.policyOn(LocalDate.of(2013, 12, 31)));
  }

  @Test
  void twoPoliciesInForceOnOneDayAreRefused() {
    InvalidInputException touching = assertThrows(InvalidInputException.class,
        () -> schedule(policy("a", null, "2014-12-01"), policy("b", "2014-12-01", null)));
    assertEquals("thresholdPolicy.effective-from", touching.field());
    assertEquals("b 2014-12-01", touching.value());
    assertTrue(touching.rule().contains("a is still in force then"), touching.rule());
    assertThrows(InvalidInputException.class, () -> schedule(policy("a", "2014-01-01", null), policy("b", "2015-01-01", null)),
        "an open-ended policy is in force when the next starts");
    assertThrows(InvalidInputException.class, () -> schedule(policy("a", null, "2015-01-01"), policy("b", null, "2016-01-01")),
        "two policies with no start are both in force at the start of time");
  }

  @Test
  void aScheduleNeedsAPolicy() {
    assertThrows(IllegalArgumentException.class, () -> new PolicySchedule(List.of(), Map.of()));
  }
}
