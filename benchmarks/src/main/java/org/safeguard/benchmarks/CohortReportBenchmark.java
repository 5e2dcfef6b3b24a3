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

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.examples.cohortsql.CohortQuery;
import org.safeguard.examples.cohortsql.CohortRows;
import org.safeguard.synthetic.SyntheticCohort;

/**
 * The cohort outcome report over {@value #CASES} generated cases through Safeguard's public API,
 * against the same report as one SQL query in an in-memory DuckDB ({@link CohortSql}), side by side
 * in one run. Times are per report of the whole cohort.
 *
 * <ul>
 *   <li>{@code safeguardOneThread}: {@link PackedCohort#report(ReportParameters)} on the benchmark
 *       thread, over the cohort as the generator writes it, with the kinds of intervention, the
 *       children and the risk factors of each case: the whole report, Table 4 and the tables of risk
 *       factors included.
 *   <li>{@code safeguardParallel}: {@link PackedCohort#reportInParallel(ReportParameters)}, chunks
 *       counted on the common fork-join pool with the calling thread taking part (on a 2-core
 *       machine, 2 threads) and merged.
 *   <li>{@code safeguardOutcomeTablesOneThread}: the report over the same cases without their kinds,
 *       children and risk factors, so that it computes what {@link CohortSql}'s query computes (the outcome
 *       tables, cessation by type and risk movement): the like-for-like comparison.
 *   <li>{@code duckdbOneThread}: the prepared query, DuckDB set to {@code threads = 1}.
 *   <li>{@code duckdbDefaultThreads}: the same with DuckDB's default (one thread per core).
 *   <li>{@code duckdbWholeReportOneThread} and {@code duckdbWholeReportDefaultThreads}: that query
 *       and {@link CohortTablesSql}'s, which computes Table 4 and the tables of risk factors: the
 *       whole report, against {@code safeguardOneThread} and {@code safeguardParallel}.
 * </ul>
 *
 * <p>The DuckDB benchmarks run once per {@link CohortQuery.Formulation} of the query: {@code HISTOGRAM},
 * the fastest form found, and {@code ONE_PASS}, the form written first.
 *
 * <p>Both sides get the same cases: the generator's packed cohort for seed {@value #SEED}, loaded
 * into DuckDB once per trial with its appender. The report query produces every number of the
 * outcome tables; the tables query every number of Table 4 and the tables of risk factors. The Safeguard side also builds the
 * immutable report with its rate objects, the DuckDB side reads its result rows.
 * {@code CohortSqlAgreementTest} checks the numbers agree.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CohortReportBenchmark {
  /** Cases in the cohort. */
  public static final int CASES = 1_000_000;

  /** The generator's seed; fixed so every run reports on the same cohort. */
  public static final long SEED = 20091101L;

  /** The generated cohort and the report parameters (the evaluation's defaults). */
  @State(Scope.Benchmark)
  public static class Cohort {
    PackedCohort packed;
    /** The same cases without kinds of intervention, children or risk factors: what the SQL table holds. */
    PackedCohort outcomesOnly;
    ReportParameters parameters;

    @Setup(Level.Trial)
    public void setup() {
      parameters = ReportParameters.defaults();
      packed = SyntheticCohort.withDefaults(SEED).packed(CASES);
      outcomesOnly = outcomesOnly(packed);
    }

    /** Copies each case's counts, abuse, levels and answers, and nothing else. */
    static PackedCohort outcomesOnly(PackedCohort cohort) {
      PackedCohort.Builder b = PackedCohort.builder(cohort.size());
      for (int i = 0; i < cohort.size(); i++) {
        b.interventions(cohort.interventions(i)).significantContacts(cohort.significantContacts(i))
            .intakeSeverities(cohort.severitiesAtIntake(i), cohort.levelAtIntake(i));
        if (cohort.reviewed(i)) {
          b.reviewSeverities(cohort.severitiesAtReview(i), cohort.levelAtReview(i).orElseThrow());
          for (OutcomeQuestion q : OutcomeQuestion.values()) {
            b.answer(q, cohort.answer(i, q));
          }
        }
        b.endCase();
      }
      return b.build();
    }
  }

  /** An in-memory DuckDB holding the cohort, with the report query prepared in one of its formulations. */
  @State(Scope.Benchmark)
  public abstract static class DuckDb {
    /** Which way the query is written; see {@link CohortQuery.Formulation}. */
    @Param({"HISTOGRAM", "ONE_PASS"})
    public CohortQuery.Formulation formulation;

    Connection connection;
    CohortSql sql;
    CohortTablesSql tables;

    abstract void configure(Statement statement) throws SQLException;

    @Setup(Level.Trial)
    public void setup(Cohort cohort) throws SQLException {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        configure(s);
      }
      CohortSql.load(connection, cohort.packed);
      sql = CohortSql.prepare(connection, cohort.parameters, formulation);
      tables = CohortTablesSql.prepare(connection, cohort.packed);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      connection.close();
    }
  }

  /** DuckDB on one thread. */
  @State(Scope.Benchmark)
  public static class DuckDbOneThread extends DuckDb {
    @Override
    void configure(Statement statement) throws SQLException {
      statement.execute("SET threads = 1");
    }
  }

  /** DuckDB with its default threads. */
  @State(Scope.Benchmark)
  public static class DuckDbDefaultThreads extends DuckDb {
    @Override
    void configure(Statement statement) {}
  }

  @Benchmark
  public CohortReport safeguardOneThread(Cohort cohort) {
    return cohort.packed.report(cohort.parameters);
  }

  @Benchmark
  public CohortReport safeguardParallel(Cohort cohort) {
    return cohort.packed.reportInParallel(cohort.parameters);
  }

  @Benchmark
  public CohortReport safeguardOutcomeTablesOneThread(Cohort cohort) {
    return cohort.outcomesOnly.report(cohort.parameters);
  }

  @Benchmark
  public CohortRows duckdbOneThread(DuckDbOneThread duckdb) throws SQLException {
    return duckdb.sql.run();
  }

  @Benchmark
  public CohortRows duckdbDefaultThreads(DuckDbDefaultThreads duckdb) throws SQLException {
    return duckdb.sql.run();
  }

  @Benchmark
  public List<Object> duckdbWholeReportOneThread(DuckDbOneThread duckdb) throws SQLException {
    return List.of(duckdb.sql.run(), duckdb.tables.run());
  }

  @Benchmark
  public List<Object> duckdbWholeReportDefaultThreads(DuckDbDefaultThreads duckdb) throws SQLException {
    return List.of(duckdb.sql.run(), duckdb.tables.run());
  }
}
