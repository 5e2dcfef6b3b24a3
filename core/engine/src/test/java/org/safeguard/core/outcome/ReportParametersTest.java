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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;

/** Report parameters: the evaluation's defaults, and every rule a caller can break, refused by name. */
class ReportParametersTest {
  @Test
  void theDefaultsAreFigure8sBandsAndFinding3sThreshold() {
    // Safety in Numbers (CAADA, 2009), Figure 8 (0-1, 2-5, 6-10, 11+) and Finding 3 (6 or more significant contacts)
    ReportParameters p = ReportParameters.defaults();
    assertEquals(List.of("0-1", "2-5", "6-10", "11+"), p.bands().stream().map(InterventionBand::label).collect(Collectors.toList()));
    assertEquals(6, p.intensiveThreshold());
    assertSame(p, ReportParameters.of(List.of(0, 2, 6, 11), 6));
    assertEquals("bands 0-1, 2-5, 6-10, 11+; intensive at 6+ significant contacts; T2 at case closure or after four months of"
        + " engagement, whichever came first (Safety in Numbers)", p.toString());
    assertEquals(OutcomePoint.CLOSURE_OR_FOUR_MONTHS, p.outcomePoint());
  }

  /** The Insights exit point is a parameter: kept through the other withers, part of equality, and required to merge. */
  @Test
  void t2AtTheExitPointIsAParameterOfItsOwn() {
    ReportParameters exit = ReportParameters.defaults().withOutcomePoint(OutcomePoint.CASE_CLOSURE);
    assertEquals(OutcomePoint.CASE_CLOSURE, exit.outcomePoint());
    assertEquals(OutcomePoint.CASE_CLOSURE, exit.withIntensiveThreshold(4).outcomePoint());
    assertEquals(OutcomePoint.CASE_CLOSURE, exit.withBandLowerBounds(List.of(0, 3)).outcomePoint());
    assertNotEquals(ReportParameters.defaults(), exit);
    assertNotEquals(ReportParameters.defaults().hashCode(), exit.hashCode());
    assertSame(ReportParameters.defaults(), exit.withOutcomePoint(OutcomePoint.CLOSURE_OR_FOUR_MONTHS));
    assertTrue(exit.toString().endsWith("T2 at case closure (the Insights exit point)"), exit.toString());
    InvalidInputException merge = assertThrows(InvalidInputException.class,
        () -> CohortReport.empty(exit).merge(CohortReport.empty(ReportParameters.defaults())));
    assertEquals("outcomePoint", merge.field());
  }

  @Test
  void aCountFallsInTheBandThatContainsIt() {
    ReportParameters p = ReportParameters.defaults();
    assertEquals(List.of(0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3), IntStream.rangeClosed(0, 12).map(p::bandOf).boxed().collect(Collectors.toList()));
    assertEquals(3, p.bandOf(1_000_000));
    assertEquals(true, p.bands().get(3).contains(1_000_000));
    assertEquals(false, p.isIntensive(5));
    assertEquals(true, p.isIntensive(6));
  }

  @Test
  void bandsThatDoNotStartAtZeroAreRefusedNamingTheFirstBound() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportParameters.of(List.of(1, 2, 6), 6));
    assertEquals("bandLowerBounds[0]", e.field());
    assertEquals("1", e.value());
  }

  @Test
  void boundsThatDoNotIncreaseAreRefusedNamingTheBoundAndItsPredecessor() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportParameters.of(List.of(0, 6, 6, 11), 6));
    assertEquals("bandLowerBounds[2]", e.field());
    assertEquals("6", e.value());
    assertEquals("must be greater than the bound before it, 6", e.rule());
    e = assertThrows(InvalidInputException.class, () -> ReportParameters.of(List.of(0, 6, 2), 6));
    assertEquals("bandLowerBounds[2]", e.field());
    assertEquals("2", e.value());
  }

  @Test
  void noBandsTooManyBandsANullBoundOrABoundBeyondTheLargestCountAreRefused() {
    assertEquals("bandLowerBounds", assertThrows(InvalidInputException.class, () -> ReportParameters.of(List.of(), 6)).field());
    List<Integer> many = IntStream.range(0, ReportParameters.MAX_BANDS + 1).boxed().collect(Collectors.toList());
    assertEquals("65 bands", assertThrows(InvalidInputException.class, () -> ReportParameters.of(many, 6)).value());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportParameters.of(Arrays.asList(0, null), 6));
    assertEquals("bandLowerBounds[1]", e.field());
    e = assertThrows(InvalidInputException.class, () -> ReportParameters.of(List.of(0, 70_000), 6));
    assertEquals("bandLowerBounds[1]", e.field());
    assertEquals("70000", e.value());
  }

  @Test
  void aThresholdBelowOneIsRefusedNamingTheThreshold() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportParameters.of(List.of(0, 2), 0));
    assertEquals("intensiveThreshold", e.field());
    assertEquals("0", e.value());
    assertEquals("-3", assertThrows(InvalidInputException.class, () -> ReportParameters.defaults().withIntensiveThreshold(-3)).value());
    assertEquals("intensiveThreshold", assertThrows(InvalidInputException.class, () -> ReportParameters.defaults().withIntensiveThreshold(70_000)).field());
  }

  @Test
  void talliesWithDifferentBandsDoNotMergeAndTheTallyIsLeftAsItWas() {
    CohortTally tally = CohortTally.create();
    CohortReport before = tally.report();
    CohortTally other = CohortTally.create(ReportParameters.defaults().withBandLowerBounds(List.of(0, 2, 6)));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> tally.merge(other));
    assertEquals("bandLowerBounds", e.field());
    assertEquals("[0, 2, 6]", e.value());
    assertEquals(before, tally.report());
  }

  @Test
  void reportsWithDifferentThresholdsDoNotMerge() {
    CohortReport six = CohortReport.empty(ReportParameters.defaults());
    CohortReport ten = CohortReport.empty(ReportParameters.defaults().withIntensiveThreshold(10));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> six.merge(ten));
    assertEquals("intensiveThreshold", e.field());
    assertEquals("10", e.value());
  }

  @Test
  void aBandIndexOutsideTheReportIsRefused() {
    CohortReport report = CohortReport.empty(ReportParameters.defaults());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> report.byBand(OutcomeMeasure.FEELS_SAFER, 4));
    assertEquals("band", e.field());
    assertEquals("4", e.value());
  }

  @Test
  void eachQuestionHasTheMeasureOfTheSameName() {
    for (OutcomeQuestion q : OutcomeQuestion.values()) {
      assertEquals(q.name(), OutcomeMeasure.of(q).name());
      assertEquals(q, OutcomeMeasure.of(q).question().orElseThrow());
    }
    assertEquals(true, OutcomeMeasure.TOTAL_CESSATION.question().isEmpty());
  }
}
