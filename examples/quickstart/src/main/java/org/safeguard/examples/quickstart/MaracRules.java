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
import org.safeguard.core.Safeguard;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;

/**
 * Three synthetic cases built to show MARAC rules the sample may not happen to contain: a
 * 17-year-old's two routes, a repeat found by the incident's date though the screen is late, and a
 * police referral screened before any checklist. Each decision is the engine's, under the policy
 * in force; nothing here is a person.
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

    StringBuilder out = new StringBuilder("\nMARAC rules at work (three synthetic cases built to show them)\n");
    example(out, "A 17-year-old at visible high risk: MARAC and children's social care", seventeen);
    example(out, "An incident 11 months after the last referral, screened in month 13: still a repeat", lateRepeat);
    example(out, "A police referral with no checklist yet: screened on its incidents alone", noChecklist);
    return out.toString();
  }

  private static void example(StringBuilder out, String title, MaracDecision decision) {
    out.append(title).append('\n')
        .append("  Decision:   ").append(decision.explain().replace("\n", "\n            ")).append('\n');
  }
}
