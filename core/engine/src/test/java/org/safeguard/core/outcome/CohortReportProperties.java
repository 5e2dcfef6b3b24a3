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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.safeguard.model.RiskLevel;

/** The laws of the cohort report as a mergeable aggregation, and its agreement with the plain definitions. */
class CohortReportProperties {
  private static final ForkJoinPool FOUR_THREADS = new ForkJoinPool(4);

  @AfterContainer
  static void stopPool() {
    FOUR_THREADS.shutdown();
  }

  @Provide
  Arbitrary<List<CaseOutcome>> cohorts() {
    return CaseOutcomes.cohorts();
  }

  @Provide("case")
  Arbitrary<CaseOutcome> oneCase() {
    return CaseOutcomes.any();
  }

  @Provide
  Arbitrary<ReportParameters> parameters() {
    return CaseOutcomes.parameters();
  }

  /** Cuts {@code cases} at the given points (taken modulo the size) into contiguous chunks, some possibly empty. */
  private static List<List<CaseOutcome>> split(List<CaseOutcome> cases, List<Integer> cuts) {
    List<Integer> points = cuts.stream().map(c -> cases.isEmpty() ? 0 : c % (cases.size() + 1)).sorted().collect(Collectors.toList());
    List<List<CaseOutcome>> chunks = new ArrayList<>();
    int from = 0;
    for (int point : points) {
      chunks.add(cases.subList(from, point));
      from = point;
    }
    chunks.add(cases.subList(from, cases.size()));
    return chunks;
  }

  /** Merges partial results two at a time, picking the pair at random each time: any bracketing, any order. */
  private static <T> T mergeInRandomOrder(List<T> partials, BinaryOperator<T> merge, Random random) {
    List<T> pool = new ArrayList<>(partials);
    while (pool.size() > 1) {
      T left = pool.remove(random.nextInt(pool.size()));
      T right = pool.remove(random.nextInt(pool.size()));
      pool.add(random.nextInt(pool.size() + 1), merge.apply(left, right));
    }
    return pool.get(0);
  }

  @Property
  void anySplitOfACohortMergedInAnyOrderGivesTheSinglePassReport(
      @ForAll("cohorts") List<CaseOutcome> cases,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> cuts,
      @ForAll("parameters") ReportParameters parameters,
      @ForAll Random random) {
    CohortReport singlePass = CohortTally.create(parameters).addAll(cases).report();
    List<List<CaseOutcome>> chunks = split(cases, cuts);

    List<CohortTally> tallies = new ArrayList<>();
    List<CohortReport> reports = new ArrayList<>();
    for (List<CaseOutcome> chunk : chunks) {
      tallies.add(CohortTally.create(parameters).addAll(chunk));
      reports.add(CohortTally.create(parameters).addAll(chunk).report());
    }
    assertEquals(singlePass, mergeInRandomOrder(tallies, CohortTally::merge, random).report());
    assertEquals(singlePass, mergeInRandomOrder(reports, CohortReport::merge, random));
  }

  @Property
  void mergingWithAnEmptyPartialChangesNothing(@ForAll("cohorts") List<CaseOutcome> cases, @ForAll("parameters") ReportParameters parameters) {
    CohortReport report = CohortTally.create(parameters).addAll(cases).report();
    CohortReport empty = CohortReport.empty(parameters);
    assertEquals(report, report.merge(empty));
    assertEquals(report, empty.merge(report));
    assertEquals(report, CohortTally.create(parameters).merge(CohortTally.create(parameters).addAll(cases)).report());
  }

  @Property
  void reportMergeLeavesBothSidesAsTheyWere(@ForAll("cohorts") List<CaseOutcome> left, @ForAll("cohorts") List<CaseOutcome> right) {
    CohortReport a = CohortTally.create().addAll(left).report();
    CohortReport b = CohortTally.create().addAll(right).report();
    CohortReport aCopy = CohortTally.create().addAll(left).report();
    CohortReport bCopy = CohortTally.create().addAll(right).report();
    a.merge(b);
    assertEquals(aCopy, a);
    assertEquals(bCopy, b);
  }

  /**
   * A case written field by field with each type's severity packs as the case outcome does: the
   * same abuse read back at all three levels, and the same report, near cessation included (which
   * only the standard level tells from moderate). A type not recorded at review has no field, so
   * such cases are left to {@code add}.
   */
  @Property
  void aCaseWrittenFieldByFieldWithSeveritiesPacksAsItsOutcomeDoes(@ForAll("case") CaseOutcome c) {
    net.jqwik.api.Assume.that(c.abuseAtReview().map(r -> r.notRecorded().isEmpty()).orElse(true));
    PackedCohort.Builder b = PackedCohort.builder();
    if (!c.interventionKinds().isEmpty()) {
      b.interventionKinds(c.interventionKinds());
    }
    b.interventions(c.interventions()).significantContacts(c.significantContacts())
        .intakeSeverities(severities(c.abuseAtIntake()), c.levelAtIntake())
        .riskFactors(c.riskFactorsAtIntake(), c.riskFactorsAtReview());
    c.hasChildren().ifPresent(b::hasChildren);
    if (c.abuseAtReview().isPresent()) {
      b.reviewSeverities(severities(c.abuseAtReview().get()), c.levelAtReview().orElseThrow());
      for (OutcomeQuestion q : OutcomeQuestion.values()) {
        b.answer(q, c.answer(q));
      }
    }
    PackedCohort byField = b.endCase().build();
    PackedCohort whole = PackedCohort.of(List.of(c));
    assertEquals(c.abuseAtIntake(), byField.abuseAtIntake(0));
    assertEquals(c.abuseAtReview(), byField.abuseAtReview(0));
    assertEquals(whole.report(), byField.report());
    assertEquals(CohortTally.create().add(c).report(), byField.report());
  }

