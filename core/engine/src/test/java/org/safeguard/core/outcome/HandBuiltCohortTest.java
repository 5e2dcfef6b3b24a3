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
import static org.safeguard.core.outcome.AbuseType.HARASSMENT_AND_STALKING;
import static org.safeguard.core.outcome.AbuseType.JEALOUS_AND_CONTROLLING;
import static org.safeguard.core.outcome.AbuseType.PHYSICAL;
import static org.safeguard.core.outcome.AbuseType.SEXUAL;
import static org.safeguard.core.outcome.OutcomeAnswer.NO;
import static org.safeguard.core.outcome.OutcomeAnswer.NOT_RECORDED;
import static org.safeguard.core.outcome.OutcomeAnswer.YES;
import static org.safeguard.core.outcome.OutcomeMeasure.COPING_IMPROVED;
import static org.safeguard.core.outcome.OutcomeMeasure.FEELS_SAFER;
import static org.safeguard.core.outcome.OutcomeMeasure.QUALITY_OF_LIFE_IMPROVED;
import static org.safeguard.core.outcome.OutcomeMeasure.RISK_REDUCED;
import static org.safeguard.core.outcome.OutcomeMeasure.SOCIAL_SUPPORT_IMPROVED;
import static org.safeguard.core.outcome.OutcomeMeasure.TOTAL_CESSATION;
import static org.safeguard.core.outcome.Severity.MODERATE;
import static org.safeguard.model.RiskLevel.HIGH;
import static org.safeguard.model.RiskLevel.MEDIUM;
import static org.safeguard.model.RiskLevel.STANDARD;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.model.RiskLevel;

/**
 * Ten hand-built cases, each chosen to exercise one path, with every expected number worked out by
 * hand in the comments. Default parameters: bands 0-1, 2-5, 6-10, 11+; intensive at 6+ contacts.
 *
 * <pre>
 * case interv contacts intake (severe*)     level  review: types    level  risk safer qol  coping social
 * c1   0      2        PHYS*, JC            HIGH   none             MEDIUM Y    Y     N    Y      N
 * c2   1      8        JC                   HIGH   JC               HIGH   N    N     -    -      -
 * c3   3      6        PHYS, SEX*           HIGH   SEX              MEDIUM Y    Y     Y    Y      Y
 * c4   5      10       H&S, JC              MEDIUM none             STAND. Y    Y     nr   Y      Y
 * c5   2      3        PHYS                 HIGH   (no review)
 * c6   6      12       PHYS, JC             HIGH   none             MEDIUM Y    Y     Y    N      Y
 * c7   10     5        (no abuse)           STAND. none             STAND. N    Y     -    -      -
 * c8   12     20       PHYS*, SEX, H&S*, JC* HIGH  H&S              HIGH   N    N     N    N      N
 * c9   11     0        JC                   MEDIUM (no review; a stray "risk reduced: yes" is ignored)
 * c10  4      7        PHYS, JC             STAND. PHYS, SEX (new)  HIGH   N    N     Y    -      Y
 * ("-" no answer given, "nr" given as NOT_RECORDED: both are "answer not recorded")
 *
 * bands:     0-1: c1 c2   2-5: c3 c4 c5 c10   6-10: c6 c7   11+: c8 c9
 * intensive: c2 c3 c4 c6 c8 c10 (6)           not intensive: c1 c5 c7 c9 (4)
 * reviewed:  all but c5 and c9 (8)
 * </pre>
 */
