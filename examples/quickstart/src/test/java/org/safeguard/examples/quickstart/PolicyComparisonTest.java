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
package org.safeguard.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.CaseImpact;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.PolicyImpact;

/**
 * The policy-impact section, Hertfordshire 2014 against SafeLives, and the direction the
 * Hertfordshire review found (<i>Hertfordshire Domestic Abuse Review</i>, CAADA, 2014, Appendix
 * 10.6): with the victims' consent recorded, a medium-risk MARAC for Dash scores 10 to 13 hears
 * cases the SafeLives threshold leaves out, and takes none from the MARAC; what Hertfordshire's
 * narrower repeat (violence or threats, stalking or harassment, sexual abuse) drops is a referral by
 * the repeat route alone.
 */
class PolicyComparisonTest {
  private static final Safeguard SAFELIVES = Safeguard.builder().build();
  private static final Safeguard HERTFORDSHIRE = Quickstart.buildCandidate(false);

  @Test
  void theSectionShowsTheImpactOfTheSampleAsScreened() {
    List<SyntheticCase> sample = Fixtures.sample();
    List<ScreenedCase> inForce = Quickstart.screen(SAFELIVES, sample);
    PolicyImpact impact = PolicyComparison.compare(sample, inForce, HERTFORDSHIRE);
    assertEquals(sample.size(), impact.cases());
    String section = PolicyComparison.render(impact, "safelives");
    assertTrue(section.contains("Policy impact: hertfordshire-2014 against safelives, the same " + sample.size() + " cases"), section);
    assertTrue(section.contains("MARAC volume: " + impact.maracVolume(PolicyImpact.Side.IN_FORCE) + " -> "
        + impact.maracVolume(PolicyImpact.Side.CANDIDATE)), section);
    // the planning model's IDVAs for each volume read as a year's cases: 100 cases an IDVA, up to the half post
    assertTrue(section.contains("(100 cases per IDVA, SafeLives 2019): " + halfPosts(impact.maracVolume(PolicyImpact.Side.IN_FORCE))
        + " -> " + halfPosts(impact.maracVolume(PolicyImpact.Side.CANDIDATE)) + " FTE"), section);
    for (MaracRoute route : MaracRoute.values()) {
      long gained = impact.changed().stream().filter(c -> c.routesGained().contains(route)).count();
      long lost = impact.changed().stream().filter(c -> c.routesLost().contains(route)).count();
      if (gained + lost > 0) {
        assertTrue(section.contains(route.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ": " + gained
            + (gained == 1 ? " case newly meets it, " : " cases newly meet it, ") + lost + " no longer"), section);
      }
    }
    for (CaseImpact c : impact.changed().subList(0, Math.min(5, impact.changed().size()))) {
      assertTrue(section.contains(c.explain()), section);
    }
  }

  @Test
  void withConsentRecordedAMediumRiskMaracHearsCasesTheSafeLivesThresholdLeavesOut() {
    List<CaseImpact> pairs = new ArrayList<>();
    for (SyntheticCase c : Fixtures.sample()) {
      CaseHistory consenting = CaseHistory.builder().from(c.history(SyntheticCases.SCREENING_DATE)).consentToReferral(true).build();
      Assessment safelives = SAFELIVES.assess(c.responses());
      Assessment hertfordshire = HERTFORDSHIRE.assess(c.responses());
      pairs.add(new CaseImpact(c.caseId(), SAFELIVES.screenForMarac(consenting, safelives),
          HERTFORDSHIRE.screenForMarac(consenting, hertfordshire)));
    }
    PolicyImpact impact = PolicyImpact.of(pairs);
    long medium = impact.outcome(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC, PolicyImpact.Side.CANDIDATE);
    assertTrue(medium > 0, "the sample has Dash scores of 10 to 13");
    assertEquals(medium, impact.route(MaracRoute.MEDIUM_RISK_BAND, PolicyImpact.Side.CANDIDATE));
    assertEquals(0, impact.outcome(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC, PolicyImpact.Side.IN_FORCE), "SafeLives has no medium-risk MARAC");
    assertTrue(impact.maracVolume(PolicyImpact.Side.CANDIDATE) > impact.maracVolume(PolicyImpact.Side.IN_FORCE),
        "more cases heard: " + impact.maracVolume(PolicyImpact.Side.IN_FORCE) + " -> " + impact.maracVolume(PolicyImpact.Side.CANDIDATE));
    assertTrue(new java.math.BigDecimal(PolicyComparison.idvas(impact, PolicyImpact.Side.CANDIDATE))
        .compareTo(new java.math.BigDecimal(PolicyComparison.idvas(impact, PolicyImpact.Side.IN_FORCE))) >= 0,
        "the medium-risk MARAC needs no fewer IDVAs");
    assertEquals(0, impact.moved(MaracOutcome.REFER_TO_MARAC, MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC),
        "a case referred to the MARAC is not sent to the medium-risk one instead");
    long dropped = impact.moved(MaracOutcome.REFER_TO_MARAC, MaracOutcome.NO_REFERRAL);
    List<CaseImpact> droppedCases = impact.changed().stream()
        .filter(c -> c.inForce().outcome() == MaracOutcome.REFER_TO_MARAC && c.candidate().outcome() == MaracOutcome.NO_REFERRAL).toList();
    assertEquals(dropped, droppedCases.size());
    for (CaseImpact c : droppedCases) {
      assertEquals(java.util.Set.of(MaracRoute.REPEAT), c.inForce().firedRoutes(), c.explain() + ": referred by the repeat route alone");
      assertTrue(c.routesLost().contains(MaracRoute.REPEAT), c.explain());
    }
  }

  /** Cases over 100 an IDVA, rounded up to the next half post, worked by hand. */
  private static String halfPosts(long cases) {
    long halves = (cases + 49) / 50;
    return halves % 2 == 0 ? String.valueOf(halves / 2) + ".0" : (halves / 2) + ".5";
  }
}
