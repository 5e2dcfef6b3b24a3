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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.model.RiskLevel.HIGH;
import static org.safeguard.model.RiskLevel.MEDIUM;
import static org.safeguard.model.RiskLevel.STANDARD;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;

/**
 * The values a cohort report is made of, each on its own: the bands of the evaluation's outcomes by
 * number of interventions (<i>Safety in Numbers</i>, CAADA, 2009, Figure 4: 0-1, 2-5, 6-10, 11+),
 * the risk-movement table, abuse profiles and rates with their numerator, denominator and missing.
 */
class OutcomeValuesTest {
  private static CohortReport report(List<CaseOutcome> cases) {
    return CohortTally.create().addAll(cases).report();
  }

  private static CaseOutcome reviewed(String id, int interventions, org.safeguard.model.RiskLevel from, org.safeguard.model.RiskLevel to) {
    return CaseOutcome.builder().caseId(id).interventions(interventions).significantContacts(0).abuseAtIntake(AbuseProfile.none())
        .levelAtIntake(from).abuseAtReview(AbuseProfile.none()).levelAtReview(to).build();
  }

  private static CaseOutcome unreviewed(String id, org.safeguard.model.RiskLevel from) {
    return CaseOutcome.builder().caseId(id).interventions(0).significantContacts(0).abuseAtIntake(AbuseProfile.none())
        .levelAtIntake(from).build();
  }

  @Test
  void theEvaluationsBandsHoldTheirEndsAndTheTopBandIsOpen() {
    List<InterventionBand> bands = report(List.of()).bands();
    assertEquals(List.of("0-1", "2-5", "6-10", "11+"), bands.stream().map(InterventionBand::label).toList());
    InterventionBand twoToFive = bands.get(1);
    assertEquals(1, twoToFive.index());
    assertEquals(2, twoToFive.lower());
    assertEquals(OptionalInt.of(5), twoToFive.upper());
    assertFalse(twoToFive.contains(1));
    assertTrue(twoToFive.contains(2));
    assertTrue(twoToFive.contains(5));
    assertFalse(twoToFive.contains(6));
    InterventionBand top = bands.get(3);
    assertEquals(OptionalInt.empty(), top.upper());
    assertFalse(top.contains(10));
    assertTrue(top.contains(11));
    assertTrue(top.contains(1_000));
    assertEquals("11+", top.toString());
  }

  @Test
  void aBandOfOneCountReadsAsThatCount() {
    List<InterventionBand> bands = CohortTally.create(ReportParameters.of(List.of(0, 1, 2), 6)).report().bands();
    assertEquals(List.of("0", "1", "2+"), bands.stream().map(InterventionBand::label).toList());
  }

  @Test
  void bandsAreEqualByIndexAndEnds() {
    InterventionBand band = new InterventionBand(1, 2, 5);
    assertEquals(band, new InterventionBand(1, 2, 5));
    assertEquals(band.hashCode(), new InterventionBand(1, 2, 5).hashCode());
    assertNotEquals(band, new InterventionBand(0, 2, 5));
    assertNotEquals(band, new InterventionBand(1, 3, 5));
    assertNotEquals(band, new InterventionBand(1, 2, 6));
    assertNotEquals(band, new InterventionBand(1, 2, -1));
    assertFalse(band.equals("2-5"));
  }

  @Test
  void riskMovementTablesAreEqualCellByCellAndSayTheirCellsInWords() {
    RiskMovement m = report(List.of(reviewed("a", 0, HIGH, MEDIUM), reviewed("b", 0, HIGH, MEDIUM), reviewed("c", 0, STANDARD, HIGH),
        unreviewed("d", MEDIUM))).riskMovement();
    assertEquals("STANDARD->HIGH 1, HIGH->MEDIUM 2; no review: MEDIUM 1", m.toString(), "in level order, from STANDARD");
    RiskMovement same = report(List.of(reviewed("c", 0, STANDARD, HIGH), unreviewed("d", MEDIUM), reviewed("a", 0, HIGH, MEDIUM),
        reviewed("b", 0, HIGH, MEDIUM))).riskMovement();
    assertEquals(m, same);
    assertEquals(m.hashCode(), same.hashCode());
    assertNotEquals(m, report(List.of(reviewed("a", 0, HIGH, MEDIUM), reviewed("c", 0, STANDARD, HIGH), unreviewed("d", MEDIUM)))
        .riskMovement());
    assertNotEquals(m, report(List.of(reviewed("a", 0, HIGH, MEDIUM), reviewed("b", 0, HIGH, MEDIUM), reviewed("c", 0, STANDARD, HIGH),
        unreviewed("d", HIGH))).riskMovement(), "the unreviewed count by level is part of the table");
    assertFalse(m.equals("HIGH->MEDIUM 2"));
    assertEquals(1, m.notReviewed());
    assertEquals("no reviewed cases", report(List.of()).riskMovement().toString());
    assertEquals("no reviewed cases; no review: STANDARD 1, HIGH 2",
        report(List.of(unreviewed("x", STANDARD), unreviewed("y", HIGH), unreviewed("z", HIGH))).riskMovement().toString());
  }