class HandBuiltCohortTest {
  private static final List<CaseOutcome> COHORT = List.of(
      outcome("c1", 0, 2, Map.of(PHYSICAL, Severity.HIGH, JEALOUS_AND_CONTROLLING, MODERATE), HIGH)
          .abuseAtReview(AbuseProfile.none()).levelAtReview(MEDIUM).answers(answers(YES, YES, NO, YES, NO)).build(),
      outcome("c2", 1, 8, Map.of(JEALOUS_AND_CONTROLLING, MODERATE), HIGH)
          .abuseAtReview(profile(Map.of(JEALOUS_AND_CONTROLLING, MODERATE))).levelAtReview(HIGH)
          .answers(answers(NO, NO, null, null, null)).build(),
      outcome("c3", 3, 6, Map.of(PHYSICAL, MODERATE, SEXUAL, Severity.HIGH), HIGH)
          .abuseAtReview(profile(Map.of(SEXUAL, MODERATE))).levelAtReview(MEDIUM).answers(answers(YES, YES, YES, YES, YES)).build(),
      outcome("c4", 5, 10, Map.of(HARASSMENT_AND_STALKING, MODERATE, JEALOUS_AND_CONTROLLING, MODERATE), MEDIUM)
          .abuseAtReview(AbuseProfile.none()).levelAtReview(STANDARD).answers(answers(YES, YES, NOT_RECORDED, YES, YES)).build(),
      outcome("c5", 2, 3, Map.of(PHYSICAL, MODERATE), HIGH).build(),
      outcome("c6", 6, 12, Map.of(PHYSICAL, MODERATE, JEALOUS_AND_CONTROLLING, MODERATE), HIGH)
          .abuseAtReview(AbuseProfile.none()).levelAtReview(MEDIUM).answers(answers(YES, YES, YES, NO, YES)).build(),
      outcome("c7", 10, 5, Map.of(), STANDARD)
          .abuseAtReview(AbuseProfile.none()).levelAtReview(STANDARD).answers(answers(NO, YES, null, null, null)).build(),
      outcome("c8", 12, 20, Map.of(PHYSICAL, Severity.HIGH, SEXUAL, MODERATE, HARASSMENT_AND_STALKING, Severity.HIGH, JEALOUS_AND_CONTROLLING, Severity.HIGH), HIGH)
          .abuseAtReview(profile(Map.of(HARASSMENT_AND_STALKING, Severity.HIGH))).levelAtReview(HIGH)
          .answers(answers(NO, NO, NO, NO, NO)).build(),
      outcome("c9", 11, 0, Map.of(JEALOUS_AND_CONTROLLING, MODERATE), MEDIUM).putAnswers(OutcomeQuestion.RISK_REDUCED, YES).build(),
      outcome("c10", 4, 7, Map.of(PHYSICAL, MODERATE, JEALOUS_AND_CONTROLLING, MODERATE), STANDARD)
          .abuseAtReview(profile(Map.of(PHYSICAL, MODERATE, SEXUAL, MODERATE))).levelAtReview(HIGH)
          .answers(answers(NO, NO, YES, null, YES)).build());

  private static CaseOutcome.Builder outcome(String id, int interventions, int contacts,
      Map<AbuseType, Severity> intake, RiskLevel level) {
    return CaseOutcome.builder().caseId(id).interventions(interventions).significantContacts(contacts)
        .abuseAtIntake(profile(intake)).levelAtIntake(level);
  }

  private static AbuseProfile profile(Map<AbuseType, Severity> present) {
    return AbuseProfile.of(present);
  }

  /** Answers in question order (risk, safer, quality of life, coping, social); null leaves one out. */
  private static Map<OutcomeQuestion, OutcomeAnswer> answers(OutcomeAnswer... given) {
    Map<OutcomeQuestion, OutcomeAnswer> map = new EnumMap<>(OutcomeQuestion.class);
    for (int i = 0; i < given.length; i++) {
      if (given[i] != null) {
        map.put(OutcomeQuestion.values()[i], given[i]);
      }
    }
    return map;
  }

  private static final CohortReport REPORT = CohortTally.create().addAll(COHORT).report();

  private static void assertRate(long numerator, long denominator, long missing, String reason, Rate actual) {
    assertEquals(Rate.of(numerator, denominator, missing, reason), actual, actual.toString());
  }

