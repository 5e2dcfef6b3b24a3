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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.LoadingMode;
import org.safeguard.core.PerpetratorWork;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.assessment.ProfessionalJudgement;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.perpetrator.ContactAttempt;
import org.safeguard.core.perpetrator.ContactSafety;
import org.safeguard.core.perpetrator.EngagementLevel;
import org.safeguard.core.perpetrator.LivingArrangement;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.Relationship;
import org.safeguard.core.perpetrator.VictimLink;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

/** The README's embedding example, line for line, so the README cannot drift from the API. */
class ReadmeExampleTest {
  @Test
  void theReadmeEmbeddingExampleRunsAndSaysWhatTheReadmeSays() {
    Safeguard safeguard = Safeguard.builder()
        .thresholdPolicy("safelives")
        .loading(LoadingMode.STRICT)
        .build();

    Responses answers = safeguard.responses("safelives-dash-ric")
        .yes("threats-to-kill", "strangulation", "separation")
        .notKnown("criminal-history")
        .source("criminal-history", Agency.POLICE)
        .build();

    Assessment result = safeguard.assess(answers);
    assertEquals(RiskLevel.STANDARD, result.level().orElseThrow());
    assertTrue(result.explain().contains("safelives 2009"), result.explain());

    Assessment judged = safeguard.raise(result, safeguard.judgement()
        .level(RiskLevel.HIGH)
        .assessorId("idva-07")
        .rationale("in the practitioner's words; never logged")
        .addReasons(JudgementReason.THREATS_TO_KILL)
        .build());

    CaseHistory history = CaseHistory.builder()
        .asOf(LocalDate.of(2026, 11, 1))
        .victimAge(34)
        .addIncidents(Incident.of(LocalDate.of(2026, 9, 2), IncidentType.VIOLENCE_OR_THREATS, Agency.POLICE))
        .addPreviousReferrals(LocalDate.of(2026, 2, 10))
        .build();
    MaracDecision decision = safeguard.screenForMarac(history, judged);
    assertEquals(Set.of(MaracRoute.PROFESSIONAL_JUDGEMENT, MaracRoute.REPEAT), decision.firedRoutes());
  }

  /** The README's perpetrator casework example, line for line, ending where the README's rules say it does. */
  @Test
  void theReadmePerpetratorExampleRunsAndEndsEngaged() {
    Safeguard safeguard = Safeguard.builder().build();
    LocalDate referredOn = LocalDate.of(2026, 10, 5);

    PerpetratorWork work = safeguard.perpetratorWork();
    PerpetratorCase c = work.refer("P-0042",                    // from the MARAC that heard the primary victim's case
        VictimLink.primary("V-0913", Relationship.EX_PARTNER, LivingArrangement.LIVING_APART, referredOn)).perpetratorCase();
    c = work.allocate(c, "cm-07", referredOn.plusDays(3)).perpetratorCase();
    c = work.judgeContactSafety(c, ContactSafety.judgedSafe(referredOn.plusDays(10))).perpetratorCase();  // background research first
    c = work.attemptContact(c, ContactAttempt.succeeded(referredOn.plusDays(12))).perpetratorCase();
    c = work.recordEngagement(c, referredOn.plusDays(40), EngagementLevel.PARTIALLY_ENGAGED).perpetratorCase();

    assertEquals(List.of(VictimLink.primary("V-0913", Relationship.EX_PARTNER, LivingArrangement.LIVING_APART, referredOn)),
        c.victims());
    assertTrue(c.victims().get(0).primary(), "the referral's victim is the primary one");
    assertEquals(EngagementLevel.PARTIALLY_ENGAGED, c.engagementOn(referredOn.plusDays(40)));
    assertEquals(5, c.revision(), "one revision a command");
  }

  /** The README's example of a decision that refers no one is what the screen says of such a case. */
  @Test
  void theReadmeNonReferralExplanationIsTheScreensOwn() throws java.io.IOException {
    Safeguard safeguard = Safeguard.builder().thresholdPolicy("safelives").build();
    Responses.Builder five = safeguard.responses("safelives-dash-ric");
    safeguard.instruments().get("safelives-dash-ric").itemIds().stream().limit(5).forEach(five::yes);
    CaseHistory history = CaseHistory.builder()
        .asOf(LocalDate.of(2026, 11, 1))
        .victimAge(34)
        .addPreviousReferrals(LocalDate.of(2025, 1, 10))
        .addIncidents(Incident.of(LocalDate.of(2026, 10, 1), IncidentType.OTHER_ABUSE, Agency.HEALTH),
            Incident.of(LocalDate.of(2026, 9, 1), IncidentType.BREACH_OF_ORDER, Agency.POLICE))
        .build();
    String explained = safeguard.screenForMarac(history, safeguard.assess(five.build())).explain();
    assertTrue(readme().contains("\n" + explained + "\n```\n"), explained);
  }

