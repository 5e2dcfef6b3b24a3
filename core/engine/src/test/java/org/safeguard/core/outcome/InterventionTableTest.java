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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;

/**
 * The table of interventions received, as <i>Safety in Numbers</i> (CAADA, 2009) gives it in Table 4:
 * each kind's share of the reviewed cases (n=1,247), and for the rows on children their share of
 * those with children (n=873). Six hand-built cases, the expected numbers worked out by hand:
 *
 * <pre>
 * case reviewed kinds                          children
 * c1   yes      safety-planning, child-contact yes
 * c2   yes      safety-planning                no
 * c3   yes      safety-planning, housing       not recorded
 * c4   yes      (2 interventions, kinds not recorded) yes
 * c5   no       housing                        yes
 * c6   yes      (no interventions)             yes
 *
 * of reviewed cases: group c1 c2 c3 c6 (4); missing c5 (no review), c4 (kinds not recorded)
 * of those with children: group c1 c6 (2); missing c5, c4 and c3 (children not recorded)
 * </pre>
 */
class InterventionTableTest {
  private static CaseOutcome.Builder outcome(String id, boolean reviewed, Optional<Boolean> children) {
    CaseOutcome.Builder b = CaseOutcome.builder().caseId(id).significantContacts(1).abuseAtIntake(AbuseProfile.none())
        .levelAtIntake(RiskLevel.HIGH).hasChildren(children);
    return reviewed ? b.abuseAtReview(AbuseProfile.none()).levelAtReview(RiskLevel.MEDIUM) : b;
  }

  private static final List<CaseOutcome> COHORT = List.of(
      outcome("c1", true, Optional.of(true)).interventions(2).interventionKinds(Set.of("safety-planning", "child-contact")).build(),
      outcome("c2", true, Optional.of(false)).interventions(1).interventionKinds(Set.of("safety-planning")).build(),
      outcome("c3", true, Optional.empty()).interventions(2).interventionKinds(Set.of("safety-planning", "housing")).build(),
      outcome("c4", true, Optional.of(true)).interventions(2).build(),
      outcome("c5", false, Optional.of(true)).interventions(1).interventionKinds(Set.of("housing")).build(),
      outcome("c6", true, Optional.of(true)).interventions(0).build());

  private static final CohortReport REPORT = CohortTally.create().addAll(COHORT).report();

  @Test
  void eachKindIsAShareOfTheReviewedCasesWithTheirKindsRecorded() {
    assertEquals(List.of("child-contact", "housing", "safety-planning"), REPORT.interventionKinds());
    assertEquals(Rate.of(3, 4, 2, "1 no review, 1 kinds not recorded"), REPORT.interventionReceived("safety-planning"));
    assertEquals(Rate.of(1, 4, 2, "1 no review, 1 kinds not recorded"), REPORT.interventionReceived("housing"));
    assertEquals(Rate.of(0, 4, 2, "1 no review, 1 kinds not recorded"), REPORT.interventionReceived("sanctuary-scheme"),
        "a kind no reviewed case received is 0 of the group");
  }

  @Test
  void childRelatedRowsReadOverTheCasesWithChildrenAndNotRecordedIsMissingNotNone() {
    String missing = "1 no review, 1 kinds not recorded, 1 children not recorded";
    assertEquals(Rate.of(1, 2, 3, missing), REPORT.interventionReceivedWithChildren("child-contact"));
    assertEquals(Rate.of(1, 2, 3, missing), REPORT.interventionReceivedWithChildren("safety-planning"));
    assertEquals(Rate.of(0, 2, 3, missing), REPORT.interventionReceivedWithChildren("housing"));
  }