  @Test
  void theCohortCountsAreTheCasesBandsAndSupportOfTheTable() {
    assertEquals(10, REPORT.cases());
    assertEquals(8, REPORT.reviewed());
    assertEquals(2, REPORT.notReviewed());
    // 0-1: c1 c2; 2-5: c3 c4 c5 c10; 6-10: c6 c7; 11+: c8 c9
    assertEquals(List.of(2L, 4L, 2L, 2L), List.of(REPORT.casesInBand(0), REPORT.casesInBand(1), REPORT.casesInBand(2), REPORT.casesInBand(3)));
    // c5 and c9 have no review
    assertEquals(List.of(2L, 3L, 2L, 1L),
        List.of(REPORT.reviewedInBand(0), REPORT.reviewedInBand(1), REPORT.reviewedInBand(2), REPORT.reviewedInBand(3)));
    assertEquals(6, REPORT.intensiveCases());
    assertEquals(4, REPORT.notIntensiveCases());
    assertRate(6, 10, 0, "", REPORT.intensiveShare());
    // interventions 0+1+3+5+2+6+10+12+11+4 = 54; contacts 2+8+6+10+3+12+5+20+0+7 = 73
    assertEquals(5.4, REPORT.meanInterventions(), 1e-12);
    assertEquals(7.3, REPORT.meanSignificantContacts(), 1e-12);
  }

  @Test
  void riskReducedIsCountedByBandSupportAndOverallWithCasesWithoutAReviewMissing() {
    // 0-1: c1 Y, c2 N = 1/2
    assertRate(1, 2, 0, "", REPORT.byBand(RISK_REDUCED, 0));
    // 2-5: c3 Y, c4 Y, c10 N = 2/3; c5 has no review
    assertRate(2, 3, 1, "no review", REPORT.byBand(RISK_REDUCED, 1));
    // 6-10: c6 Y, c7 N = 1/2
    assertRate(1, 2, 0, "", REPORT.byBand(RISK_REDUCED, 2));
    // 11+: c8 N = 0/1; c9 has no review, so its stray yes is not counted
    assertRate(0, 1, 1, "no review", REPORT.byBand(RISK_REDUCED, 3));
    // intensive: c3 c4 c6 yes, c2 c8 c10 no = 3/6
    assertRate(3, 6, 0, "", REPORT.intensive(RISK_REDUCED));
    // not intensive: c1 Y, c7 N = 1/2; c5 c9 no review
    assertRate(1, 2, 2, "no review", REPORT.notIntensive(RISK_REDUCED));
    // all: yes c1 c3 c4 c6, no c2 c7 c8 c10 = 4/8
    assertRate(4, 8, 2, "no review", REPORT.overall(RISK_REDUCED));
    // 2-5 and intensive: c3 Y, c4 Y, c10 N = 2/3
    assertRate(2, 3, 0, "", REPORT.byBandAndSupport(RISK_REDUCED, 1, true));
  }

  @Test
  void feelsSaferIsCountedLikeTheOtherQuestions() {
    // yes c1 c3 c4 c6 c7, no c2 c8 c10 = 5/8
    assertRate(5, 8, 2, "no review", REPORT.overall(FEELS_SAFER));
    // 6-10: c6 Y, c7 Y = 2/2
    assertRate(2, 2, 0, "", REPORT.byBand(FEELS_SAFER, 2));
    // intensive: c3 c4 c6 yes of c2 c3 c4 c6 c8 c10 = 3/6; not intensive: c1 c7 yes = 2/2, c5 c9 no review
    assertRate(3, 6, 0, "", REPORT.intensive(FEELS_SAFER));
    assertRate(2, 2, 2, "no review", REPORT.notIntensive(FEELS_SAFER));
  }

