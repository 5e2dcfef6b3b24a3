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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.CohortTally;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;

/** The generator: the same seed gives the same cohort by every route, and parameters are checked. */
class SyntheticCohortTest {
  private final SyntheticCohort generator = SyntheticCohort.withDefaults(42L);

  @Test
  void theSameSeedGivesTheSameCasesAndAnotherSeedOthers() {
    List<CaseOutcome> first = generator.caseList(500);
    assertEquals(first, SyntheticCohort.withDefaults(42L).caseList(500));
    assertNotEquals(first, SyntheticCohort.withDefaults(43L).caseList(500));
  }

  @Test
  void aCaseIsTheSameDrawnAloneInAListInAStreamOrInParallel() {
    List<CaseOutcome> list = generator.caseList(300);
    assertEquals(list.get(123), generator.caseAt(123));
    assertEquals(list, generator.cases(300).collect(Collectors.toList()));
    assertEquals(list, generator.cases(300).parallel().collect(Collectors.toList()));
  }

  @Test
  void thePackedCohortHoldsExactlyTheCasesTheListHolds() {
    List<CaseOutcome> list = generator.caseList(20_000);
    PackedCohort packed = generator.packed(20_000);
    assertEquals(PackedCohort.of(list).report(), packed.report());
    assertEquals(CohortTally.create().addAll(list).report(), packed.report());
    for (int i = 0; i < 20_000; i += 997) {
      CaseOutcome c = list.get(i);
      assertEquals(c.interventions(), packed.interventions(i));
      assertEquals(c.significantContacts(), packed.significantContacts(i));
      assertEquals(c.levelAtIntake(), packed.levelAtIntake(i));
      assertEquals(c.levelAtReview(), packed.levelAtReview(i));
    }
  }

  @Test
  void packingInPiecesGivesTheSameCohortAsPackingAtOnce() {
    PackedCohort.Builder builder = PackedCohort.builder();
    generator.packInto(builder, 0, 700);
    generator.packInto(builder, 700, 1300);
    assertEquals(generator.packed(2000).report(), builder.build().report());
  }

  @Test
  void casesAreMadeUpAndCarryNoPersonalData() {
    assertEquals("synthetic-7", generator.caseAt(7).caseId());
  }

  @Test
  void generatedCasesRespectTheParameters() {
    SyntheticParameters p = SyntheticParameters.defaults();
    for (CaseOutcome c : generator.caseList(5000)) {
      assertTrue(c.interventions() <= p.maxInterventions(), c.toString());
      assertTrue(c.significantContacts() <= p.maxSignificantContacts(), c.toString());
      if (c.abuseAtReview().isPresent() && !c.abuseAtIntake().types().isEmpty()) {
        // abuse either all ceased or something remains; a case never loses the review's level
        assertTrue(c.levelAtReview().isPresent());
      }
      if (c.abuseAtReview().isEmpty()) {
        assertTrue(c.answers().isEmpty(), c.toString());
        assertTrue(c.riskFactorsAtReview().isEmpty(), c.toString());
      }
      if (!c.hasChildren().orElse(true)) {
        // support and risks about children only where there are children
        assertTrue(c.interventionKinds().stream().noneMatch(p.interventionsForChildren()::contains), c.toString());
        assertTrue(c.riskFactorsAtIntake().stream().noneMatch(f -> f.group() == RiskFactor.Group.CHILDREN), c.toString());
      }
      assertTrue(p.interventionShares().keySet().containsAll(c.interventionKinds()), c.toString());
    }
  }

