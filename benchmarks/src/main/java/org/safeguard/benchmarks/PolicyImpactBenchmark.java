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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguard.core.marac.CaseImpact;
import org.safeguard.core.marac.PolicyImpact;

/**
 * A candidate policy's impact over {@value #CASES} cases, each a {@link CaseImpact} pair of
 * decisions ({@link PolicyImpactSql#pairs}), through Safeguard's public API, against the same
 * counts as one SQL query in an in-memory DuckDB ({@link PolicyImpactSql}), side by side in one
 * run. Times are per impact of all the cases.
 *
 * <ul>
 *   <li>{@code safeguardOneThread}: {@link PolicyImpact#of} on the benchmark thread: each case
 *       checked to be given once and to compare the same two policies, its outcomes, fired routes and
 *       move counted, each changed pair kept, and the immutable impact made.
 *   <li>{@code duckdbOneThread}: the prepared query, DuckDB set to {@code threads = 1}.
 *   <li>{@code duckdbDefaultThreads}: the same with DuckDB's default (one thread per core).
 * </ul>
 *
 * <p>What is not measured, on either side: making the decisions (built once per trial, a million
 * pairs, two million {@code MaracDecision}s with their route findings) and loading the same pairs
 * into DuckDB with its appender, once per trial. The SQL side checks nothing and lists no changed
 * case; it counts them. {@code PolicyImpactSqlAgreementTest} checks the counts agree.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PolicyImpactBenchmark {
  /** Cases compared. */
  public static final int CASES = 1_000_000;

  /** The generator's seed. */
  public static final long SEED = 20141001L;

  /** The pairs of decisions. */
  @State(Scope.Benchmark)
  public static class Pairs {
    List<CaseImpact> pairs;

    @Setup(Level.Trial)
    public void setup() {
      pairs = PolicyImpactSql.pairs(SEED, CASES);
    }
  }

  /** An in-memory DuckDB holding the pairs, with the query prepared. */
  @State(Scope.Benchmark)
  public abstract static class DuckDb {
    Connection connection;
    PolicyImpactSql sql;

    abstract void configure(Statement statement) throws SQLException;

    @Setup(Level.Trial)
    public void setup(Pairs pairs) throws SQLException {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        configure(s);
      }
      PolicyImpactSql.load(connection, pairs.pairs);
      sql = PolicyImpactSql.prepare(connection);
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
  public PolicyImpact safeguardOneThread(Pairs pairs) {
    return PolicyImpact.of(pairs.pairs);
  }

  @Benchmark
  public PolicyImpactSql.Result duckdbOneThread(DuckDbOneThread duckdb) throws SQLException {
    return duckdb.sql.run();
  }

  @Benchmark
  public PolicyImpactSql.Result duckdbDefaultThreads(DuckDbDefaultThreads duckdb) throws SQLException {
    return duckdb.sql.run();
  }
}
