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
package org.safeguard.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.synthetic.SyntheticCohort;

/**
 * How long the synthetic generator takes to make a cohort of {@value #CASES} cases with the default
 * (published) distributions: packed straight into a {@link PackedCohort}, and as a list of
 * {@link CaseOutcome} objects. Not a comparison; it says what setting up a large test or benchmark
 * cohort costs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CohortGeneratorBenchmark {
  /** Cases generated per operation. */
  public static final int CASES = 1_000_000;

  private final SyntheticCohort generator = SyntheticCohort.withDefaults(CohortReportBenchmark.SEED);

  @Benchmark
  public PackedCohort packed() {
    return generator.packed(CASES);
  }

  @Benchmark
  public List<CaseOutcome> caseOutcomes() {
    return generator.caseList(CASES);
  }
}
