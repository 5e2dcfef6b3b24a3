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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;

/** The packed cohort: what it keeps of a case, how it is filled, and that every path reports alike. */
class PackedCohortTest {
  private static final int PHYSICAL = PackedCohort.bit(AbuseType.PHYSICAL);
  private static final int STALKING = PackedCohort.bit(AbuseType.HARASSMENT_AND_STALKING);

  private static CaseOutcome outcome(String id, OutcomePoint point) {
    return CaseOutcome.builder().caseId(id).interventions(2).significantContacts(3).abuseAtIntake(AbuseProfile.none())
        .levelAtIntake(RiskLevel.HIGH).outcomePoint(point).build();
  }

  /**
   * A report states when T2 was read and counts only outcomes read then: Safety in Numbers' point
   * (closure or four months, whichever came first) and the Insights exit point give different rates
   * for the same cases, so they never mix in one report.
   */
  @Test
  void aReportCountsOnlyOutcomesReadAtItsOwnT2() {
    ReportParameters exit = ReportParameters.defaults().withOutcomePoint(OutcomePoint.CASE_CLOSURE);
    CaseOutcome atExit = outcome("C-1", OutcomePoint.CASE_CLOSURE);
    CaseOutcome atFourMonths = outcome("C-2", OutcomePoint.CLOSURE_OR_FOUR_MONTHS);

    CohortTally tally = CohortTally.create(exit).add(atExit);
    InvalidInputException mixed = assertThrows(InvalidInputException.class, () -> tally.add(atFourMonths));
    assertEquals("outcome.outcomePoint", mixed.field());
    assertEquals(1, tally.cases(), "the refused outcome is not counted");
    assertThrows(InvalidInputException.class, () -> CohortTally.create().add(atExit));
    assertTrue(tally.report().toTable().contains("\nT2 read at case closure (the Insights exit point)\n"), tally.report().toTable());
    assertTrue(CohortTally.create().report().toTable().contains("\nT2 read at case closure or after four months of engagement,"
        + " whichever came first (Safety in Numbers)\n"));

    PackedCohort packed = PackedCohort.of(List.of(atExit, outcome("C-3", OutcomePoint.CASE_CLOSURE)));
    assertEquals(OutcomePoint.CASE_CLOSURE, packed.outcomePoint());
    assertEquals(2, packed.report(exit).cases());
    assertEquals(tally.add(outcome("C-3", OutcomePoint.CASE_CLOSURE)).report(), packed.report(exit));
    assertEquals("outcome.outcomePoint", assertThrows(InvalidInputException.class, () -> packed.report()).field());
    assertThrows(InvalidInputException.class, () -> packed.reportInParallel(ReportParameters.defaults()));
    assertThrows(InvalidInputException.class, () -> packed.tally(0, 1, ReportParameters.defaults()));

    PackedCohort.Builder builder = PackedCohort.builder().add(atExit);
    assertEquals("outcome.outcomePoint", assertThrows(InvalidInputException.class, () -> builder.add(atFourMonths)).field());
    assertEquals(1, builder.size(), "the refused outcome is not packed");
    assertThrows(InvalidInputException.class, () -> builder.outcomePoint(OutcomePoint.CLOSURE_OR_FOUR_MONTHS));
    assertEquals(OutcomePoint.CASE_CLOSURE, builder.outcomePoint(OutcomePoint.CASE_CLOSURE).build().outcomePoint());

    PackedCohort byField = PackedCohort.builder().outcomePoint(OutcomePoint.CASE_CLOSURE).interventions(1)
        .intake(PHYSICAL, 0, RiskLevel.MEDIUM).endCase().add(atExit).build();
    assertEquals(OutcomePoint.CASE_CLOSURE, byField.outcomePoint());
    PackedCohort.Builder unnamed = PackedCohort.builder().interventions(1).intake(PHYSICAL, 0, RiskLevel.MEDIUM).endCase();
    assertThrows(InvalidInputException.class, () -> unnamed.add(atExit), "cases written field by field with no point are read at the default");
    assertEquals(OutcomePoint.CLOSURE_OR_FOUR_MONTHS, unnamed.add(atFourMonths).build().outcomePoint());
    assertEquals(OutcomePoint.CLOSURE_OR_FOUR_MONTHS, PackedCohort.builder().build().outcomePoint());
  }

