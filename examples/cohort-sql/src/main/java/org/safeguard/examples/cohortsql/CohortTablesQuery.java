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
package org.safeguard.examples.cohortsql;

import java.util.List;
import org.safeguard.core.outcome.RiskFactor;

/**
 * The rest of the cohort report in SQL, beside {@link CohortQuery}'s outcome tables: the table of
 * interventions received (<i>Safety in Numbers</i>, Table 4, over the reviewed cases whose kinds
 * were recorded, and over those of them with children) and the tables of risk factors (Tables 1 to
 * 3 at intake over every case, Tables 5 and 6 at intake and at review over the reviewed; a factor
 * about children over the cases with children). One pass with {@code count_if}, one row, which
 * {@link CohortTablesRow} reads. DuckDB and Spark run it as it is.
 */
public final class CohortTablesQuery {
  /**
   * Whether a case's kinds of intervention are known, as the library reads a case: listed, or no
   * intervention at all (whose kinds are none, whatever {@code kinds_recorded} says). A row with
   * no intervention and {@code kinds_recorded} false was counted as not recorded here and as
   * recorded by the library's tally.
   */
  static final String KINDS_KNOWN = "(kinds_recorded OR interventions = 0)";

  private CohortTablesQuery() {}

  /**
   * The name of a kind's count among the cases with children: {@code kc_} and the id, its hyphens as
   * underscores. Not the kind's column with a suffix: the kinds {@code x} and {@code x-children}
   * would then share a name.
   */
  public static String amongChildren(String kind) {
    return "kc_" + kind.replace('-', '_');
  }

  /**
   * The query over {@code table}: group sizes, then each kind's and each factor's counts.
   *
   * @param table the table or view, laid out as {@link CaseColumns} says
   * @param kinds the kinds of intervention the table tells apart
   */
  public static String sql(String table, List<String> kinds) {
    StringBuilder q = new StringBuilder("SELECT count(*) AS cases, count_if(reviewed) AS reviewed")
        .append(", count_if(children = 1) AS with_children, count_if(children IS NULL) AS children_not_recorded")
        .append(", count_if(reviewed AND children = 1) AS reviewed_with_children")
        .append(", count_if(reviewed AND children IS NULL) AS reviewed_children_not_recorded")
        .append(", count_if(reviewed AND ").append(KINDS_KNOWN).append(") AS kinds_group")
        .append(", count_if(reviewed AND ").append(KINDS_KNOWN).append(" AND children = 1) AS kinds_group_with_children")
        .append(", count_if(reviewed AND ").append(KINDS_KNOWN).append(" AND children IS NULL) AS kinds_group_children_not_recorded");
    for (String kind : kinds) {
      String c = CaseColumns.kind(kind);
      q.append(",\n count_if(reviewed AND ").append(KINDS_KNOWN).append(" AND ").append(c).append(") AS ").append(c)
          .append(", count_if(reviewed AND ").append(KINDS_KNOWN).append(" AND children = 1 AND ").append(c).append(") AS ")
          .append(amongChildren(kind));
    }
    for (RiskFactor f : RiskFactor.values()) {
      String atIntake = CaseColumns.riskFactor(f, 1);
      String atReview = CaseColumns.riskFactor(f, 2);
      String of = f.group() == RiskFactor.Group.CHILDREN ? " AND children = 1" : "";
      q.append(",\n count_if(").append(atIntake).append(of).append(") AS ").append(atIntake)
          .append(", count_if(reviewed AND ").append(atIntake).append(of).append(") AS ").append(atIntake).append("_reviewed")
          .append(", count_if(").append(atReview).append(of).append(") AS ").append(atReview);
    }
    return q.append("\nFROM ").append(table).toString();
  }
}