  @Test
  void theTableShowsBothShares() {
    String table = REPORT.toTable();
    assertTrue(table.contains("Interventions received"), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("safety-planning") && l.contains("75% 3/4 [2]") && l.contains("50% 1/2 [3]")), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("child-contact") && l.contains("25% 1/4 [2]") && l.contains("50% 1/2 [3]")), table);
    assertFalse(CohortTally.create().report().toTable().contains("Interventions received"), "no kinds recorded, no table");
  }

  @Test
  void thePackedAndParallelPathsCountKindsAlikeAndKeepThemPerCase() {
    PackedCohort packed = PackedCohort.of(COHORT);
    assertEquals(REPORT, packed.report());
    assertEquals(REPORT, packed.reportInParallel(ReportParameters.defaults()));
    assertEquals(REPORT, packed.tally(0, 3, ReportParameters.defaults()).merge(packed.tally(3, 6, ReportParameters.defaults())).report());
    assertEquals(Optional.of(Set.of("safety-planning", "child-contact")), packed.interventionKinds(0));
    assertEquals(Optional.empty(), packed.interventionKinds(3), "kinds not recorded");
    assertEquals(Optional.of(Set.of()), packed.interventionKinds(5), "no interventions: none to record");
    assertEquals(Optional.of(true), packed.hasChildren(0));
    assertEquals(Optional.of(false), packed.hasChildren(1));
    assertEquals(Optional.empty(), packed.hasChildren(2));
    assertEquals("index", assertThrows(InvalidInputException.class, () -> packed.interventionKinds(6)).field());
  }

  @Test
  void casesWrittenFieldByFieldCarryTheirKindsAndChildren() {
    PackedCohort packed = PackedCohort.builder()
        .interventionKinds(List.of("safety-planning", "child-contact", "safety-planning")).hasChildren(true)
        .review(0, 0, RiskLevel.MEDIUM).endCase()
        .interventions(3).review(0, 0, RiskLevel.MEDIUM).endCase()
        .build();
    assertEquals(2, packed.interventions(0), "the kinds set the count, each once");
    assertEquals(Optional.of(Set.of("safety-planning", "child-contact")), packed.interventionKinds(0));
    assertEquals(Optional.of(true), packed.hasChildren(0));
    assertEquals(Optional.empty(), packed.interventionKinds(1));
    assertEquals(Optional.empty(), packed.hasChildren(1));
    assertEquals(Rate.of(1, 1, 1, "kinds not recorded"), packed.report().interventionReceived("child-contact"));

    PackedCohort.Builder mismatch = PackedCohort.builder().interventionKinds(List.of("gp")).interventions(2);
    assertEquals("interventions", assertThrows(InvalidInputException.class, mismatch::endCase).field());
    assertEquals("kinds", assertThrows(InvalidInputException.class,
        () -> PackedCohort.builder().interventionKinds(List.of("Not An Id"))).field());
  }

  @Test
  void aPackedCohortTellsApartSixtyKindsAndRefusesMoreChangingNothing() {
    PackedCohort.Builder b = PackedCohort.builder();
    List<String> sixty = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      sixty.add("kind-" + i);
    }
    b.interventionKinds(sixty).endCase();
    CaseOutcome oneMore = outcome("c61", true, Optional.empty()).interventions(2).interventionKinds(Set.of("kind-0", "kind-60")).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.add(oneMore));
    assertEquals("interventionKinds", e.field());
    assertEquals(1, b.size(), "the refused case is not packed");
    b.add(outcome("c2", true, Optional.empty()).interventions(1).interventionKinds(Set.of("kind-59")).build());
    PackedCohort packed = b.build();
    assertEquals(Optional.of(Set.of("kind-59")), packed.interventionKinds(1));
    assertEquals(60, packed.interventionKinds(0).orElseThrow().size());
  }

  @Test
  void listedKindsAreTheInterventionsCounted() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> outcome("c", true, Optional.empty()).interventions(3)
        .interventionKinds(Set.of("gp")).build());
    assertEquals("interventionKinds", e.field());
    assertEquals("interventionKinds", assertThrows(InvalidInputException.class, () -> outcome("c", true, Optional.empty()).interventions(1)
        .interventionKinds(Set.of("Bad Id")).build()).field());
  }
}