  @Test
  void aCaseWrittenFieldByFieldReadsBackAsWritten() {
    PackedCohort cohort = PackedCohort.builder()
        .interventions(4).significantContacts(7)
        .intake(PHYSICAL | STALKING, STALKING, RiskLevel.HIGH)
        .review(STALKING, 0, RiskLevel.MEDIUM)
        .answer(OutcomeQuestion.FEELS_SAFER, OutcomeAnswer.YES)
        .answer(OutcomeQuestion.RISK_REDUCED, OutcomeAnswer.NO)
        .endCase()
        .interventions(1).intake(PHYSICAL, 0, RiskLevel.MEDIUM).answer(OutcomeQuestion.FEELS_SAFER, OutcomeAnswer.YES).endCase()
        .build();
    assertEquals(2, cohort.size());
    assertEquals(4, cohort.interventions(0));
    assertEquals(7, cohort.significantContacts(0));
    assertEquals(PHYSICAL | STALKING, cohort.typesAtIntake(0));
    assertEquals(STALKING, cohort.severeAtIntake(0));
    assertEquals(STALKING, cohort.typesAtReview(0));
    assertEquals(0, cohort.severeAtReview(0));
    assertEquals(RiskLevel.HIGH, cohort.levelAtIntake(0));
    assertEquals(Optional.of(RiskLevel.MEDIUM), cohort.levelAtReview(0));
    assertEquals(OutcomeAnswer.YES, cohort.answer(0, OutcomeQuestion.FEELS_SAFER));
    assertEquals(OutcomeAnswer.NO, cohort.answer(0, OutcomeQuestion.RISK_REDUCED));
    assertEquals(OutcomeAnswer.NOT_RECORDED, cohort.answer(0, OutcomeQuestion.COPING_IMPROVED));
    // the second case has no review, so its answer is not kept
    assertEquals(false, cohort.reviewed(1));
    assertEquals(Optional.empty(), cohort.levelAtReview(1));
    assertEquals(OutcomeAnswer.NOT_RECORDED, cohort.answer(1, OutcomeQuestion.FEELS_SAFER));
    assertEquals(0, cohort.significantContacts(1));
  }

