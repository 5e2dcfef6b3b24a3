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

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.examples.cohortsql.CohortQuery;
import org.safeguard.examples.cohortsql.CohortRows;

/**
 * The cohort report's outcome tables as Spark SQL over the same DataFrame: {@link CohortQuery}'s
 * query, the one the benchmarks run in DuckDB, word for word.
 */
public final class SparkCohortSql {
  private SparkCohortSql() {}

  /**
   * Runs the query over {@code cases}, registered as the temporary view {@code cases}, and reads its rows.
   */
  public static CohortRows run(SparkSession spark, Dataset<Row> cases, ReportParameters parameters, CohortQuery.Formulation formulation) {
    cases.createOrReplaceTempView("cases");
    Dataset<Row> result = spark.sql(CohortQuery.sql("cases", parameters, formulation));
    String[] columns = result.columns();
    Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
    for (Row r : result.collectAsList()) {
      long level = ((Number) r.get(2)).longValue();
      String key = CohortQuery.rowKey(level, r.isNullAt(0) ? 0 : r.getInt(0), !r.isNullAt(1) && r.getBoolean(1));
      Map<String, Long> row = new LinkedHashMap<>();
      for (int c = 3; c < columns.length; c++) {
        row.put(columns[c], r.getLong(c));
      }
      rows.put(key, row);
    }
    return new CohortRows(rows);
  }
}
