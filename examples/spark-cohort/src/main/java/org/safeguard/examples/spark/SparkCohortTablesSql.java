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
import org.safeguard.examples.cohortsql.CohortTablesQuery;
import org.safeguard.examples.cohortsql.CohortTablesRow;

/**
 * The rest of the cohort report as Spark SQL, beside {@link SparkCohortSql}'s outcome tables:
 * {@link CohortTablesQuery}'s query (Table 4 and the risk-factor tables), the one the benchmarks
 * run in DuckDB, over the same columns of {@link CaseTable}.
 */
public final class SparkCohortTablesSql {
  private SparkCohortTablesSql() {}

  /** Runs the query over {@code cases}, registered as the temporary view {@code cases}, and reads its row. */
  public static CohortTablesRow run(SparkSession spark, Dataset<Row> cases) {
    cases.createOrReplaceTempView("cases");
    Dataset<Row> result = spark.sql(CohortTablesQuery.sql("cases", CaseTable.kinds(cases.schema())));
    String[] columns = result.columns();
    Row r = result.collectAsList().get(0);
    Map<String, Long> row = new LinkedHashMap<>();
    for (int c = 0; c < columns.length; c++) {
      row.put(columns[c], r.getLong(c));
    }
    return new CohortTablesRow(row);
  }
}
