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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safeguard.core.Safeguard;
import org.safeguard.core.marac.CaseImpact;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.PolicyImpact;
import org.safeguard.model.EnumCodes;
import org.safeguard.planning.RequiredIdvas;
import org.safeguard.planning.Rounding;

/**
 * What Hertfordshire's 2014 policy (IDVA service from 10, a medium-risk MARAC for 10 to 13 with
 * consent) would change for the sample against SafeLives': each case screened under both, as the
 * quickstart screens it, and the outcomes, MARAC volume and changed cases side by side.
 */
final class PolicyComparison {
  /** The candidate policy's id, from the policies plugin. */
  static final String CANDIDATE = "hertfordshire-2014";
  private static final RequiredIdvas IDVAS = RequiredIdvas.SAFELIVES_2019;

  private PolicyComparison() {}

  /** The impact over the sample: the decisions under the policy in force beside the candidate's. */
  static PolicyImpact compare(List<SyntheticCase> cases, List<ScreenedCase> inForce, Safeguard candidate) {
    List<ScreenedCase> under = Quickstart.screen(candidate, cases);
    List<CaseImpact> pairs = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      pairs.add(new CaseImpact(inForce.get(i).caseId(), inForce.get(i).decision(), under.get(i).decision()));
    }
    return PolicyImpact.of(pairs);
  }

  /**
   * The IDVA capacity a side's MARAC volume needs, from the planning model: the volume read as a
   * year's cases, rounded up to the half post as the SafeLives survey rounds an area's need.
   */
  static String idvas(PolicyImpact impact, PolicyImpact.Side side) {
    return IDVAS.forCases(BigDecimal.valueOf(impact.maracVolume(side)), Rounding.UP_TO_HALF).value().toPlainString();
  }

  /** The section of the summary. */
  static String render(PolicyImpact impact, String inForceId) {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder(nl).append("Policy impact: ").append(CANDIDATE).append(" against ").append(inForceId)
        .append(", the same ").append(impact.cases()).append(" cases screened under both").append(nl);
    for (MaracOutcome outcome : MaracOutcome.values()) {
      out.append(String.format(Locale.ROOT, "  %-34s %4d -> %4d%n", EnumCodes.of(outcome),
          impact.outcome(outcome, PolicyImpact.Side.IN_FORCE), impact.outcome(outcome, PolicyImpact.Side.CANDIDATE)));
    }
    out.append("  MARAC volume: ").append(impact.maracVolume(PolicyImpact.Side.IN_FORCE)).append(" -> ")
        .append(impact.maracVolume(PolicyImpact.Side.CANDIDATE)).append("; cases decided otherwise: ").append(impact.changed().size())
        .append(nl);
    out.append("  IDVAs for that volume as a year's cases (").append(IDVAS.casesPerIdva()).append(" cases per IDVA, SafeLives 2019): ")
        .append(idvas(impact, PolicyImpact.Side.IN_FORCE)).append(" -> ").append(idvas(impact, PolicyImpact.Side.CANDIDATE))
        .append(" FTE").append(nl);
    for (MaracRoute route : MaracRoute.values()) {
      int gained = impact.newlyMeeting(route).size();
      int lost = impact.noLongerMeeting(route).size();
      if (gained + lost > 0) {
        out.append("  ").append(EnumCodes.of(route)).append(": ").append(gained)
            .append(gained == 1 ? " case newly meets it, " : " cases newly meet it, ").append(lost).append(" no longer").append(nl);
      }
    }
    int shown = 0;
    for (CaseImpact c : impact.changed()) {
      if (shown++ == 5) {
        out.append("    ... and ").append(impact.changed().size() - 5).append(" more").append(nl);
        break;
      }
      out.append("    ").append(c.explain()).append(nl);
    }
    return out.toString();
  }
}