  /**
   * The README's four readings of {@code explain()}: a level under a county's bands, a score below
   * SafeLives' visible high-risk threshold, a checklist short of a completeness rule, and the same
   * with judgement setting a level.
   */
  @Test
  void theReadmeExplanationsOfLevelsThresholdAndInsufficientInformationAreTheEnginesOwn() throws java.io.IOException {
    Safeguard safelives = Safeguard.builder().thresholdPolicy("safelives").build();
    Safeguard county = Safeguard.builder().thresholdPolicy(PolicyFiles.fromPropertiesText("id=county\nversion=1\n"
        + "bands.safelives-dash-ric.standard=0-5\nbands.safelives-dash-ric.medium=6-13\nbands.safelives-dash-ric.high=14+\n"
        + "completeness.safelives-dash-ric.minimum-answered=18\n", "county.properties")).build();
    List<String> items = safelives.instruments().get("safelives-dash-ric").itemIds();
    Responses.Builder nine = safelives.responses("safelives-dash-ric");
    items.subList(0, 9).forEach(nine::yes);
    items.subList(9, 21).forEach(nine::no);
    nine.notKnown(items.get(21));
    Responses.Builder four = safelives.responses("safelives-dash-ric");
    items.subList(0, 4).forEach(four::yes);
    items.subList(4, 6).forEach(four::no);
    items.subList(6, 9).forEach(four::notKnown);
    Assessment incomplete = county.assess(four.build());
    Assessment judged = county.raise(incomplete, ProfessionalJudgement.builder().level(RiskLevel.MEDIUM).assessorId("idva-07")
        .rationale("in the practitioner's words").addReasons(JudgementReason.STALKING).at(Instant.parse("2026-11-02T10:15:30Z")).build());
    String block = String.join("\n", county.assess(nine.build()).explain(), safelives.assess(nine.build()).explain(),
        incomplete.explain(), judged.explain());
    assertTrue(readme().contains("```\n" + block + "\n```\n"), block);
  }

  private static String readme() throws java.io.IOException {
    java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
    while (!java.nio.file.Files.exists(here.resolve("README.md")) || !java.nio.file.Files.exists(here.resolve("mvnw"))) {
      here = here.getParent();
    }
    return java.nio.file.Files.readString(here.resolve("README.md"));
  }

  /** The README's export example, with a stream in memory for the file. */
  @Test
  void theReadmeExportExampleWritesACaseAndItsDecisionForAMarac() throws Exception {
    Safeguard safeguard = Safeguard.builder().thresholdPolicy("safelives").loading(LoadingMode.STRICT).build();
    LocalDate today = LocalDate.of(2026, 11, 2);
    Responses answers = safeguard.responses("safelives-dash-ric").yes("fears-further-harm", "isolation",
        "depression-or-suicidal-thoughts", "separation", "child-contact-conflict", "stalking-or-harassment", "abuse-more-often",
        "abuse-getting-worse", "control-or-jealousy", "weapons-or-objects", "threats-to-kill", "strangulation", "sexual-abuse",
        "criminal-history").build();
    org.safeguard.core.casework.CaseFile file = safeguard.casework().open("C-1", today, 30, org.safeguard.core.casework.Measures.builder()
        .on(today).assessment(safeguard.assess(answers)).abuse(org.safeguard.core.outcome.AbuseProfile.none()).build()).caseFile();

    org.safeguard.core.casework.MaracScreening screened = safeguard.casework().screenForMarac(file, today);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (org.safeguard.core.export.ExportSession export = safeguard.export("ndjson", org.safeguard.core.export.ExportProfile.marac(), out)) {
      export.write(screened.caseFile());
      export.write(file.caseId(), screened.decision());
    }

    List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertEquals(4, lines.size(), "a header, the case, the decision and the closing line");
    assertEquals("{\"end\":\"safeguard-export\",\"records\":2}", lines.get(3));
    assertTrue(lines.get(0).contains("\"purpose\":\"marac\""), lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"record\":\"case\",\"caseId\":\"C-1\""), lines.get(1));
    assertTrue(lines.get(2).contains("\"outcome\":\"refer-to-marac\""), lines.get(2));
  }
}
