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
package org.safeguard.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.core.outcome.Rate;
import org.safeguard.core.outcome.RiskFactor;

/**
 * A million generated cases reproduce the figures of <i>Safety in Numbers</i> (CAADA, 2009) that
 * the generator is built from: Figure 8 by band, Finding 3's intensive
 * share, Recommendation 2's intensive against non-intensive rates, Finding 2's overall rates,
 * Finding 4's multiple interventions, Finding 1's abuse profile. Each observed rate must lie within
 * four standard errors of what the parameters make it; where the parameters themselves are a
 * compromise between published figures that cannot all hold, the gap is checked apart.
 */
class PublishedFiguresTest {
  private static final int CASES = 1_000_000;
  private static SyntheticParameters parameters;
  private static PackedCohort cohort;
  private static CohortReport report;

  @BeforeAll
  static void generate() {
    parameters = SyntheticParameters.defaults();
    cohort = SyntheticCohort.of(parameters, 2009L).packed(CASES);
    report = cohort.report(parameters.reportParameters());
  }

  /** Within four standard errors of a proportion {@code expected} over the rate's denominator. */
  private static void assertNear(double expected, Rate observed, String what) {
    double se = Math.sqrt(expected * (1 - expected) / observed.denominator());
    assertTrue(Math.abs(observed.value() - expected) <= 4 * se,
        what + ": observed " + observed + ", expected " + expected + " +/- " + 4 * se);
  }

  @Test
  void theDefaultOutcomeRatesAreFigure8() {
    // Figure 8: Impact of multiple interventions, bands 0-1, 2-5, 6-10, 11+ (percent)
    Map<OutcomeMeasure, List<Double>> figure8 = Map.of(
        OutcomeMeasure.SOCIAL_SUPPORT_IMPROVED, List.of(0.14, 0.43, 0.69, 0.88),
        OutcomeMeasure.COPING_IMPROVED, List.of(0.20, 0.63, 0.81, 0.94),
        OutcomeMeasure.RISK_REDUCED, List.of(0.39, 0.81, 0.93, 0.97),
        OutcomeMeasure.FEELS_SAFER, List.of(0.37, 0.77, 0.88, 0.97),
        OutcomeMeasure.TOTAL_CESSATION, List.of(0.31, 0.58, 0.66, 0.73));
    figure8.forEach((m, rates) -> assertEquals(rates, parameters.outcomeByBand().get(m), m.name()));
    assertEquals(List.of(0, 2, 6, 11), parameters.bandLowerBounds());
  }

  @Test
  void eachOutcomeByBandComesBackAsFigure8() {
    for (OutcomeMeasure m : OutcomeMeasure.values()) {
      for (int band = 0; band < 4; band++) {
        assertNear(parameters.expectedRateInBand(m, band), report.byBand(m, band), m + " in band " + report.bands().get(band));
      }
    }
  }

  @Test
  void sixtyFivePercentOfCasesHaveIntensiveSupport() {
    // Finding 3: "In 65% of cases, victims received intensive support"
    assertEquals(0.65, parameters.expectedIntensiveShare(), 0.001);
    assertNear(parameters.expectedIntensiveShare(), report.intensiveShare(), "intensive share");
  }

  @Test
  void multipleInterventionsInEightySevenPercentAndFourOnAverage() {
    // Finding 4: "The average number of interventions was 4 per victim, with multiple options being used in 87% of cases"
    assertNear(0.13, report.bandShare(0), "0-1 interventions");
    // Table 4: 5,344 interventions over 1,247 cases = 4.29 per case
    assertEquals(4.29, parameters.expectedMeanInterventions(), 0.05);
    double sumOfSquares = 0;
    for (int i = 0; i < CASES; i++) {
      double d = cohort.interventions(i) - report.meanInterventions();
      sumOfSquares += d * d;
    }
    double se = Math.sqrt(sumOfSquares / (CASES - 1) / CASES);
    assertEquals(parameters.expectedMeanInterventions(), report.meanInterventions(), 4 * se);
  }

  @Test
  void aboutHalfOfTheCasesHaveAReview() {
    // "Records were analysed in relation to 2,567 cases at [T1] ... 1,247 cases at [T2]"
    assertNear(1247.0 / 2567.0, report.reviewedShare(), "reviewed share");
  }

  @Test
  void intensiveSupportDoesBetterAsRecommendation2Reports() {
    for (OutcomeMeasure m : OutcomeMeasure.values()) {
      assertNear(parameters.expectedRateBySupport(m, true), report.intensive(m), m + " with intensive support");
      assertNear(parameters.expectedRateBySupport(m, false), report.notIntensive(m), m + " without intensive support");
    }
    // Recommendation 2: cessation 67% with intensive support against 44% without; felt safer 88% against 60%.
    // Those cannot hold together with Figure 8 and the 57% overall (0.65 x 67% + 0.35 x 44% = 59%), so the
    // generator keeps Figure 8 exact and fits the intensive effect: within 4 points of each, the gap within 2.
    double ceasedWith = parameters.expectedRateBySupport(OutcomeMeasure.TOTAL_CESSATION, true);
    double ceasedWithout = parameters.expectedRateBySupport(OutcomeMeasure.TOTAL_CESSATION, false);
    assertEquals(0.67, ceasedWith, 0.04);
    assertEquals(0.44, ceasedWithout, 0.04);
    assertEquals(0.23, ceasedWith - ceasedWithout, 0.02);
    double saferWith = parameters.expectedRateBySupport(OutcomeMeasure.FEELS_SAFER, true);
    double saferWithout = parameters.expectedRateBySupport(OutcomeMeasure.FEELS_SAFER, false);
    assertEquals(0.88, saferWith, 0.04);
    assertEquals(0.60, saferWithout, 0.04);
    assertEquals(0.28, saferWith - saferWithout, 0.02);
  }