  @Test
  void everyParameterCanBeChangedThroughTheBuilder() {
    SyntheticParameters p = SyntheticParameters.defaults().toBuilder()
        .bands(List.of(0, 3), List.of(0.5, 0.5))
        .intensiveShareByBand(List.of(0.2, 0.8))
        .outcomeByBand(OutcomeMeasure.RISK_REDUCED, List.of(0.3, 0.6))
        .outcomeByBand(OutcomeMeasure.FEELS_SAFER, List.of(0.3, 0.6))
        .outcomeByBand(OutcomeMeasure.QUALITY_OF_LIFE_IMPROVED, List.of(0.3, 0.6))
        .outcomeByBand(OutcomeMeasure.COPING_IMPROVED, List.of(0.3, 0.6))
        .outcomeByBand(OutcomeMeasure.SOCIAL_SUPPORT_IMPROVED, List.of(0.3, 0.6))
        .outcomeByBand(OutcomeMeasure.TOTAL_CESSATION, List.of(0.3, 0.6))
        .maxInterventions(5).reviewRate(1.0).levelAtIntake(RiskLevel.HIGH, 1.0).levelAtIntake(RiskLevel.MEDIUM, 0)
        .levelAtIntake(RiskLevel.STANDARD, 0).prevalenceAtIntake(AbuseType.PHYSICAL, 1.0)
        .childrenShare(1.0).childrenNotRecordedRate(0)
        .interventions(Map.of("one-kind", 0.5, "other-kind", 0.5, "for-children", 0.5), Set.of("for-children"))
        .riskFactor(RiskFactor.ESCALATION, 0.999_999, 0.999_999, 0)
        .build();
    assertEquals(p, p.toBuilder().build());
    assertEquals(List.of(0, 3), p.reportParameters().bandLowerBounds());
    List<CaseOutcome> cases = SyntheticCohort.of(p, 1).caseList(2000);
    assertTrue(cases.stream().allMatch(c -> c.abuseAtReview().isPresent() && c.levelAtIntake() == RiskLevel.HIGH
        && c.abuseAtIntake().isPresent(AbuseType.PHYSICAL) && c.interventions() <= 5 && c.hasChildren().equals(Optional.of(true))));
    assertTrue(cases.stream().allMatch(c -> c.interventions() > 3 || Set.of("one-kind", "other-kind", "for-children")
        .containsAll(c.interventionKinds()) && c.interventionKinds().size() == c.interventions()), "three kinds for up to three interventions");
    assertTrue(cases.stream().filter(c -> c.riskFactorsAtIntake().contains(RiskFactor.ESCALATION)).count() > 1990);
  }

  @Test
  void aParameterOutOfRangeIsRefusedByName() {
    SyntheticParameters.Builder b = SyntheticParameters.defaults().toBuilder();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.reviewRate(1.5).build());
    assertEquals("reviewRate", e.field());
    assertEquals("1.5", e.value());
    e = assertThrows(InvalidInputException.class,
        () -> SyntheticParameters.builder().bands(List.of(0, 2, 6, 11), List.of(0.5, 0.5, 0.5, 0.5)).build());
    assertEquals("bandShares", e.field());
    e = assertThrows(InvalidInputException.class, () -> SyntheticParameters.builder().intensiveShareByBand(List.of(0.5)).build());
    assertEquals("intensiveShareByBand", e.field());
    e = assertThrows(InvalidInputException.class, () -> SyntheticParameters.builder().intensiveEffect(OutcomeMeasure.FEELS_SAFER, 0.9).build());
    assertEquals("intensiveEffect[FEELS_SAFER]", e.field());
    e = assertThrows(InvalidInputException.class, () -> SyntheticParameters.builder().bands(List.of(1, 2), List.of(0.5, 0.5)).build());
    assertEquals("bandLowerBounds[0]", e.field());
    e = assertThrows(InvalidInputException.class, () -> SyntheticParameters.builder().maxSignificantContacts(3).build());
    assertEquals("maxSignificantContacts", e.field());
    e = assertThrows(InvalidInputException.class, () -> SyntheticParameters.builder().prevalenceAtIntake(AbuseType.SEXUAL, -0.1).build());
    assertEquals("prevalenceAtIntake[SEXUAL]", e.field());
    e = assertThrows(InvalidInputException.class,
        () -> SyntheticParameters.builder().interventions(Map.of("safety-planning", 1.0), Set.of()).build());
    assertEquals("interventionShares[safety-planning]", e.field());
    e = assertThrows(InvalidInputException.class,
        () -> SyntheticParameters.builder().interventions(Map.of("housing", 0.5), Set.of("schools")).build());
    assertEquals("interventionsForChildren", e.field());
    e = assertThrows(InvalidInputException.class, () -> SyntheticParameters.builder().riskFactor(RiskFactor.STALKING, 0.3, 1.2, 0).build());
    assertEquals("riskFactorPersistence[STALKING]", e.field());
    e = assertThrows(InvalidInputException.class,
        () -> SyntheticParameters.builder().outcomeByBand(OutcomeMeasure.COMPLETE_OR_NEAR_CESSATION, List.of(0.5, 0.5, 0.5, 0.5)));
    assertEquals("measure", e.field(), "complete or near cessation follows from the abuse drawn");
    assertEquals("count", assertThrows(InvalidInputException.class, () -> generator.packed(-1)).field());
  }
}
