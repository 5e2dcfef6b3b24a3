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
import org.safeguard.core.marac.MaracReturn;

/**
 * A MARAC's periodic return over {@value #REFERRALS} synthetic referrals of one MARAC and the
 * hearings of its weekly meetings ({@link SyntheticReturn}), through Safeguard's public API, against
 * the same figures as one SQL query in an in-memory DuckDB ({@link MaracReturnSql}), side by side in
 * one run. Times are per return of the whole year.
 *
 * <ul>
 *   <li>{@code safeguardOneThread}: {@link MaracReturn#of} on the benchmark thread: the referrals
 *       checked to be this MARAC's and given once, grouped by case, those received in the period
 *       counted by agency, route and state at the period's end, then each hearing at a meeting in
 *       the period linked to its case's referral and counted (repeats, children, the equality
 *       groups), and the immutable return made.
 *   <li>{@code duckdbOneThread}: the prepared query, DuckDB set to {@code threads = 1}.
 *   <li>{@code duckdbDefaultThreads}: the same with DuckDB's default (one thread per core).
 * </ul>
 *
 * <p>The DuckDB benchmarks run once per {@link MaracReturnSql.Formulation} of the query.
 *
 * <p>What is not measured, on either side: making the data. The referrals and meetings are built
 * (and checked by their builders, including the meetings' check that a case is heard once) once per
 * trial; DuckDB gets the same referrals and hearings once per trial through its appender. Both
 * sides read the figures only: the Safeguard side makes the return, whose rates are made when asked
 * for; the DuckDB side reads its one result row. {@code MaracReturnSqlAgreementTest} checks the
 * figures agree.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MaracReturnBenchmark {
  /** Referrals of the MARAC. */
  public static final int REFERRALS = 1_000_000;

  /** The generator's seed; fixed so every run reports on the same MARAC. */
  public static final long SEED = 20261130L;

  /** The MARAC's referrals and meetings. */
  @State(Scope.Benchmark)
  public static class Marac {
    SyntheticReturn data;

    @Setup(Level.Trial)
    public void setup() {
      data = SyntheticReturn.generate(SEED, REFERRALS);
    }
  }

  /** An in-memory DuckDB holding the referrals and hearings, with the return query prepared. */
  @State(Scope.Benchmark)
  public abstract static class DuckDb {
    /** How the query picks each hearing's referral; see {@link MaracReturnSql.Formulation}. */
    @Param({"BY_HEARING_ROW", "BY_MEETING_AND_CASE"})
    public MaracReturnSql.Formulation formulation;

    Connection connection;
    MaracReturnSql sql;

    abstract void configure(Statement statement) throws SQLException;

    @Setup(Level.Trial)
    public void setup(Marac marac) throws SQLException {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        configure(s);
      }
      MaracReturnSql.load(connection, marac.data.referrals(), marac.data.meetings());
      sql = MaracReturnSql.prepare(connection, SyntheticReturn.FROM, SyntheticReturn.TO, formulation);
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
  public MaracReturn safeguardOneThread(Marac marac) {
    return MaracReturn.of(SyntheticReturn.MARAC, SyntheticReturn.ADULT_WOMEN, SyntheticReturn.FROM, SyntheticReturn.TO,
        marac.data.referrals(), marac.data.meetings());
  }

  @Benchmark
  public MaracReturnSql.Result duckdbOneThread(DuckDbOneThread duckdb) throws SQLException {
    return duckdb.sql.run();
  }

  @Benchmark
  public MaracReturnSql.Result duckdbDefaultThreads(DuckDbDefaultThreads duckdb) throws SQLException {
    return duckdb.sql.run();
  }
}
