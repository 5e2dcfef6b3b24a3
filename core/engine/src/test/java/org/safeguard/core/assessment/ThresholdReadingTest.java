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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Band;
import org.safeguard.model.BandTable;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;

/**
 * A policy whose bands mark one threshold, as SafeLives' marks visible high risk at 14 or more yes
 * answers and sets no standard or medium band (SafeLives, <i>Marac referral criteria and form</i>):
 * a lower score is below the threshold, with professional judgement still to apply, and is counted
 * as standard without being presented as a finding of standard risk.
 */
class ThresholdReadingTest {
  static final BandTable THRESHOLD = BandTable.of("checklist", List.of(Band.of(RiskLevel.STANDARD, 0, 13), Band.from(RiskLevel.HIGH, 14)));
  static final ThresholdPolicy THRESHOLD_ONLY = ThresholdPolicy.builder().id("threshold").version("1").putBands("checklist", THRESHOLD)
      .highRiskThresholdOnly(true).build();
  static final ThresholdPolicy LEVELS = ThresholdPolicy.builder().from(THRESHOLD_ONLY).id("levels").highRiskThresholdOnly(false).build();

  @Test
  void aScoreBelowTheThresholdReadsAsBelowItAndIsCountedAsStandard() {
    Assessment below = Assessment.of(AssessmentRulesTest.yesTo(13), THRESHOLD, THRESHOLD_ONLY);
    assertTrue(below.belowHighRiskThreshold());
    assertEquals(RiskLevel.STANDARD, below.level().orElseThrow());
    assertEquals("Score 13 on checklist 1 (13 yes, 0 no, 0 not known, 3 not asked) is in band standard 0-13 of policy threshold 1:"
        + " below the visible high-risk threshold, not a finding of standard risk; professional judgement applies"
        + " (counted as STANDARD).", below.explain());
    Assessment at = Assessment.of(AssessmentRulesTest.yesTo(14), THRESHOLD, THRESHOLD_ONLY);
    assertFalse(at.belowHighRiskThreshold());
    assertTrue(at.explain().endsWith("is in band high 14+ of policy threshold 1: computed level HIGH."), at.explain());
    Assessment levels = Assessment.of(AssessmentRulesTest.yesTo(13), THRESHOLD, LEVELS);
    assertFalse(levels.belowHighRiskThreshold());
    assertTrue(levels.explain().endsWith("is in band standard 0-13 of policy levels 1: computed level STANDARD."), levels.explain());
  }

  @Test
  void judgementRaisesABelowThresholdScoreAsAnyOther() {
    Assessment raised = Assessment.of(AssessmentRulesTest.yesTo(9), THRESHOLD, THRESHOLD_ONLY)
        .raisedBy(AssessmentRulesTest.judged(RiskLevel.HIGH));
    assertTrue(raised.overridden());
    assertTrue(raised.belowHighRiskThreshold(), "the computed finding stays below the threshold");
    assertTrue(raised.explain().contains("(counted as STANDARD). Raised to HIGH by professional judgement"), raised.explain());
  }

  @Test
  void whatABandMeansIsKeptWhenRebuiltAndTellsAssessmentsApart() {
    Assessment below = Assessment.of(AssessmentRulesTest.yesTo(13), THRESHOLD, THRESHOLD_ONLY);
    Assessment rebuilt = Assessment.builder().from(below).build();
    assertEquals(below, rebuilt);
    assertEquals(below.hashCode(), rebuilt.hashCode());
    assertEquals(below.explain(), rebuilt.explain());
    Assessment asLevels = Assessment.builder().from(below).highRiskThresholdOnly(false).build();
    assertNotEquals(below, asLevels);
    assertFalse(asLevels.belowHighRiskThreshold());
    assertTrue(asLevels.toString().contains("belowHighRiskThreshold=false"), asLevels.toString());
    assertTrue(below.toString().contains("belowHighRiskThreshold=true"), below.toString());
  }

  @Test
  void aRebuiltReasonIsOneLineWithoutLineOrParagraphSeparators() {
    Assessment incomplete = Assessment.of(CompletenessTest.answers(3, 2, 1), AssessmentRulesTest.BANDS, CompletenessTest.AT_LEAST_SIX);
    for (String bad : List.of("a\u2028b", "a\u2029b", "tab\there", "\u0000")) {
      assertThrows(InvalidInputException.class, () -> Assessment.builder().from(incomplete).insufficientInformation(bad).build(), bad);
    }
    assertTrue(incomplete.toString().contains("insufficientInformation=Optional[5 items answered, the policy asks for at least 6]"),
        incomplete.toString());
  }

  @Test
  void theMaracScreenSaysAScoreIsBelowTheThresholdUnderSuchAPolicy() {
    Safeguard engine = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider())
        .thresholdPolicy(PolicyFiles.fromPropertiesText("id=threshold\nversion=1\nbands.read-as=high-risk-threshold\n"
            + "bands.test-checklist.standard=0-13\nbands.test-checklist.high=14+\n", "threshold.properties"))
        .build();
    String explained = engine.screenForMarac(CaseHistory.builder().asOf(LocalDate.of(2026, 11, 1)).victimAge(30).build(),
        Fixtures.scoring(engine, 5)).explain();
    assertTrue(explained.contains("not VISIBLE_HIGH_RISK: score 5 on test-checklist is below the visible high-risk threshold of policy"
        + " threshold (band standard 0-13)"), explained);
  }
}
