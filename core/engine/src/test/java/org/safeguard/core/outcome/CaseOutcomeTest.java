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
package org.safeguard.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;

/** Per-case outcomes as the evaluation defines them (<i>Safety in Numbers</i>, CAADA, 2009, Figures 4 and 5). */
class CaseOutcomeTest {
  private static final AbuseProfile INTAKE = AbuseProfile.of(Map.of(
      AbuseType.PHYSICAL, Severity.HIGH, AbuseType.SEXUAL, Severity.MODERATE, AbuseType.HARASSMENT_AND_STALKING, Severity.HIGH));

  private static CaseOutcome reviewed(AbuseProfile atReview, RiskLevel level) {
    return CaseOutcome.builder().caseId("C-1").interventions(3).significantContacts(7)
        .abuseAtIntake(INTAKE).levelAtIntake(RiskLevel.HIGH).abuseAtReview(atReview).levelAtReview(level).build();
  }

  @Test
  void cessationAndSeverityArePerTypeFromIntakeToReview() {
    CaseOutcome c = reviewed(AbuseProfile.of(Map.of(AbuseType.HARASSMENT_AND_STALKING, Severity.MODERATE,
        AbuseType.SEXUAL, Severity.HIGH, AbuseType.JEALOUS_AND_CONTROLLING, Severity.MODERATE)), RiskLevel.MEDIUM);
    assertEquals(Optional.of(true), c.ceased(AbuseType.PHYSICAL));
    assertEquals(Optional.of(ChangeSinceIntake.STOPPED), c.severityChange(AbuseType.PHYSICAL));
    assertEquals(Optional.of(ChangeSinceIntake.LOWER), c.severityChange(AbuseType.HARASSMENT_AND_STALKING));
    assertEquals(Optional.of(ChangeSinceIntake.HIGHER), c.severityChange(AbuseType.SEXUAL));
    assertEquals(Optional.of(ChangeSinceIntake.STARTED), c.severityChange(AbuseType.JEALOUS_AND_CONTROLLING));
    assertEquals(Optional.empty(), c.ceased(AbuseType.JEALOUS_AND_CONTROLLING), "not present at intake: nothing to stop");
    assertEquals(Optional.of(false), c.totalCessation());
    assertEquals(Optional.of(ChangeSinceIntake.LOWER), c.riskLevelChange());
  }

  @Test
  void allAbuseStoppingIsTotalCessation() {
    CaseOutcome c = reviewed(AbuseProfile.none(), RiskLevel.HIGH);
    assertEquals(Optional.of(true), c.totalCessation());
    assertEquals(Optional.of(ChangeSinceIntake.SAME), c.riskLevelChange());
  }

  /**
   * "57% of all victims experiencing a complete or near cessation" (<i>Safety in Numbers</i>, CAADA,
   * 2009, summary): the source gives no definition of "near"; the library reads it as what remains
   * being at standard severity, lower than at intake, with nothing new.
   */
  @Test
  void nearCessationIsWhatRemainsFallenToStandardWithNothingNew() {
    CaseOutcome fell = reviewed(AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.STANDARD, AbuseType.SEXUAL, Severity.STANDARD)),
        RiskLevel.MEDIUM);
    assertEquals(Optional.of(true), fell.completeOrNearCessation());
    assertEquals(Optional.of(false), fell.totalCessation());
    assertEquals(Optional.of(true), reviewed(AbuseProfile.none(), RiskLevel.STANDARD).completeOrNearCessation(), "total is complete");
    assertEquals(Optional.of(false), reviewed(AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.MODERATE)), RiskLevel.MEDIUM)
        .completeOrNearCessation(), "high to moderate is lower, not near cessation");
    assertEquals(Optional.of(false), reviewed(AbuseProfile.of(Map.of(AbuseType.JEALOUS_AND_CONTROLLING, Severity.STANDARD)),
        RiskLevel.MEDIUM).completeOrNearCessation(), "a type that started, even at standard");
    AbuseProfile standardAtIntake = AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.STANDARD));
    CaseOutcome unchanged = CaseOutcome.builder().caseId("C-3").interventions(1).significantContacts(1)
        .abuseAtIntake(standardAtIntake).levelAtIntake(RiskLevel.MEDIUM).abuseAtReview(standardAtIntake).levelAtReview(RiskLevel.MEDIUM)
        .build();
    assertEquals(Optional.of(false), unchanged.completeOrNearCessation(), "standard that stays standard has not fallen");
    CaseOutcome notRecorded = reviewed(AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.STANDARD), java.util.Set.of(AbuseType.SEXUAL)),
        RiskLevel.MEDIUM);
    assertEquals(Optional.empty(), notRecorded.completeOrNearCessation(), "a type at intake not recorded at review is not known");
    CaseOutcome notRecordedAndWorse = reviewed(AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.HIGH), java.util.Set.of(AbuseType.SEXUAL)),
        RiskLevel.HIGH);
    assertEquals(Optional.of(false), notRecordedAndWorse.completeOrNearCessation(), "one type going on at high decides it");
  }

  @Test
  void withoutAReviewEveryOutcomeIsMissingNeverNoChange() {
    CaseOutcome c = CaseOutcome.builder().caseId("C-2").interventions(0).significantContacts(0)
        .abuseAtIntake(INTAKE).levelAtIntake(RiskLevel.HIGH).build();
    assertEquals(Optional.empty(), c.totalCessation());
    assertEquals(Optional.empty(), c.severityChange(AbuseType.PHYSICAL));
    assertEquals(Optional.empty(), c.riskLevelChange());
    assertEquals(OutcomeAnswer.NOT_RECORDED, c.answer(OutcomeQuestion.FEELS_SAFER));
  }

  @Test
  void aReviewNeedsBothAbuseAndLevelAndCountsCannotBeNegative() {
    assertThrows(InvalidInputException.class, () -> CaseOutcome.builder().caseId("C-3").interventions(0).significantContacts(0)
        .abuseAtIntake(INTAKE).levelAtIntake(RiskLevel.HIGH).abuseAtReview(AbuseProfile.none()).build());
    assertEquals("interventions", assertThrows(InvalidInputException.class, () -> CaseOutcome.builder().caseId("C-4")
        .interventions(-1).significantContacts(0).abuseAtIntake(INTAKE).levelAtIntake(RiskLevel.HIGH).build()).field());
  }

  @Test
  void aRateCarriesItsMissingCasesAndNeverExceedsItsDenominator() {
    Rate r = Rate.of(3, 4, 2, "no review");
    assertEquals("75% (3/4; 2 missing: no review)", r.toString());
    assertEquals("", Rate.of(1, 2, 0, "ignored").missingReason());
    assertThrows(InvalidInputException.class, () -> Rate.of(5, 4, 0, ""));
  }
}
