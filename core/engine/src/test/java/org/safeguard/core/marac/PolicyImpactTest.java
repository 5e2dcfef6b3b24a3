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
package org.safeguard.core.marac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;

/**
 * A candidate policy's impact, from pairs of decisions: outcomes and routes on each side, the
 * moves between outcomes, MARAC volume per 10,000 adult women, and each changed case explained by
 * codes only. The direction is the Hertfordshire review's (<i>Hertfordshire Domestic Abuse
 * Review</i>, CAADA, 2014): a medium-risk MARAC adds cases the SafeLives threshold leaves out.
 */
class PolicyImpactTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  static MaracDecision decision(MaracOutcome outcome, String policy, MaracRoute... routes) {
    MaracDecision.Builder b = MaracDecision.builder().outcome(outcome).asOf(DAY).policyId(policy).policyVersion("1");
    for (MaracRoute route : routes) {
      b.addRoutes(RouteFinding.builder().route(route).explanation("synthetic").build());
    }
    return b.build();
  }

  static List<CaseImpact> fixture() {
    return List.of(
        new CaseImpact("V-1", decision(MaracOutcome.REFER_TO_MARAC, "safelives", MaracRoute.VISIBLE_HIGH_RISK),
            decision(MaracOutcome.REFER_TO_MARAC, "county", MaracRoute.VISIBLE_HIGH_RISK)),
        new CaseImpact("V-2", decision(MaracOutcome.NO_REFERRAL, "safelives"),
            decision(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC, "county", MaracRoute.MEDIUM_RISK_BAND)),
        new CaseImpact("V-3", decision(MaracOutcome.NO_REFERRAL, "safelives"),
            decision(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC, "county", MaracRoute.MEDIUM_RISK_BAND)),
        new CaseImpact("V-4", decision(MaracOutcome.REFER_TO_MARAC, "safelives", MaracRoute.POTENTIAL_ESCALATION),
            decision(MaracOutcome.REFER_TO_MARAC, "county", MaracRoute.VISIBLE_HIGH_RISK, MaracRoute.POTENTIAL_ESCALATION)),
        new CaseImpact("V-5", decision(MaracOutcome.NO_REFERRAL, "safelives"), decision(MaracOutcome.NO_REFERRAL, "county")));
  }

  @Test
  void theImpactCountsEachSideAndTheMovesAndExplainsEachChangedCase() {
    PolicyImpact impact = PolicyImpact.of(fixture());
    assertEquals(5, impact.cases());
    assertEquals(3, impact.outcome(MaracOutcome.NO_REFERRAL, PolicyImpact.Side.IN_FORCE));
    assertEquals(1, impact.outcome(MaracOutcome.NO_REFERRAL, PolicyImpact.Side.CANDIDATE));
    assertEquals(2, impact.outcome(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC, PolicyImpact.Side.CANDIDATE));
    assertEquals(2, impact.moved(MaracOutcome.NO_REFERRAL, MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC));
    assertEquals(2, impact.moved(MaracOutcome.REFER_TO_MARAC, MaracOutcome.REFER_TO_MARAC));
    assertEquals(1, impact.route(MaracRoute.VISIBLE_HIGH_RISK, PolicyImpact.Side.IN_FORCE));
    assertEquals(2, impact.route(MaracRoute.VISIBLE_HIGH_RISK, PolicyImpact.Side.CANDIDATE));
    assertEquals(2, impact.maracVolume(PolicyImpact.Side.IN_FORCE));
    assertEquals(4, impact.maracVolume(PolicyImpact.Side.CANDIDATE));
    assertEquals(new BigDecimal("20.0"), impact.perTenThousandAdultWomen(1_000, PolicyImpact.Side.IN_FORCE));
    assertEquals(new BigDecimal("13.3"), impact.perTenThousandAdultWomen(3_000, PolicyImpact.Side.CANDIDATE));
    assertEquals(List.of("V-2: no-referral -> refer-to-medium-risk-marac; gains medium-risk-band",
        "V-3: no-referral -> refer-to-medium-risk-marac; gains medium-risk-band",
        "V-4: refer-to-marac (same outcome); gains visible-high-risk"),
        impact.changed().stream().map(CaseImpact::explain).toList());
    assertEquals(Set.of(), impact.changed().get(2).routesLost());
    assertEquals(List.of("V-2", "V-3"), impact.newlyMeeting(MaracRoute.MEDIUM_RISK_BAND).stream().map(CaseImpact::caseId).toList());
    assertEquals(List.of("V-4"), impact.newlyMeeting(MaracRoute.VISIBLE_HIGH_RISK).stream().map(CaseImpact::caseId).toList());
    assertEquals(List.of(), impact.noLongerMeeting(MaracRoute.POTENTIAL_ESCALATION));
    assertThrows(InvalidInputException.class, () -> impact.perTenThousandAdultWomen(0, PolicyImpact.Side.CANDIDATE));
  }

  @Test
  void impactsMergeIntoTheImpactOverTheirCasesTogether() {
    List<CaseImpact> all = fixture();
    PolicyImpact whole = PolicyImpact.of(all);
    PolicyImpact split = PolicyImpact.of(all.subList(0, 2)).merge(PolicyImpact.of(all.subList(2, 5)));
    assertEquals(whole, split);
    assertEquals(whole.hashCode(), split.hashCode());
    assertEquals(PolicyImpact.of(List.of()), PolicyImpact.of(List.of()).merge(PolicyImpact.of(List.of())));
    assertEquals(whole, PolicyImpact.of(List.of()).merge(whole));
    assertEquals(whole, whole.merge(PolicyImpact.of(List.of())), "an empty impact compares no policies and merges with any");
    assertNotEquals(whole, PolicyImpact.of(all.subList(0, 4)));
    assertNotEquals(whole.hashCode(), PolicyImpact.of(all.subList(0, 4)).hashCode());
    assertTrue(whole.toString().contains("5 cases"), whole.toString());
  }

  @Test
  void aRouteCountsOnEachSideAndTheCasesThatLoseItAreNamed() {
    List<CaseImpact> lose = List.of(new CaseImpact("V-7", decision(MaracOutcome.REFER_TO_MARAC, "safelives", MaracRoute.REPEAT,
        MaracRoute.POTENTIAL_ESCALATION), decision(MaracOutcome.REFER_TO_MARAC, "county", MaracRoute.POTENTIAL_ESCALATION)));
    PolicyImpact impact = PolicyImpact.of(lose);
    assertEquals(1, impact.route(MaracRoute.REPEAT, PolicyImpact.Side.IN_FORCE));
    assertEquals(0, impact.route(MaracRoute.REPEAT, PolicyImpact.Side.CANDIDATE));
    assertEquals(1, impact.route(MaracRoute.POTENTIAL_ESCALATION, PolicyImpact.Side.CANDIDATE));
    assertEquals(0, impact.route(MaracRoute.VISIBLE_HIGH_RISK, PolicyImpact.Side.CANDIDATE));
    assertEquals(List.of("V-7"), impact.noLongerMeeting(MaracRoute.REPEAT).stream().map(CaseImpact::caseId).toList());
    assertEquals(List.of(), impact.noLongerMeeting(MaracRoute.POTENTIAL_ESCALATION));
    assertEquals(List.of(), impact.newlyMeeting(MaracRoute.REPEAT));
  }

  @Test
  void anImpactComparesTwoPoliciesOverEachCaseOnce() {
    List<CaseImpact> all = fixture();
    assertEquals("cases", assertThrows(InvalidInputException.class, () -> PolicyImpact.of(List.of(all.get(0), all.get(0)))).field());
    CaseImpact other = new CaseImpact("V-9", decision(MaracOutcome.NO_REFERRAL, "safelives"), decision(MaracOutcome.NO_REFERRAL, "elsewhere"));
    assertEquals("cases", assertThrows(InvalidInputException.class, () -> PolicyImpact.of(List.of(all.get(0), other))).field());
    assertEquals("other", assertThrows(InvalidInputException.class, () -> PolicyImpact.of(all).merge(PolicyImpact.of(List.of(other))))
        .field());
  }

  @Test
  void aCaseIsComparedOnOneDayAndAnUnchangedCaseSaysSo() {
    MaracDecision later = MaracDecision.builder().outcome(MaracOutcome.NO_REFERRAL).asOf(DAY.plusDays(1)).policyId("county")
        .policyVersion("1").build();
    assertEquals("candidate.asOf", assertThrows(InvalidInputException.class,
        () -> new CaseImpact("V-1", decision(MaracOutcome.NO_REFERRAL, "safelives"), later)).field());
    CaseImpact same = fixture().get(4);
    assertFalse(same.changed());
    assertEquals("V-5: no-referral (same outcome)", same.explain());
    CaseImpact lost = new CaseImpact("V-6", decision(MaracOutcome.REFER_TO_MARAC, "safelives", MaracRoute.REPEAT),
        decision(MaracOutcome.NO_REFERRAL, "county"));
    assertTrue(lost.changed());
    assertEquals("V-6: refer-to-marac -> no-referral; loses repeat", lost.explain());
  }
}
