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
package org.example.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;

/**
 * The engine finds both providers with ServiceLoader, as a case system would with the plugin jar on
 * its class path: nothing here constructs or registers them. The answers are synthetic.
 */
class CountyEngineTest {
  private final Safeguard safeguard = Safeguard.builder().thresholdPolicy("exampleshire-2025").build();

  @Test
  void theEngineFindsTheChecklistAndPutsTheCountyPolicyInForce() {
    assertTrue(safeguard.instruments().containsKey("exampleshire-checklist"));
    assertEquals("exampleshire-2025", safeguard.policy().id());
    assertEquals("2025.1", safeguard.policy().version());
  }

  @Test
  void sixYesAnswersAreHighRiskUnderTheCountyPolicy() {
    Responses answers = safeguard.responses("exampleshire-checklist")
        .yes("recent-incident", "fears-for-safety", "threats-made", "recent-separation", "financial-control", "isolation")
        .no("children-in-household", "previous-police-contact")
        .build();
    Assessment result = safeguard.assess(answers);
    assertEquals(6, result.score().value());
    assertEquals(RiskLevel.HIGH, result.level().orElseThrow());
    assertEquals("exampleshire-2025", result.policyId());
  }

  @Test
  void fourYesAnswersAreMediumAndThreeAreStandard() {
    Responses four = safeguard.responses("exampleshire-checklist")
        .yes("recent-incident", "fears-for-safety", "threats-made", "isolation")
        .build();
    assertEquals(RiskLevel.MEDIUM, safeguard.assess(four).level().orElseThrow());
    Responses three = safeguard.responses("exampleshire-checklist")
        .yes("recent-incident", "fears-for-safety", "threats-made")
        .build();
    assertEquals(RiskLevel.STANDARD, safeguard.assess(three).level().orElseThrow());
  }

  @Test
  void fourAnswersNotKnownAreInsufficientInformationSoOnlyJudgementSetsTheLevel() {
    Responses answers = safeguard.responses("exampleshire-checklist")
        .yes("threats-made")
        .notKnown("recent-incident", "recent-separation", "financial-control", "isolation")
        .build();
    assertFalse(safeguard.instrument("exampleshire-checklist").score(answers).valid());
    Assessment tooLittle = safeguard.assess(answers);
    assertTrue(tooLittle.level().isEmpty(), "not standard risk: too little is known for a level");
    assertTrue(tooLittle.explain().contains("insufficient information"), tooLittle.explain());
    Assessment judged = safeguard.raise(tooLittle, safeguard.judgement().level(org.safeguard.model.RiskLevel.MEDIUM)
        .assessorId("idva-3").rationale("too much not known to score").build());
    assertEquals(RiskLevel.MEDIUM, judged.level().orElseThrow());
  }

  @Test
  void itemLabelsComeFromThePluginsBundle() {
    assertEquals("Threats have been made", safeguard.itemLabels("exampleshire-checklist", Locale.UK).get("threats-made"));
  }
}