  @Test
  void theOverallRatesAreFinding2s() {
    // Finding 2 and "Shifts too in well-being": cessation 57%, risk reduced 79%, felt safer 76%,
    // social networks improved 47%, coping improved 63%
    Map<OutcomeMeasure, Double> published = Map.of(
        OutcomeMeasure.TOTAL_CESSATION, 0.57, OutcomeMeasure.RISK_REDUCED, 0.79, OutcomeMeasure.FEELS_SAFER, 0.76,
        OutcomeMeasure.SOCIAL_SUPPORT_IMPROVED, 0.47, OutcomeMeasure.COPING_IMPROVED, 0.63);
    published.forEach((m, rate) -> {
      assertEquals(rate, parameters.expectedOverallRate(m), 0.011, m.name());
      assertNear(parameters.expectedOverallRate(m), report.overall(m), m + " overall");
    });
  }

  @Test
  void everyTypeOfAbuseCeasesAsOftenAsTheParametersMakeIt() {
    for (AbuseType t : AbuseType.values()) {
      assertNear(parameters.expectedCessation(t), report.cessation(t), t + " ceased");
    }
    // Figure 4's text: physical abuse fell most, stalking and harassment least
    double physical = report.cessation(AbuseType.PHYSICAL).value();
    double stalking = report.cessation(AbuseType.HARASSMENT_AND_STALKING).value();
    for (AbuseType t : AbuseType.values()) {
      assertTrue(physical >= report.cessation(t).value() && stalking <= report.cessation(t).value(), t.name());
    }
  }

  @Test
  void mostCasesHaveMultipleAndSevereAbuseAtIntake() {
    // Finding 1: 86% multiple forms of abuse, 76% at least one severe form
    long multiple = 0;
    long severe = 0;
    for (int i = 0; i < CASES; i++) {
      multiple += Integer.bitCount(cohort.typesAtIntake(i)) > 1 ? 1 : 0;
      severe += cohort.severeAtIntake(i) != 0 ? 1 : 0;
    }
    assertEquals(0.86, (double) multiple / CASES, 0.01);
    assertEquals(0.76, (double) severe / CASES, 0.01);
  }

  @Test
  void seventyPercentOfHouseholdsHaveChildrenWhereThatIsRecorded() {
    // Table 1: 1,774 of the 2,567 victims had children ("Over two-thirds (69%)")
    long recorded = 0;
    long withChildren = 0;
    for (int i = 0; i < CASES; i++) {
      Optional<Boolean> children = cohort.hasChildren(i);
      recorded += children.isPresent() ? 1 : 0;
      withChildren += children.orElse(false) ? 1 : 0;
    }
    assertNear(parameters.childrenShare(), Rate.of(withChildren, recorded, CASES - recorded, "children not recorded"), "children");
    assertNear(1 - parameters.childrenNotRecordedRate(), Rate.of(recorded, CASES, 0, ""), "children recorded");
  }

  @Test
  void theKindsOfInterventionFollowTable4() {
    // Table 4 (n = 1,247); its rates add up to 4.28 interventions a case against the counts' 4.27, so within a point
    Map<String, Double> table4 = parameters.interventionShares();
    for (Map.Entry<String, Double> e : table4.entrySet()) {
      boolean forChildren = parameters.interventionsForChildren().contains(e.getKey());
      Rate observed = forChildren ? report.interventionReceivedWithChildren(e.getKey()) : report.interventionReceived(e.getKey());
      assertEquals(e.getValue(), observed.value(), 0.01, e.getKey() + ": " + observed);
    }
    List<String> byTable = table4.keySet().stream().filter(k -> !parameters.interventionsForChildren().contains(k))
        .sorted(Comparator.comparing(table4::get)).toList();
    List<String> byReport = byTable.stream().sorted(Comparator.comparing(k -> report.interventionReceived(k).value())).toList();
    assertEquals(byTable, byReport, "the kinds rank as in Table 4");
  }

  @Test
  void riskFactorsFollowTables1To3AtIntakeAndTables5And6AtReview() {
    for (RiskFactor f : RiskFactor.values()) {
      double atIntake = parameters.riskFactorsAtIntake().get(f);
      assertNear(atIntake, report.riskFactorAtIntake(f), f + " at intake");
      double atReview = atIntake * parameters.riskFactorPersistence().get(f) + (1 - atIntake) * parameters.riskFactorOnset().get(f);
      assertNear(atReview, report.riskFactorChange(f).atReview(), f + " at review");
    }
    // "Fear of further injury fell from 85% of cases to 22% while fear of being killed fell from 48% to 7%"
    assertEquals(0.22, report.riskFactorChange(RiskFactor.FEAR_OF_FURTHER_INJURY).atReview().value(), 0.01);
    assertEquals(0.07, report.riskFactorChange(RiskFactor.FEAR_OF_BEING_KILLED).atReview().value(), 0.01);
    // Table 6: a domestic-abuse criminal record rose, from 27% to 35% of the reviewed
    assertEquals(0.35, report.riskFactorChange(RiskFactor.PERPETRATOR_DOMESTIC_ABUSE_RECORD).atReview().value(), 0.01);
  }

  @Test
  void riskIsLowerAtReviewWhenTheIdvaJudgesItReduced() {
    assertNear(parameters.expectedLevelLowered(), report.riskMovement().lowered(), "risk level lowered");
  }
}