  private static int severities(AbuseProfile profile) {
    int bits = 0;
    for (Map.Entry<AbuseType, Severity> e : profile.present().entrySet()) {
      bits |= PackedCohort.severityBits(e.getKey(), e.getValue());
    }
    return bits;
  }

  /**
   * Complete or near cessation only widens total cessation: a case whose abuse all stopped has it,
   * and a case without it has not totally ceased. Where it holds, removing a type at review keeps
   * it, while raising a type at review above standard, or a type absent at intake appearing at
   * review, takes it away.
   */
  @Property
  void nearCessationContainsTotalCessationAndHoldsOnlyWhileWhatRemainsIsStandardAndFallen(@ForAll("case") CaseOutcome c) {
    if (c.totalCessation().orElse(false)) {
      assertEquals(Optional.of(true), c.completeOrNearCessation());
    }
    if (!c.completeOrNearCessation().orElse(true)) {
      assertEquals(Optional.of(false), c.totalCessation());
    }
    if (c.abuseAtReview().isEmpty() || !c.completeOrNearCessation().orElse(false)) {
      return;
    }
    AbuseProfile review = c.abuseAtReview().get();
    for (AbuseType type : review.types()) {
      Map<AbuseType, Severity> without = new EnumMap<>(AbuseType.class);
      without.putAll(review.present());
      without.remove(type);
      assertEquals(Optional.of(true), withReview(c, AbuseProfile.of(without, review.notRecorded())).completeOrNearCessation(),
          type + " removed");
      Map<AbuseType, Severity> raised = new EnumMap<>(AbuseType.class);
      raised.putAll(review.present());
      raised.put(type, Severity.MODERATE);
      assertEquals(Optional.of(false), withReview(c, AbuseProfile.of(raised, review.notRecorded())).completeOrNearCessation(),
          type + " raised to moderate");
    }
    for (AbuseType type : AbuseType.values()) {
      if (!c.abuseAtIntake().isPresent(type) && !review.isPresent(type)) {
        Map<AbuseType, Severity> started = new EnumMap<>(AbuseType.class);
        started.putAll(review.present());
        started.put(type, Severity.STANDARD);
        Set<AbuseType> notRecorded = EnumSet.noneOf(AbuseType.class);
        notRecorded.addAll(review.notRecorded());
        notRecorded.remove(type);
        assertEquals(Optional.of(false), withReview(c, AbuseProfile.of(started, notRecorded)).completeOrNearCessation(),
            type + " started at standard");
      }
    }
  }

  private static CaseOutcome withReview(CaseOutcome c, AbuseProfile review) {
    return CaseOutcome.builder().from(c).abuseAtReview(review).build();
  }

  @Property
  void theObjectPathThePackedPathAndTheParallelPathGiveTheSameReport(
      @ForAll("cohorts") List<CaseOutcome> cases, @ForAll("parameters") ReportParameters parameters) {
    CohortReport objects = CohortTally.create(parameters).addAll(cases).report();
    PackedCohort packed = PackedCohort.of(cases);
    assertEquals(objects, packed.report(parameters));
    assertEquals(objects, packed.reportInParallel(parameters));
    assertEquals(objects, packed.reportInParallel(parameters, FOUR_THREADS));
    assertEquals(objects, cases.parallelStream().collect(CohortTally.collector(parameters)));
  }

  /** A packed case gives back the abuse (four severity levels), risk factors, kinds and children of the outcome it packs. */
  @Property
  void aPackedCaseKeepsWhatTheTablesRead(@ForAll("cohorts") List<CaseOutcome> cases) {
    PackedCohort packed = PackedCohort.of(cases);
    for (int i = 0; i < cases.size(); i++) {
      CaseOutcome c = cases.get(i);
      assertEquals(c.abuseAtIntake(), packed.abuseAtIntake(i));
      assertEquals(c.abuseAtReview(), packed.abuseAtReview(i));
      assertEquals(c.riskFactorsAtIntake(), packed.riskFactorsAtIntake(i));
      assertEquals(c.riskFactorsAtReview(), packed.riskFactorsAtReview(i));
      assertEquals(c.hasChildren(), packed.hasChildren(i));
      boolean recorded = !c.interventionKinds().isEmpty() || c.interventions() == 0;
      assertEquals(recorded ? java.util.Optional.of(c.interventionKinds()) : java.util.Optional.empty(), packed.interventionKinds(i));
    }
  }