  @Test
  void aProfileWithTwoOrMoreTypesIsMultipleAbuseAndAnySevereTypeMakesItSevere() {
    AbuseProfile one = AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.MODERATE));
    AbuseProfile two = AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.MODERATE, AbuseType.SEXUAL, Severity.HIGH));
    assertFalse(AbuseProfile.none().multiple());
    assertFalse(one.multiple());
    assertTrue(two.multiple());
    assertFalse(one.anySevere());
    assertTrue(two.anySevere());
    assertFalse(AbuseProfile.none().anySevere());
  }

  @Test
  void aRateSaysItsShareItsCountsAndWhatIsMissing() {
    Rate rate = Rate.of(1, 3, 2, "no review");
    assertEquals(1.0 / 3, rate.value(), 1e-12);
    assertEquals("33% (1/3; 2 missing: no review)", rate.toString());
    assertEquals("50% (1/2)", Rate.of(1, 2, 0, "ignored when nothing is missing").toString());
    assertEquals("", Rate.of(1, 2, 0, "ignored").missingReason());
    assertTrue(Double.isNaN(Rate.of(0, 0, 4, "no review").value()));
    assertEquals("- (0/0; 4 missing: no review)", Rate.of(0, 0, 4, "no review").toString());
  }

  @Test
  void anEmptyCohortHasNoMeansAndABandOutsideTheParametersIsRefused() {
    CohortReport empty = report(List.of());
    assertTrue(Double.isNaN(empty.meanInterventions()));
    assertTrue(Double.isNaN(empty.meanSignificantContacts()));
    CohortReport two = report(List.of(reviewed("a", 3, HIGH, HIGH), reviewed("b", 6, HIGH, HIGH)));
    assertEquals(4.5, two.meanInterventions(), 1e-12);
    assertEquals(0.0, two.meanSignificantContacts(), 1e-12);
    assertEquals("band", assertThrows(InvalidInputException.class, () -> two.casesInBand(4)).field());
    assertEquals("band", assertThrows(InvalidInputException.class, () -> two.casesInBand(-1)).field());
    assertEquals(0, two.casesInBand(3));
    List<Rate> byBand = two.byBand(OutcomeMeasure.FEELS_SAFER);
    assertEquals(4, byBand.size());
    for (int band = 0; band < 4; band++) {
      assertEquals(two.byBand(OutcomeMeasure.FEELS_SAFER, band), byBand.get(band));
    }
  }

  @Test
  void theTableAlignsItsColumnsAndShowsAMeanAsTwoDecimals() {
    CohortReport two = report(List.of(reviewed("a", 3, HIGH, MEDIUM), reviewed("b", 6, HIGH, HIGH)));
    String table = two.toTable();
    List<String> movement = table.lines().dropWhile(l -> !l.startsWith("Risk level, intake -> review")).limit(4).toList();
    assertEquals(List.of(
        "Risk level, intake -> review  STANDARD  MEDIUM  HIGH  No review",
        "STANDARD                             0       0     0          0",
        "MEDIUM                               0       0     0          0",
        "HIGH                                 0       1     1          0"), movement);
    assertTrue(table.contains("Level lower at review 50% 1/2 [0], same 50% 1/2 [0], higher 0% 0/2 [0]"), table);
    assertTrue(table.contains("4.50"), table);
    assertTrue(report(List.of()).toTable().contains("Mean interventions per case -;"), "an empty cohort's mean shows as a dash");
  }

  @Test
  void aNegativeCountOfInterventionsHasNoBand() {
    assertEquals("interventions", assertThrows(InvalidInputException.class, () -> ReportParameters.defaults().bandOf(-1)).field());
    assertEquals(0, ReportParameters.defaults().bandOf(0));
    assertEquals(3, ReportParameters.defaults().bandOf(500));
  }

  @Test
  void aTypesSeverityIsTheSameAtReviewOrAbsentBothTimesOrUnknownWithoutAReview() {
    CaseOutcome same = CaseOutcome.builder().caseId("s").interventions(1).significantContacts(0)
        .abuseAtIntake(AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.MODERATE))).levelAtIntake(MEDIUM)
        .abuseAtReview(AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.MODERATE))).levelAtReview(MEDIUM).build();
    assertEquals(java.util.Optional.of(ChangeSinceIntake.SAME), same.severityChange(AbuseType.PHYSICAL));
    assertEquals(java.util.Optional.empty(), same.severityChange(AbuseType.SEXUAL), "absent at intake and at review");
    assertEquals(java.util.Optional.empty(), unreviewed("u", HIGH).severityChange(AbuseType.PHYSICAL));
  }

  @Test
  void aBandOfOneCountHoldsThatCountOnly() {
    InterventionBand zero = CohortTally.create(ReportParameters.of(List.of(0, 1), 6)).report().bands().get(0);
    assertEquals(OptionalInt.of(0), zero.upper());
    assertTrue(zero.contains(0));
    assertFalse(zero.contains(1));
  }

  @Test
  void aTallyCountsItsCasesAndARefusedBandSaysTheRange() {
    assertEquals(2, CohortTally.create().addAll(List.of(unreviewed("a", HIGH), unreviewed("b", MEDIUM))).cases());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> report(List.of()).casesInBand(4));
    assertTrue(e.rule().endsWith("from 0 to 3"), e.rule());
  }

  @Test
  void theTableShowsEveryBandAndADashForARateWithNoCases() {
    String table = report(List.of(reviewed("a", 3, HIGH, MEDIUM), reviewed("b", 6, HIGH, HIGH))).toTable();
    String cases = table.lines().filter(l -> l.startsWith("Cases (reviewed)")).findFirst().orElseThrow();
    assertTrue(cases.matches("Cases \\(reviewed\\)\\s+0 \\(0\\)\\s+1 \\(1\\)\\s+1 \\(1\\)\\s+0 \\(0\\)\\s+2 \\(2\\)"), cases);
    assertTrue(table.contains("- 0/0 [0]"), table);
  }

  @Test
  void aCohortCountedInParallelChunksGivesTheSameReportAsOnePass() {
    PackedCohort.Builder b = PackedCohort.builder();
    for (int i = 0; i < 70_000; i++) { // over two chunks of 32,768 cases
      b.interventions(i % 13).significantContacts(i % 9).intake(i % 3 == 0 ? PackedCohort.bit(AbuseType.PHYSICAL) : 0, 0,
          org.safeguard.model.RiskLevel.values()[i % 3]).endCase();
    }
    PackedCohort cohort = b.build();
    java.util.concurrent.ForkJoinPool four = new java.util.concurrent.ForkJoinPool(4);
    try {
      assertEquals(cohort.report(), cohort.reportInParallel(ReportParameters.defaults(), four));
      assertEquals(70_000, cohort.reportInParallel(ReportParameters.defaults(), four).cases());
    } finally {
      four.shutdown();
    }
  }

  /**
   * Severity on the four levels Insights and Drive record (<i>Evaluation of the Drive Project</i>,
   * University of Bristol, 2019, Appendix 3: none, standard, moderate, high), none being absence;
   * two-level data (<i>Safety in Numbers</i>, CAADA, 2009: severe or not) maps severe to high and
   * present-not-severe to moderate.
   */
  @Test
  void severityHasThreeLevelsOfAbusePresentAndTwoLevelDataMapsOntoThem() {
    assertEquals(List.of(Severity.STANDARD, Severity.MODERATE, Severity.HIGH), List.of(Severity.values()));
    assertEquals(Severity.HIGH, Severity.ofTwoLevels(true));
    assertEquals(Severity.MODERATE, Severity.ofTwoLevels(false));
    assertTrue(Severity.HIGH.severe());
    assertFalse(Severity.MODERATE.severe());
    assertFalse(Severity.STANDARD.severe());
    CaseOutcome lower = CaseOutcome.builder().caseId("c").interventions(0).significantContacts(0)
        .abuseAtIntake(AbuseProfile.of(java.util.Map.of(AbuseType.PHYSICAL, Severity.MODERATE))).levelAtIntake(RiskLevel.HIGH)
        .abuseAtReview(AbuseProfile.of(java.util.Map.of(AbuseType.PHYSICAL, Severity.STANDARD))).levelAtReview(RiskLevel.MEDIUM).build();
    assertEquals(java.util.Optional.of(ChangeSinceIntake.LOWER), lower.severityChange(AbuseType.PHYSICAL));
    PackedCohort packed = PackedCohort.of(List.of(lower));
    assertEquals(lower.abuseAtReview(), packed.abuseAtReview(0), "the packed case keeps standard apart from moderate");
    PackedCohort twoLevels = PackedCohort.builder().intake(PackedCohort.bit(AbuseType.PHYSICAL) | PackedCohort.bit(AbuseType.SEXUAL),
        PackedCohort.bit(AbuseType.SEXUAL), RiskLevel.HIGH).endCase().build();
    assertEquals(AbuseProfile.of(java.util.Map.of(AbuseType.PHYSICAL, Severity.MODERATE, AbuseType.SEXUAL, Severity.HIGH)),
        twoLevels.abuseAtIntake(0));
    assertEquals(java.util.Optional.empty(), twoLevels.abuseAtReview(0));
  }
}
