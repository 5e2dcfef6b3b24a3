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

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.CohortTally;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.core.outcome.ReportParameters;

/** Generated cohorts large enough to split: every way of counting them gives the same report. */
class GeneratedCohortReportTest {
  @Test
  void aGeneratedCohortReportsAlikeAsObjectsPackedOnOneThreadAndInParallel() {
    SyntheticCohort generator = SyntheticCohort.withDefaults(20091101L);
    List<CaseOutcome> cases = generator.caseList(50_000);
    PackedCohort packed = generator.packed(50_000);
    ReportParameters parameters = ReportParameters.defaults();
    CohortReport objects = CohortTally.create(parameters).addAll(cases).report();
    assertEquals(objects, packed.report(parameters));
    assertEquals(objects, PackedCohort.of(cases).report(parameters));
    assertEquals(objects, packed.reportInParallel(parameters));
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      assertEquals(objects, packed.reportInParallel(parameters, pool));
    } finally {
      pool.shutdown();
    }
    assertEquals(objects, packed.tally(0, 20_000, parameters).merge(packed.tally(20_000, 50_000, parameters)).report());
    assertEquals(objects, generator.cases(50_000).parallel().collect(CohortTally.collector(parameters)));
  }

  @Test
  void aMillionCasesReportAlikeOnOneThreadAndInParallel() {
    PackedCohort packed = SyntheticCohort.withDefaults(7L).packed(1_000_000);
    ReportParameters other = ReportParameters.of(List.of(0, 1, 3, 5, 8, 13), 4);
    assertEquals(packed.report(ReportParameters.defaults()), packed.reportInParallel(ReportParameters.defaults()));
    assertEquals(packed.report(other), packed.reportInParallel(other));
  }

}
