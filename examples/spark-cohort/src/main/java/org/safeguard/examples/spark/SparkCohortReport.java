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

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.examples.cohortsql.CohortQuery;
import org.safeguard.examples.cohortsql.CohortRows;

/**
 * Generates a synthetic cohort into a cached DataFrame, computes its outcome report with the
 * library's tally (per partition, merged on the driver) and as Spark SQL, and prints both times and
 * their ratio. One timed run each after a warm-up: a demonstration, not a measurement
 * ({@link SparkCohortBenchmark} is the measurement).
 *
 * <p>Arguments: the number of cases (default 1,000,000), the number of partitions (default 8) and
 * the master (default {@code local[2]}).
 */
public final class SparkCohortReport {
  /** The generator's seed, the benchmarks' own. */
  public static final long SEED = 20091101L;

  private SparkCohortReport() {}

  /**
   * A session with Spark's UI off, as the example, its test and its benchmark use; in local mode
   * bound to the loopback address, so that a machine whose own host name does not resolve runs it too.
   */
  public static SparkSession session(String master) {
    SparkSession.Builder builder = SparkSession.builder().appName("safeguard-spark-cohort").master(master);
    if (master.startsWith("local")) {
      builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
    }
    SparkSession spark = builder
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    return spark;
  }

  /** The generated cohort, cached and counted, so that neither report times its generation. */
  public static Dataset<Row> cachedCohort(SparkSession spark, long cases, int partitions) {
    Dataset<Row> cohort = CaseTable.generate(spark, SEED, cases, partitions).cache();
    cohort.count();
    return cohort;
  }

  public static void main(String[] args) {
    long cases = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    String master = args.length > 2 ? args[2] : "local[2]";
    ReportParameters parameters = ReportParameters.defaults();
    SparkSession spark = session(master);
    spark.sparkContext().setLogLevel("WARN");
    try {
      Dataset<Row> cohort = cachedCohort(spark, cases, partitions);
      // two warm-ups of each, then one timed run of each
      for (int i = 0; i < 2; i++) {
        SparkTally.report(cohort, parameters);
        SparkTally.reportInPlace(cohort, parameters);
        SparkCohortSql.run(spark, cohort, parameters, CohortQuery.Formulation.ONE_PASS);
        SparkCohortTablesSql.run(spark, cohort);
      }
      long start = System.nanoTime();
      CohortReport report = SparkTally.report(cohort, parameters);
      long tally = System.nanoTime() - start;
      start = System.nanoTime();
      SparkTally.reportInPlace(cohort, parameters);
      long inPlace = System.nanoTime() - start;
      start = System.nanoTime();
      CohortRows sql = SparkCohortSql.run(spark, cohort, parameters, CohortQuery.Formulation.ONE_PASS);
      SparkCohortTablesSql.run(spark, cohort);
      long query = System.nanoTime() - start;
      System.out.println(report.toTable());
      System.out.printf(Locale.ROOT, "%,d synthetic cases in %d partitions on %s%n", report.cases(), partitions, master);
      System.out.printf(Locale.ROOT, "Safeguard tally per partition, merged: %,.0f ms (Row), %,.0f ms (in place)%n", tally / 1e6,
          inPlace / 1e6);
      System.out.printf(Locale.ROOT, "Spark SQL over the same DataFrame (both queries): %,.0f ms (%,d cases)%n", query / 1e6,
          sql.get(CohortQuery.ALL, "cases"));
      System.out.printf(Locale.ROOT, "ratio (SQL / tally): %.1fx (Row), %.1fx (in place)%n", (double) query / tally,
          (double) query / inPlace);
    } finally {
      spark.stop();
    }
  }
}
