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

import java.time.LocalDate;
import java.util.List;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.model.Agency;
import org.safeguard.model.CompletenessRule;
import org.safeguard.model.IncidentType;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;
import org.safeguard.model.ThresholdPolicy;

/**
 * Four synthetic cases built to show MARAC rules the sample may not happen to contain: a
 * 17-year-old's two routes, a repeat found by the incident's date though the screen is late, a
 * police referral screened before any checklist, and a checklist too incomplete to give a level.
 * Each decision is the engine's, under the policy in force (the last under that policy with a
 * completeness rule added, as a county might write one); nothing here is a person.
 */
final class MaracRules {
  private MaracRules() {}

  /** The section, headed, one decision explained after another. */
  static String render(Safeguard safeguard, Instrument instrument, LocalDate on) {
    Responses.Builder sixteenYes = safeguard.responses(instrument.id());
    instrument.itemIds().stream().limit(16).forEach(sixteenYes::yes);
    MaracDecision seventeen = safeguard.screenForMarac(
        CaseHistory.builder().asOf(on).victimAge(17).build(), safeguard.assess(sixteenYes.build()));

    LocalDate referral = on.minusMonths(13);
    MaracDecision lateRepeat = safeguard.screenForMarac(CaseHistory.builder().asOf(on).victimAge(41)
        .addPreviousReferrals(referral)
        .addIncidents(Incident.of(referral.plusMonths(11), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE))
        .build(), safeguard.assess(safeguard.responses(instrument.id()).build()));

    MaracDecision noChecklist = safeguard.screenForMarac(CaseHistory.builder().asOf(on).victimAge(29)
        .addIncidents(Incident.of(on.minusMonths(1), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE),
            Incident.of(on.minusMonths(4), IncidentType.BREACH_OF_ORDER, Agency.POLICE),
            Incident.of(on.minusMonths(9), IncidentType.OTHER_ABUSE, Agency.HEALTH))
        .build());

    ThresholdPolicy inForce = safeguard.policy();
    ThresholdPolicy withRule = ThresholdPolicy.builder().from(inForce).id(inForce.id() + "-with-completeness").family(inForce.family())
        .completeness(List.of(CompletenessRule.builder().instrumentId(instrument.id()).minimumAnswered(MINIMUM_ANSWERED).build()))
        .build();
    Responses.Builder partial = safeguard.responses(instrument.id());
    instrument.itemIds().stream().limit(4).forEach(partial::yes);
    instrument.itemIds().stream().skip(4).limit(2).forEach(partial::no);
    instrument.itemIds().stream().skip(6).limit(3).forEach(partial::notKnown);
    Assessment incomplete = Assessment.of(partial.build(), withRule.bandsFor(instrument.id()).orElseThrow(), withRule);
    MaracDecision insufficient = safeguard.screenForMarac(CaseHistory.builder().asOf(on).victimAge(38).build(), incomplete);

    StringBuilder out = new StringBuilder("\nMARAC rules at work (four synthetic cases built to show them)\n");
    example(out, "A 17-year-old at visible high risk: MARAC and children's social care", seventeen);
    example(out, "An incident 11 months after the last referral, screened in month 13: still a repeat", lateRepeat);
    example(out, "A police referral with no checklist yet: screened on its incidents alone", noChecklist);
    out.append("A checklist with 6 of " + instrument.itemIds().size() + " items answered, under a policy that asks for "
        + MINIMUM_ANSWERED + ": insufficient information, not standard risk\n")
        .append("  Assessment: ").append(incomplete.explain()).append('\n');
    example(out, "", insufficient);
    return out.toString();
  }

  /** The completeness rule the last example adds to the policy in force: a local choice, for illustration. */
  private static final int MINIMUM_ANSWERED = 18;

  private static void example(StringBuilder out, String title, MaracDecision decision) {
    out.append(title.isEmpty() ? "" : title + "\n")
        .append("  Decision:   ").append(decision.explain().replace("\n", "\n            ")).append('\n');
  }
}