  @Test
  void aCaseOutcomeAndTheSameCaseWrittenFieldByFieldPackAlike() {
    CaseOutcome outcome = CaseOutcome.builder().caseId("c").interventions(3).significantContacts(9)
        .abuseAtIntake(AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.HIGH)))
        .levelAtIntake(RiskLevel.HIGH)
        .abuseAtReview(AbuseProfile.none()).levelAtReview(RiskLevel.STANDARD)
        .answers(Map.of(OutcomeQuestion.COPING_IMPROVED, OutcomeAnswer.YES))
        .build();
    PackedCohort fromObject = PackedCohort.of(List.of(outcome));
    PackedCohort byField = PackedCohort.builder().interventions(3).significantContacts(9).intake(PHYSICAL, PHYSICAL, RiskLevel.HIGH)
        .review(0, 0, RiskLevel.STANDARD).answer(OutcomeQuestion.COPING_IMPROVED, OutcomeAnswer.YES).endCase().build();
    assertEquals(fromObject.report(), byField.report());
    assertEquals(CohortTally.create().add(outcome).report(), byField.report());
  }

  @Test
  void severitiesKeepTheStandardLevelThatTwoLevelMasksCannotSay() {
    assertEquals(0b01, PackedCohort.severityBits(AbuseType.PHYSICAL, Severity.STANDARD));
    assertEquals(0b11 << 2, PackedCohort.severityBits(AbuseType.SEXUAL, Severity.HIGH));
    int intake = PackedCohort.severityBits(AbuseType.PHYSICAL, Severity.MODERATE) | PackedCohort.severityBits(AbuseType.SEXUAL, Severity.HIGH);
    int review = PackedCohort.severityBits(AbuseType.PHYSICAL, Severity.STANDARD);
    // a second case after it, with no review: nothing of the first case's severities carries over
    PackedCohort cohort = PackedCohort.builder().intakeSeverities(intake, RiskLevel.HIGH).reviewSeverities(review, RiskLevel.MEDIUM)
        .endCase().intakeSeverities(review, RiskLevel.STANDARD).endCase().build();
    assertEquals(intake, cohort.severitiesAtIntake(0));
    assertEquals(review, cohort.severitiesAtReview(0));
    assertEquals(review, cohort.severitiesAtIntake(1));
    assertEquals(0, cohort.severitiesAtReview(1));
    assertEquals(Optional.empty(), cohort.abuseAtReview(1));
    assertEquals(AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.STANDARD)), cohort.abuseAtIntake(1));
    assertEquals(AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.MODERATE, AbuseType.SEXUAL, Severity.HIGH)), cohort.abuseAtIntake(0));
    assertEquals(Optional.of(AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.STANDARD))), cohort.abuseAtReview(0));
    assertEquals(PHYSICAL | 1 << AbuseType.SEXUAL.ordinal(), cohort.typesAtIntake(0));
    assertEquals(1 << AbuseType.SEXUAL.ordinal(), cohort.severeAtIntake(0));
    // moderate physical abuse fallen to standard, sexual abuse stopped: near, not total, cessation
    CohortReport report = PackedCohort.builder().intakeSeverities(intake, RiskLevel.HIGH).reviewSeverities(review, RiskLevel.MEDIUM)
        .endCase().build().report();
    assertEquals(1, report.overall(OutcomeMeasure.COMPLETE_OR_NEAR_CESSATION).numerator());
    assertEquals(0, report.overall(OutcomeMeasure.TOTAL_CESSATION).numerator());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> PackedCohort.builder().intakeSeverities(1 << 2 * AbuseType.values().length, RiskLevel.HIGH));
    assertEquals("intake.severities", e.field());
    assertEquals("review.severities", assertThrows(InvalidInputException.class,
        () -> PackedCohort.builder().reviewSeverities(-1, RiskLevel.HIGH)).field());
  }

  @Test
  void countsBeyondWhatAPackedCaseHoldsAreHeldAtTheCap() {
    PackedCohort cohort = PackedCohort.builder().interventions(1_000_000).significantContacts(70_000).endCase().build();
    assertEquals(ReportParameters.MAX_COUNT, cohort.interventions(0));
    assertEquals(ReportParameters.MAX_COUNT, cohort.significantContacts(0));
    assertEquals(1, cohort.report().casesInBand(3));
    assertEquals(1, cohort.report().intensiveCases());
  }

  @Test
  void badRowsAreRefusedNamingTheField() {
    PackedCohort.Builder b = PackedCohort.builder();
    assertEquals("interventions", assertThrows(InvalidInputException.class, () -> b.interventions(-1)).field());
    assertEquals("significantContacts", assertThrows(InvalidInputException.class, () -> b.significantContacts(-2)).field());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.intake(16, 0, RiskLevel.HIGH));
    assertEquals("intake.types", e.field());
    assertEquals("10000", e.value());
    e = assertThrows(InvalidInputException.class, () -> b.review(PHYSICAL, STALKING, RiskLevel.HIGH));
    assertEquals("review.severe", e.field());
    b.interventions(2);
    assertEquals("case", assertThrows(InvalidInputException.class, b::build).field());
    b.endCase();
    assertEquals(1, b.build().size());
    assertEquals("builder", assertThrows(InvalidInputException.class, b::endCase).field());
  }

  @Test
  void aRangeOutsideTheCohortIsRefused() {
    PackedCohort.Builder b = PackedCohort.builder();
    for (int i = 0; i < 10; i++) {
      b.interventions(i).intake(PHYSICAL, 0, RiskLevel.MEDIUM).endCase();
    }
    PackedCohort cohort = b.build();
    assertEquals("range", assertThrows(InvalidInputException.class, () -> cohort.tally(5, 11, ReportParameters.defaults())).field());
    assertEquals("index", assertThrows(InvalidInputException.class, () -> cohort.interventions(10)).field());
  }

  @Test
  void eachAbuseTypeHasItsOwnBitInTypeOrder() {
    int all = 0;
    for (AbuseType type : AbuseType.values()) {
      int bit = PackedCohort.bit(type);
      assertEquals(1 << type.ordinal(), bit, type.name());
      all |= bit;
    }
    assertEquals((1 << AbuseType.values().length) - 1, all);
  }

  @Test
  void aSevereTypeAtReviewAndAnAnswerToEveryQuestionReadBack() {
    PackedCohort.Builder b = PackedCohort.builder(0).intake(PHYSICAL | STALKING, 0, RiskLevel.HIGH).review(PHYSICAL | STALKING, STALKING,
        RiskLevel.HIGH);
    for (OutcomeQuestion q : OutcomeQuestion.values()) {
      b.answer(q, q.ordinal() % 2 == 0 ? OutcomeAnswer.YES : OutcomeAnswer.NO);
    }
    b.answer(OutcomeQuestion.FEELS_SAFER, OutcomeAnswer.NOT_RECORDED);
    PackedCohort cohort = b.endCase().build();
    assertEquals(STALKING, cohort.severeAtReview(0));
    assertEquals(true, cohort.reviewed(0));
    for (OutcomeQuestion q : OutcomeQuestion.values()) {
      OutcomeAnswer expected = q == OutcomeQuestion.FEELS_SAFER ? OutcomeAnswer.NOT_RECORDED
          : q.ordinal() % 2 == 0 ? OutcomeAnswer.YES : OutcomeAnswer.NO;
      assertEquals(expected, cohort.answer(0, q), q.name() + ", a later answer replacing an earlier one");
    }
  }

  @Test
  void aBuilderGrowsPastTheRoomItMadeAndRefusesANegativeCount() {
    PackedCohort.Builder b = PackedCohort.builder(1);
    for (int i = 0; i < 40; i++) {
      b.interventions(i % 3).significantContacts(0).intake(0, 0, RiskLevel.STANDARD).endCase();
    }
    assertEquals(40, b.size());
    PackedCohort cohort = b.build();
    assertEquals(40, cohort.size());
    assertEquals(1, cohort.interventions(37));
    assertEquals(0, cohort.significantContacts(39));
    assertEquals("expectedCases", assertThrows(InvalidInputException.class, () -> PackedCohort.builder(-1)).field());
  }

  @Test
  void aRangeIsTalliedFromItsFirstCaseUpToItsEnd() {
    PackedCohort.Builder b = PackedCohort.builder();
    for (int i = 0; i < 6; i++) {
      b.interventions(i).intake(PHYSICAL, 0, RiskLevel.MEDIUM).endCase();
    }
    PackedCohort cohort = b.build();
    assertEquals(6, cohort.tally(0, 6, ReportParameters.defaults()).report().cases());
    assertEquals(0, cohort.tally(6, 6, ReportParameters.defaults()).report().cases());
    assertEquals(2, cohort.tally(1, 3, ReportParameters.defaults()).report().cases());
    assertEquals("range", assertThrows(InvalidInputException.class, () -> cohort.tally(-1, 2, ReportParameters.defaults())).field());
    assertEquals("range", assertThrows(InvalidInputException.class, () -> cohort.tally(3, 2, ReportParameters.defaults())).field());
    assertEquals("index", assertThrows(InvalidInputException.class, () -> cohort.interventions(-1)).field());
    assertEquals(CohortTally.create().report().cases() + 6, cohort.report().cases());
  }

  @Test
  void aCaseWithSixSignificantContactsIsIntensiveAndFiveIsNot() {
    // Safety in Numbers (CAADA, 2009): intensive support is six or more significant contacts
    PackedCohort cohort = PackedCohort.builder().significantContacts(6).intake(0, 0, RiskLevel.HIGH).endCase()
        .significantContacts(5).intake(0, 0, RiskLevel.HIGH).endCase().significantContacts(0).intake(0, 0, RiskLevel.HIGH).endCase()
        .build();
    assertEquals(1, cohort.report().intensiveCases());
    assertEquals(0, cohort.significantContacts(2));
  }
}
