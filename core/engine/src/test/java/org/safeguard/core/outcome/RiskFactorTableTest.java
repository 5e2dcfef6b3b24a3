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

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.model.RiskLevel;

/**
 * The tables of risk factors: the share of cases with each at intake (<i>Safety in Numbers</i>,
 * CAADA, 2009, Tables 1 to 3) and its change from intake to review over the same reviewed cases
 * (Tables 5 and 6: conflict around child contact in 292 of 699 victims with children at intake and
 * 160 at review, a 45% fall; the perpetrator's DV-related criminal record rose, 261 to 338, -30%).
 * Five hand-built cases:
 *
 * <pre>
 * case reviewed children      at intake                                at review
 * c1   yes      yes           CHILD_CONTACT_CONFLICT, PERP_ALCOHOL     PERP_ALCOHOL
 * c2   yes      no            PERP_ALCOHOL, VICTIM_FRIGHTENED          (none)
 * c3   yes      not recorded  CHILD_CONTACT_CONFLICT                   CHILD_CONTACT_CONFLICT, PERP_DV_RECORD
 * c4   no       yes           CHILD_CONTACT_CONFLICT, VICTIM_FRIGHTENED (no review)
 * c5   yes      yes           VICTIM_FRIGHTENED                        CHILD_CONTACT_CONFLICT
 * </pre>
 */
class RiskFactorTableTest {
  private static CaseOutcome outcome(String id, boolean reviewed, Optional<Boolean> children, Set<RiskFactor> atIntake,
      Set<RiskFactor> atReview) {
    CaseOutcome.Builder b = CaseOutcome.builder().caseId(id).interventions(0).significantContacts(0).abuseAtIntake(AbuseProfile.none())
        .levelAtIntake(RiskLevel.HIGH).hasChildren(children).riskFactorsAtIntake(atIntake).riskFactorsAtReview(atReview);
    return (reviewed ? b.abuseAtReview(AbuseProfile.none()).levelAtReview(RiskLevel.MEDIUM) : b).build();
  }

  private static final RiskFactor CONTACT = RiskFactor.CHILD_CONTACT_CONFLICT;
  private static final RiskFactor ALCOHOL = RiskFactor.PERPETRATOR_ALCOHOL_ABUSE;
  private static final RiskFactor DV_RECORD = RiskFactor.PERPETRATOR_DOMESTIC_ABUSE_RECORD;
  private static final RiskFactor FRIGHTENED = RiskFactor.VICTIM_FRIGHTENED;

  private static final List<CaseOutcome> COHORT = List.of(
      outcome("c1", true, Optional.of(true), EnumSet.of(CONTACT, ALCOHOL), EnumSet.of(ALCOHOL)),
      outcome("c2", true, Optional.of(false), EnumSet.of(ALCOHOL, FRIGHTENED), Set.of()),
      outcome("c3", true, Optional.empty(), EnumSet.of(CONTACT), EnumSet.of(CONTACT, DV_RECORD)),
      outcome("c4", false, Optional.of(true), EnumSet.of(CONTACT, FRIGHTENED), Set.of()),
      outcome("c5", true, Optional.of(true), EnumSet.of(FRIGHTENED), EnumSet.of(CONTACT)));

  private static final CohortReport REPORT = CohortTally.create().addAll(COHORT).report();

  @Test
  void atIntakeAFactorIsAShareOfAllCasesAndAChildFactorOfThoseWithChildren() {
    assertEquals(Rate.of(2, 5, 0, ""), REPORT.riskFactorAtIntake(ALCOHOL));
    assertEquals(Rate.of(3, 5, 0, ""), REPORT.riskFactorAtIntake(FRIGHTENED));
    // with children: c1 c4 c5; c3's children not recorded
    assertEquals(Rate.of(2, 3, 1, "children not recorded"), REPORT.riskFactorAtIntake(CONTACT));
  }