  @Property
  void everyNumberAgreesWithThePlainDefinitions(@ForAll("cohorts") List<CaseOutcome> cases, @ForAll("parameters") ReportParameters parameters) {
    CohortReport report = PackedCohort.of(cases).report(parameters);
    ReferenceReport reference = new ReferenceReport(cases, parameters);
    assertEquals(cases.size(), report.cases());
    assertEquals(reference.count(c -> c.abuseAtReview().isPresent()), report.reviewed());
    assertEquals(reference.count(reference.intensive(true)), report.intensiveCases());
    assertEquals(reference.cappedInterventions(), report.totalInterventions());
    assertEquals(reference.cappedContacts(), report.totalSignificantContacts());
    for (OutcomeMeasure m : OutcomeMeasure.values()) {
      assertEquals(reference.rate(m, c -> true), report.overall(m), m.name());
      assertEquals(reference.rate(m, reference.intensive(true)), report.intensive(m), m.name());
      assertEquals(reference.rate(m, reference.intensive(false)), report.notIntensive(m), m.name());
      for (int band = 0; band < parameters.bandCount(); band++) {
        assertEquals(reference.rate(m, reference.inBand(band)), report.byBand(m, band), m + " band " + band);
        assertEquals(reference.count(reference.inBand(band)), report.casesInBand(band));
        for (boolean intensive : new boolean[] {true, false}) {
          assertEquals(reference.rate(m, reference.inBand(band).and(reference.intensive(intensive))),
              report.byBandAndSupport(m, band, intensive));
        }
      }
    }
    for (AbuseType t : AbuseType.values()) {
      assertEquals(reference.cessation(t), report.cessation(t), t.name());
      assertEquals(reference.prevalenceAtIntake(t), report.prevalenceAtIntake(t), t.name());
    }
    for (RiskFactor f : RiskFactor.values()) {
      assertEquals(reference.riskFactor(f, false, false), report.riskFactorAtIntake(f), f.name());
      assertEquals(reference.riskFactor(f, true, false), report.riskFactorChange(f).atIntake(), f.name());
      assertEquals(reference.riskFactor(f, true, true), report.riskFactorChange(f).atReview(), f.name());
    }
    for (String kind : CaseOutcomes.KINDS) {
      assertEquals(reference.interventionReceived(kind, false), report.interventionReceived(kind), kind);
      assertEquals(reference.interventionReceived(kind, true), report.interventionReceivedWithChildren(kind), kind);
    }
    assertEquals(CaseOutcomes.KINDS.stream().filter(k -> reference.interventionReceived(k, false).numerator() > 0).sorted()
        .collect(java.util.stream.Collectors.toList()), report.interventionKinds());
    for (RiskLevel from : RiskLevel.values()) {
      assertEquals(reference.count(c -> c.levelAtIntake() == from && c.levelAtReview().isEmpty()), report.riskMovement().noReview(from));
      for (RiskLevel to : RiskLevel.values()) {
        assertEquals(reference.count(c -> c.levelAtIntake() == from && c.levelAtReview().equals(java.util.Optional.of(to))),
            report.riskMovement().count(from, to));
      }
    }
  }

  @Property
  void everyRateHasItsNumeratorWithinItsDenominatorAndEveryCaseOfItsGroupCounted(
      @ForAll("cohorts") List<CaseOutcome> cases, @ForAll("parameters") ReportParameters parameters) {
    CohortReport report = PackedCohort.of(cases).report(parameters);
    for (OutcomeMeasure m : OutcomeMeasure.values()) {
      checkRate(report.overall(m), report.cases());
      checkRate(report.intensive(m), report.intensiveCases());
      checkRate(report.notIntensive(m), report.notIntensiveCases());
      for (int band = 0; band < parameters.bandCount(); band++) {
        checkRate(report.byBand(m, band), report.casesInBand(band));
      }
    }
    for (AbuseType t : AbuseType.values()) {
      checkRate(report.cessation(t), cases.stream().filter(c -> c.abuseAtIntake().isPresent(t)).count());
    }
    RiskMovement movement = report.riskMovement();
    checkRate(movement.lowered(), report.cases());
    assertEquals(report.reviewed(), movement.lowered().numerator() + movement.unchanged().numerator() + movement.raised().numerator());
  }

  /** Numerator within denominator, and denominator plus missing is the whole group. */
  private static void checkRate(Rate rate, long groupSize) {
    assertTrue(rate.numerator() <= rate.denominator(), rate.toString());
    assertEquals(groupSize, rate.denominator() + rate.missing(), rate.toString());
    assertEquals(rate.missing() == 0, rate.missingReason().isEmpty(), rate.toString());
  }
}
