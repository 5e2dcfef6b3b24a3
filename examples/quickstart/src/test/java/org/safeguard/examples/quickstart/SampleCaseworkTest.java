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
package org.safeguard.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.CohortTally;
import org.safeguard.core.outcome.Severity;

/** The quickstart's casework: every sample case worked to a closing review, and its cohort table printed. */
class SampleCaseworkTest {
  private static final Safeguard SAFEGUARD = Safeguard.builder().build();

  private static List<CaseOutcome> run() {
    List<SyntheticCase> cases = Fixtures.sample();
    List<CaseOutcome> outcomes = new java.util.ArrayList<>();
    for (var file : SampleCasework.run(SAFEGUARD, cases, Quickstart.screen(SAFEGUARD, cases))) {
      outcomes.add(SAFEGUARD.casework().outcome(file));
    }
    return outcomes;
  }

  @Test
  void everySampleCaseReachesAClosingReviewWithItsInterventionsAndContactsCounted() {
    List<CaseOutcome> outcomes = run();
    assertEquals(SyntheticCases.SAMPLE_COUNT, outcomes.size());
    for (CaseOutcome outcome : outcomes) {
      assertTrue(outcome.abuseAtReview().isPresent(), outcome.caseId());
      assertTrue(outcome.levelAtReview().isPresent(), outcome.caseId());
    }
  }

  @Test
  void theJourneysAreTheSameOnEveryRun() {
    assertEquals(run(), run());
  }

  @Test
  void intakeAbuseIsReadFromTheCasesOwnDashAnswers() {
    var answers = Fixtures.DASH_RIC;
    var r = org.safeguard.model.Responses.builder(answers).yes("strangulation", "control-or-jealousy").no("sexual-abuse").build();
    var abuse = SampleCasework.abuseFrom(r);
    assertEquals(Severity.HIGH, abuse.severityOf(AbuseType.PHYSICAL).orElseThrow());
    assertEquals(Severity.MODERATE, abuse.severityOf(AbuseType.JEALOUS_AND_CONTROLLING).orElseThrow());
    assertTrue(abuse.severityOf(AbuseType.SEXUAL).isEmpty());
  }

  @Test
  void theSummaryCarriesTheCohortTableOfTheSampleAndOfAMillionGeneratedCases() {
    List<SyntheticCase> cases = Fixtures.sample();
    String section = Quickstart.cohortSection(
        Quickstart.sampleReport(SAFEGUARD, SampleCasework.run(SAFEGUARD, cases, Quickstart.screen(SAFEGUARD, cases))), cases.size());
    CohortReport sample = run().stream().collect(CohortTally.collector());
    assertTrue(section.contains(sample.toTable()), section);
    assertTrue(section.contains("Cohort outcome report: 1000000 cases"), section);
  }
}