  @Test
  void anAnswerNotRecordedOrNotGivenIsMissingAndBothReasonsAreCountedWhenBothApply() {
    // quality of life: yes c3 c6 c10, no c1 c8 = 3/5; missing c5 c9 (no review), c2 c7 (not given), c4 (NOT_RECORDED)
    assertRate(3, 5, 5, "2 no review, 3 answer not recorded", REPORT.overall(QUALITY_OF_LIFE_IMPROVED));
    // 0-1: c1 N = 0/1, c2 not given
    assertRate(0, 1, 1, "answer not recorded", REPORT.byBand(QUALITY_OF_LIFE_IMPROVED, 0));
    // 2-5: c3 Y, c10 Y = 2/2; c4 not recorded, c5 no review
    assertRate(2, 2, 2, "1 no review, 1 answer not recorded", REPORT.byBand(QUALITY_OF_LIFE_IMPROVED, 1));
    // coping: yes c1 c3 c4, no c6 c8 = 3/5; missing c5 c9, and c2 c7 c10 not given
    assertRate(3, 5, 5, "2 no review, 3 answer not recorded", REPORT.overall(COPING_IMPROVED));
    // social: yes c3 c4 c6 c10, no c1 c8 = 4/6; missing c5 c9, and c2 c7 not given
    assertRate(4, 6, 4, "2 no review, 2 answer not recorded", REPORT.overall(SOCIAL_SUPPORT_IMPROVED));
  }

  @Test
  void totalCessationCountsReviewedCasesWithAbuseAtIntakeAndNoAbuseAtReview() {
    // reviewed with abuse at intake: c1 c2 c3 c4 c6 c8 c10; ceased c1 c4 c6 = 3/7
    // missing: c5 c9 no review, c7 no abuse at intake
    assertRate(3, 7, 3, "2 no review, 1 no abuse recorded at intake", REPORT.overall(TOTAL_CESSATION));
    // 0-1: c1 ceased, c2 continuing = 1/2
    assertRate(1, 2, 0, "", REPORT.byBand(TOTAL_CESSATION, 0));
    // 2-5: c4 ceased; c3 continuing; c10 continuing (a new type appeared) = 1/3; c5 no review
    assertRate(1, 3, 1, "no review", REPORT.byBand(TOTAL_CESSATION, 1));
    // 6-10: c6 ceased = 1/1; c7 had nothing to cease
    assertRate(1, 1, 1, "no abuse recorded at intake", REPORT.byBand(TOTAL_CESSATION, 2));
    // 11+: c8 continuing = 0/1; c9 no review
    assertRate(0, 1, 1, "no review", REPORT.byBand(TOTAL_CESSATION, 3));
    // intensive: c4 c6 ceased of c2 c3 c4 c6 c8 c10 = 2/6
    assertRate(2, 6, 0, "", REPORT.intensive(TOTAL_CESSATION));
    // not intensive: c1 ceased = 1/1; c5 c9 no review, c7 no abuse at intake
    assertRate(1, 1, 3, "2 no review, 1 no abuse recorded at intake", REPORT.notIntensive(TOTAL_CESSATION));
  }

  @Test
  void cessationByTypeCountsTheCasesWithThatTypeAtIntake() {
    // physical at intake: c1 c3 c5 c6 c8 c10; absent at review in c1 c3 c6 c8 = 4/5; c5 no review
    // at intake, of all 10 cases: physical c1 c3 c5 c6 c8 c10, sexual c3 c8, stalking c4 c8, J&C c1 c2 c4 c6 c8 c9 c10
    assertRate(6, 10, 0, "", REPORT.prevalenceAtIntake(PHYSICAL));
    assertRate(2, 10, 0, "", REPORT.prevalenceAtIntake(SEXUAL));
    assertRate(2, 10, 0, "", REPORT.prevalenceAtIntake(HARASSMENT_AND_STALKING));
    assertRate(7, 10, 0, "", REPORT.prevalenceAtIntake(JEALOUS_AND_CONTROLLING));
    assertRate(4, 5, 1, "no review", REPORT.cessation(PHYSICAL));
    // sexual at intake: c3 (still there), c8 (ceased) = 1/2; c10's sexual abuse is new, not counted
    assertRate(1, 2, 0, "", REPORT.cessation(SEXUAL));
    // harassment and stalking at intake: c4 (ceased), c8 (still there) = 1/2
    assertRate(1, 2, 0, "", REPORT.cessation(HARASSMENT_AND_STALKING));
    // jealous and controlling at intake: c1 c2 c4 c6 c8 c9 c10; ceased in c1 c4 c6 c8 c10 = 5/6; c9 no review
    assertRate(5, 6, 1, "no review", REPORT.cessation(JEALOUS_AND_CONTROLLING));
  }