  @Test
  void theChangeReadsBothTimePointsOverTheSameReviewedCases() {
    RiskFactorChange alcohol = REPORT.riskFactorChange(ALCOHOL);
    assertEquals(Rate.of(2, 4, 1, "no review"), alcohol.atIntake());
    assertEquals(Rate.of(1, 4, 1, "no review"), alcohol.atReview());
    assertEquals(OptionalDouble.of(0.5), alcohol.fall());
    // reviewed with children: c1 c5; c3 children not recorded, c4 no review
    RiskFactorChange contact = REPORT.riskFactorChange(CONTACT);
    assertEquals(Rate.of(1, 2, 2, "1 no review, 1 children not recorded"), contact.atIntake());
    assertEquals(Rate.of(1, 2, 2, "1 no review, 1 children not recorded"), contact.atReview());
    assertEquals(OptionalDouble.of(0.0), contact.fall());
    RiskFactorChange record = REPORT.riskFactorChange(DV_RECORD);
    assertEquals(OptionalDouble.empty(), record.fall(), "no case had it at intake");
    assertEquals(Rate.of(1, 4, 1, "no review"), record.atReview());
    assertEquals(CONTACT, contact.factor());
  }

  @Test
  void tableFiveAndSixFallsReadAsTheEvaluationPrintsThem() {
    // Table 5: 292 -> 160 of 699 is a 45% fall; Table 6: 261 -> 338 of 966 a 30% rise
    assertEquals(45, Math.round(100 * new RiskFactorChange(CONTACT, Rate.of(292, 699, 0, ""), Rate.of(160, 699, 0, "")).fall().getAsDouble()));
    assertEquals(-30, Math.round(100 * new RiskFactorChange(DV_RECORD, Rate.of(261, 966, 0, ""), Rate.of(338, 966, 0, "")).fall()
        .getAsDouble()));
  }

  @Test
  void theTableListsTheFactorsRecordedAndThePackedPathAgrees() {
    String table = REPORT.toTable();
    assertTrue(table.lines().anyMatch(l -> l.startsWith("PERPETRATOR_ALCOHOL_ABUSE") && l.contains("40% 2/5 [0]")
        && l.contains("50% 2/4 [1]") && l.contains("25% 1/4 [1]") && l.endsWith("50%")), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("PERPETRATOR_DOMESTIC_ABUSE_RECORD") && l.endsWith("-")), table);
    assertTrue(table.lines().noneMatch(l -> l.startsWith("STALKING")), "a factor no case recorded is left out");
    PackedCohort packed = PackedCohort.of(COHORT);
    assertEquals(REPORT, packed.report());
    assertEquals(REPORT, packed.reportInParallel(ReportParameters.defaults()));
    assertEquals(EnumSet.of(CONTACT, ALCOHOL), packed.riskFactorsAtIntake(0));
    assertEquals(EnumSet.of(CONTACT, DV_RECORD), packed.riskFactorsAtReview(2));
    assertEquals(Set.of(), packed.riskFactorsAtReview(3));
  }

  @Test
  void casesWrittenFieldByFieldCarryTheirFactorsAndDropThoseAtAReviewTheyLack() {
    PackedCohort packed = PackedCohort.builder()
        .riskFactors(EnumSet.of(ALCOHOL), EnumSet.of(FRIGHTENED)).review(0, 0, RiskLevel.MEDIUM).endCase()
        .riskFactors(EnumSet.of(ALCOHOL), EnumSet.of(FRIGHTENED)).endCase()
        .build();
    assertEquals(EnumSet.of(FRIGHTENED), packed.riskFactorsAtReview(0));
    assertEquals(Set.of(), packed.riskFactorsAtReview(1), "no review, no factors at review");
    assertEquals(EnumSet.of(ALCOHOL), packed.riskFactorsAtIntake(1));
  }

  @Test
  void everyFactorBelongsToTheEvaluationsGroup() {
    assertEquals(RiskFactor.Group.CHILDREN, RiskFactor.THREATS_TO_KILL_CHILDREN.group());
    assertEquals(RiskFactor.Group.PERPETRATOR, RiskFactor.PERPETRATOR_MENTAL_HEALTH.group());
    assertEquals(RiskFactor.Group.ABUSIVE_BEHAVIOUR, RiskFactor.STALKING.group());
    assertEquals(RiskFactor.Group.FEAR, RiskFactor.FEAR_OF_BEING_KILLED.group());
  }
}
