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

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one row of whole numbers a report query returns, by column label: read once, then looked up. */
final class SqlRow {
  private final Map<String, Long> row;

  private SqlRow(Map<String, Long> row) {
    this.row = row;
  }

  /** Executes the prepared query and reads its first row. */
  static SqlRow read(PreparedStatement query) throws SQLException {
    Map<String, Long> row = new LinkedHashMap<>();
    try (ResultSet rs = query.executeQuery()) {
      ResultSetMetaData meta = rs.getMetaData();
      rs.next();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        row.put(meta.getColumnLabel(c), rs.getLong(c));
      }
    }
    return new SqlRow(row);
  }

  /** One column's value; a column the query has not is a mistake in the benchmark, said at once. */
  long get(String column) {
    Long value = row.get(column);
    if (value == null) {
      throw new IllegalArgumentException("no column " + column + " in " + row.keySet());
    }
    return value;
  }

  @Override
  public String toString() {
    return row.toString();
  }
}
