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
package org.safeguard.examples.spark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.examples.cohortsql.CohortQuery;

/**
 * The cohort outcome report over {@value #CASES} generated cases in a cached Spark DataFrame of
 * {@value #PARTITIONS} partitions, Spark in local mode on {@code local[2]}, side by side in one run:
 *
 * <ul>
 *   <li>{@code safeguardTally}: {@link SparkTally#report}: each partition packs its rows and tallies
 *       them, the driver merges the tallies' bytes and makes the report.
 *   <li>{@code safeguardTallyInPlace}: {@link SparkTally#reportInPlace}, the same reading Spark's
 *       own data in place (the cached table's column batches) instead of a {@code Row} object per case.
 *   <li>{@code sparkSqlOnePass} and {@code sparkSqlHistogram}: the whole report as Spark SQL over the
 *       same DataFrame: {@link SparkCohortSql}'s query (the outcome tables, cessation by type and risk
 *       movement) in its two formulations, then {@link SparkCohortTablesSql}'s (Table 4 and the tables of
 *       risk factors), the result rows collected.
 * </ul>
 *
 * <p>The tally computes the whole report too: the table carries each case's kinds of intervention,
 * children and risk factors.
 *
 * <p>Neither side times the generation or the caching of the DataFrame, done once per trial.
 * {@code SparkCohortTest} checks on a smaller cohort that the numbers agree.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+IgnoreUnrecognizedVMOptions", "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
    "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
    "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SparkCohortBenchmark {
  /** Cases in the cohort. */
  public static final int CASES = 1_000_000;
  /** Partitions of the DataFrame. */
  public static final int PARTITIONS = 8;

  /** A local Spark session and the cached cohort. */
  @State(Scope.Benchmark)
  public static class Cohort {
    SparkSession spark;
    Dataset<Row> cases;
    ReportParameters parameters;

    @Setup(Level.Trial)
    public void setup() {
      parameters = ReportParameters.defaults();
      spark = SparkCohortReport.session("local[2]");
      // Spark logs a dozen lines a job at INFO, which would be timed with it
      spark.sparkContext().setLogLevel("ERROR");
      cases = SparkCohortReport.cachedCohort(spark, CASES, PARTITIONS);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      spark.stop();
    }
  }

  @Benchmark
  public CohortReport safeguardTally(Cohort cohort) {
    return SparkTally.report(cohort.cases, cohort.parameters);
  }

  @Benchmark
  public CohortReport safeguardTallyInPlace(Cohort cohort) {
    return SparkTally.reportInPlace(cohort.cases, cohort.parameters);
  }

  @Benchmark
  public List<Object> sparkSqlOnePass(Cohort cohort) {
    return List.of(SparkCohortSql.run(cohort.spark, cohort.cases, cohort.parameters, CohortQuery.Formulation.ONE_PASS),
        SparkCohortTablesSql.run(cohort.spark, cohort.cases));
  }

  @Benchmark
  public List<Object> sparkSqlHistogram(Cohort cohort) {
    return List.of(SparkCohortSql.run(cohort.spark, cohort.cases, cohort.parameters, CohortQuery.Formulation.HISTOGRAM),
        SparkCohortTablesSql.run(cohort.spark, cohort.cases));
  }
}
