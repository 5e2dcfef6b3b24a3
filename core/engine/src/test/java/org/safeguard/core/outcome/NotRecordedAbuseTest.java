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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;

/**
 * Not known is not "no": an abuse type a review did not record has neither ceased nor gone on, so
 * it is missing from cessation by type and, when no other abuse is found, from total cessation
 * (<i>Safety in Numbers</i>, CAADA, 2009, counts cessation over the reviewed cases, T2). Four cases:
 *
 * <pre>
 * case intake               review
 * c1   physical, stalking   nothing found; stalking not recorded   -> total not known; physical ceased
 * c2   physical             physical present; stalking not recorded -> total not ceased (known)
 * c3   physical             nothing found, everything recorded      -> total ceased
 * c4   stalking             sexual not recorded only                -> total ceased (stalking recorded absent)
 * </pre>
 */
class NotRecordedAbuseTest {
  private static final Map<AbuseType, Severity> PHYSICAL = Map.of(AbuseType.PHYSICAL, Severity.MODERATE);

  private static CaseOutcome outcome(String id, Map<AbuseType, Severity> atIntake, AbuseProfile atReview) {
    return CaseOutcome.builder().caseId(id).interventions(0).significantContacts(0).abuseAtIntake(AbuseProfile.of(atIntake))
        .levelAtIntake(RiskLevel.HIGH).abuseAtReview(atReview).levelAtReview(RiskLevel.MEDIUM).build();
  }

  private static final List<CaseOutcome> COHORT = List.of(
      outcome("c1", Map.of(AbuseType.PHYSICAL, Severity.HIGH, AbuseType.HARASSMENT_AND_STALKING, Severity.MODERATE),
          AbuseProfile.of(Map.of(), Set.of(AbuseType.HARASSMENT_AND_STALKING))),
      outcome("c2", PHYSICAL, AbuseProfile.of(PHYSICAL, Set.of(AbuseType.HARASSMENT_AND_STALKING))),
      outcome("c3", PHYSICAL, AbuseProfile.none()),
      outcome("c4", Map.of(AbuseType.HARASSMENT_AND_STALKING, Severity.STANDARD), AbuseProfile.of(Map.of(), Set.of(AbuseType.SEXUAL))));

  @Test
  void aTypeNotRecordedAtReviewHasNeitherCeasedNorGoneOn() {
    CaseOutcome c1 = COHORT.get(0);
    assertEquals(Optional.empty(), c1.ceased(AbuseType.HARASSMENT_AND_STALKING));
    assertEquals(Optional.of(true), c1.ceased(AbuseType.PHYSICAL));
    assertEquals(Optional.empty(), c1.totalCessation(), "stalking may go on");
    assertEquals(Optional.empty(), c1.severityChange(AbuseType.HARASSMENT_AND_STALKING));
    assertEquals(Optional.of(false), COHORT.get(1).totalCessation(), "physical went on, whatever stalking did");
    assertEquals(Optional.of(true), COHORT.get(2).totalCessation());
    assertEquals(Optional.of(true), COHORT.get(3).totalCessation(), "the type not recorded was not there at intake");
    assertFalse(c1.abuseAtReview().orElseThrow().isRecorded(AbuseType.HARASSMENT_AND_STALKING));
    assertTrue(c1.abuseAtReview().orElseThrow().isRecorded(AbuseType.PHYSICAL));
  }

  @Test
  void theReportCountsThemMissingWithTheirOwnReason() {
    CohortReport report = CohortTally.create().addAll(COHORT).report();
    assertEquals(Rate.of(2, 3, 1, "abuse not recorded at review"), report.overall(OutcomeMeasure.TOTAL_CESSATION));
    assertEquals(Rate.of(1, 1, 1, "not recorded at review"), report.cessation(AbuseType.HARASSMENT_AND_STALKING), "c4 ceased; c1 not known");
    assertEquals(Rate.of(2, 3, 0, ""), report.cessation(AbuseType.PHYSICAL));
    PackedCohort packed = PackedCohort.of(COHORT);
    assertEquals(report, packed.report());
    assertEquals(report, packed.reportInParallel(ReportParameters.defaults()));
    assertEquals(COHORT.get(0).abuseAtReview(), packed.abuseAtReview(0));
    assertEquals(COHORT.get(1).abuseAtReview(), packed.abuseAtReview(1));
  }

  @Test
  void aTypeIsPresentOrNotRecordedNotBothAndIntakeRecordsEveryType() {
    assertEquals("notRecorded", assertThrows(InvalidInputException.class, () -> AbuseProfile.of(PHYSICAL, Set.of(AbuseType.PHYSICAL)))
        .field());
    InvalidInputException intake = assertThrows(InvalidInputException.class, () -> CaseOutcome.builder().caseId("c").interventions(0)
        .significantContacts(0).abuseAtIntake(AbuseProfile.of(PHYSICAL, Set.of(AbuseType.SEXUAL))).levelAtIntake(RiskLevel.HIGH).build());
    assertEquals("abuseAtIntake.notRecorded", intake.field());
  }
}
