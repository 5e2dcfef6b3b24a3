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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.examples.cohortsql.CohortTablesQuery;
import org.safeguard.examples.cohortsql.CohortTablesRow;

/**
 * The rest of the cohort report in DuckDB, beside {@link CohortSql}'s outcome tables:
 * {@link CohortTablesQuery}'s query (Table 4 and the risk-factor tables) over the {@code cases}
 * table {@link CohortSql#load} fills. Prepared once; a run executes it and reads the row.
 */
public final class CohortTablesSql {
  private final PreparedStatement query;

  private CohortTablesSql(PreparedStatement query) {
    this.query = query;
  }

  /** Prepares the query for the kinds the loaded {@code cohort} has. */
  public static CohortTablesSql prepare(Connection connection, PackedCohort cohort) throws SQLException {
    return new CohortTablesSql(connection.prepareStatement(CohortTablesQuery.sql("cases", CohortSql.kinds(cohort))));
  }

  /** Runs the query and reads its row. */
  public CohortTablesRow run() throws SQLException {
    Map<String, Long> row = new LinkedHashMap<>();
    try (ResultSet rs = query.executeQuery()) {
      ResultSetMetaData meta = rs.getMetaData();
      rs.next();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        row.put(meta.getColumnLabel(c), rs.getLong(c));
      }
    }
    return new CohortTablesRow(row);
  }
}