  @Test
  void riskMovementIsAThreeByThreeTableWithTheUnreviewedApart() {
    RiskMovement m = REPORT.riskMovement();
    // HIGH->MEDIUM c1 c3 c6; HIGH->HIGH c2 c8; MEDIUM->STANDARD c4; STANDARD->STANDARD c7; STANDARD->HIGH c10
    assertEquals(3, m.count(HIGH, MEDIUM));
    assertEquals(2, m.count(HIGH, HIGH));
    assertEquals(0, m.count(HIGH, STANDARD));
    assertEquals(1, m.count(MEDIUM, STANDARD));
    assertEquals(0, m.count(MEDIUM, MEDIUM));
    assertEquals(1, m.count(STANDARD, STANDARD));
    assertEquals(1, m.count(STANDARD, HIGH));
    // no review: c5 (HIGH), c9 (MEDIUM)
    assertEquals(1, m.noReview(HIGH));
    assertEquals(1, m.noReview(MEDIUM));
    assertEquals(0, m.noReview(STANDARD));
    assertEquals(6, m.atIntake(HIGH));
    assertEquals(8, m.reviewed());
    // lower: c1 c3 c4 c6 = 4/8; same: c2 c7 c8 = 3/8; higher: c10 = 1/8
    assertRate(4, 8, 2, "no review", m.lowered());
    assertRate(3, 8, 2, "no review", m.unchanged());
    assertRate(1, 8, 2, "no review", m.raised());
  }

  @Test
  void otherBandsAndThresholdRegroupTheSameCases() {
    CohortReport r = CohortTally.create(ReportParameters.of(List.of(0, 5), 10)).addAll(COHORT).report();
    // 0-4: c1 c2 c3 c5 c10; 5+: c4 c6 c7 c8 c9; intensive (10+ contacts): c4 c6 c8
    assertEquals(List.of("0-4", "5+"), r.bands().stream().map(InterventionBand::label).toList());
    assertEquals(5, r.casesInBand(0));
    assertEquals(3, r.intensiveCases());
    // feels safer in 5+: c4 Y, c6 Y, c7 Y, c8 N = 3/4; c9 no review
    assertRate(3, 4, 1, "no review", r.byBand(FEELS_SAFER, 1));
    // total cessation with intensive support: c4 c6 ceased, c8 continuing = 2/3
    assertRate(2, 3, 0, "", r.intensive(TOTAL_CESSATION));
  }

  @Test
  void thePackedCohortOfTheSameCasesGivesTheSameReport() {
    PackedCohort packed = PackedCohort.of(COHORT);
    assertEquals(REPORT, packed.report(ReportParameters.defaults()));
    assertEquals(REPORT, packed.reportInParallel(ReportParameters.defaults()));
  }

  @Test
  void theTableShowsEachRateWithItsCountsAndMissing() {
    String table = REPORT.toTable();
    assertTrue(table.startsWith("Cohort outcome report: 10 cases, 8 reviewed, 2 with no review"), table);
    assertTrue(table.contains("By number of interventions"), table);
    // total cessation: 0-1 1/2, 2-5 1/3 [1], 6-10 1/1 [1], 11+ 0/1 [1], all 3/7 [3]
    assertTrue(table.lines().anyMatch(l -> l.startsWith("Total cessation") && l.contains("50% 1/2 [0]") && l.contains("33% 1/3 [1]")
        && l.contains("100% 1/1 [1]") && l.contains("0% 0/1 [1]") && l.contains("43% 3/7 [3]")), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("Physical") && l.contains("60% 6/10 [0]") && l.contains("80% 4/5 [1]")), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("HIGH") && l.matches("HIGH\\s+0\\s+3\\s+2\\s+1")), table);
    assertEquals(table, REPORT.toString());
  }
}
