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
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.safeguard.core.outcome.RiskFactor;

/**
 * The rest of the cohort report as Spark SQL, beside {@link SparkCohortSql}'s outcome tables: the
 * table of interventions received (<i>Safety in Numbers</i>, Table 4, over the reviewed cases whose
 * kinds were recorded, and over those of them with children) and the tables of risk factors (Tables 1
 * to 3 at intake over every case, Tables 5 and 6 at intake and at review over the reviewed; a factor
 * about children over the cases with children). One pass with {@code count_if}, one row: the query
 * the benchmarks' {@code CohortTablesSql} runs in DuckDB, over the same columns of {@link CaseTable}.
 */
public final class SparkCohortTablesSql {
  private SparkCohortTablesSql() {}

  /** The query over the view {@code table}: group sizes, then each kind's and each factor's counts. */
  public static String query(String table, List<String> kinds) {
    StringBuilder q = new StringBuilder("SELECT count(*) AS cases, count_if(reviewed) AS reviewed")
        .append(", count_if(children = 1) AS with_children, count_if(children IS NULL) AS children_not_recorded")
        .append(", count_if(reviewed AND children = 1) AS reviewed_with_children")
        .append(", count_if(reviewed AND children IS NULL) AS reviewed_children_not_recorded")
        .append(", count_if(reviewed AND kinds_recorded) AS kinds_group")
        .append(", count_if(reviewed AND kinds_recorded AND children = 1) AS kinds_group_with_children")
        .append(", count_if(reviewed AND kinds_recorded AND children IS NULL) AS kinds_group_children_not_recorded");
    for (String kind : kinds) {
      String c = CaseTable.kindColumn(kind);
      q.append(",\n count_if(reviewed AND kinds_recorded AND ").append(c).append(") AS ").append(c)
          .append(", count_if(reviewed AND kinds_recorded AND children = 1 AND ").append(c).append(") AS ").append(c).append("_children");
    }
    for (RiskFactor f : RiskFactor.values()) {
      String atIntake = CaseTable.column(f, 1);
      String atReview = CaseTable.column(f, 2);
      String of = f.group() == RiskFactor.Group.CHILDREN ? " AND children = 1" : "";
      q.append(",\n count_if(").append(atIntake).append(of).append(") AS ").append(atIntake)
          .append(", count_if(reviewed AND ").append(atIntake).append(of).append(") AS ").append(atIntake).append("_reviewed")
          .append(", count_if(").append(atReview).append(of).append(") AS ").append(atReview);
    }
    return q.append("\nFROM ").append(table).toString();
  }

  /** Runs the query over {@code cases}, registered as the temporary view {@code cases}, and reads its row. */
  public static Result run(SparkSession spark, Dataset<Row> cases) {
    cases.createOrReplaceTempView("cases");
    Dataset<Row> result = spark.sql(query("cases", CaseTable.kinds(cases.schema())));
    String[] columns = result.columns();
    Row r = result.collectAsList().get(0);
    Map<String, Long> row = new LinkedHashMap<>();
    for (int c = 0; c < columns.length; c++) {
      row.put(columns[c], r.getLong(c));
    }
    return new Result(row);
  }

  /** The counts the query returned, and the numerator, denominator and missing count of each rate. */
  public static final class Result {
    private final Map<String, Long> row;

    Result(Map<String, Long> row) {
      this.row = row;
    }

    /** One count of the row. */
    public long get(String column) {
      Long value = row.get(column);
      if (value == null) {
        throw new IllegalArgumentException("the query has no column " + column);
      }
      return value;
    }

    /**
     * Table 4's rate of one kind, as {numerator, denominator, missing}: of the reviewed cases with
     * their kinds recorded (or of those with children), the unreviewed, the kinds not recorded (and
     * the children not recorded) missing.
     */
    public long[] interventionReceived(String kind, boolean amongCasesWithChildren) {
      String c = CaseTable.kindColumn(kind);
      long unreviewed = get("cases") - get("reviewed");
      long kindsNotRecorded = get("reviewed") - get("kinds_group");
      if (!amongCasesWithChildren) {
        return new long[] {get(c), get("kinds_group"), unreviewed + kindsNotRecorded};
      }
      return new long[] {get(c + "_children"), get("kinds_group_with_children"),
          unreviewed + kindsNotRecorded + get("kinds_group_children_not_recorded")};
    }

    /**
     * A risk factor's rate as {numerator, denominator, missing}: at intake over every case (time 1,
     * not reviewed only), at intake over the reviewed, or at review over the reviewed; a factor about
     * children over the cases with children, those whose children were not recorded missing.
     */
    public long[] riskFactor(RiskFactor factor, int time, boolean reviewedOnly) {
      boolean aboutChildren = factor.group() == RiskFactor.Group.CHILDREN;
      long numerator = get(CaseTable.column(factor, time) + (time == 1 && reviewedOnly ? "_reviewed" : ""));
      long unreviewed = reviewedOnly ? get("cases") - get("reviewed") : 0;
      if (!aboutChildren) {
        return new long[] {numerator, reviewedOnly ? get("reviewed") : get("cases"), unreviewed};
      }
      return reviewedOnly
          ? new long[] {numerator, get("reviewed_with_children"), unreviewed + get("reviewed_children_not_recorded")}
          : new long[] {numerator, get("with_children"), get("children_not_recorded")};
    }

    @Override
    public String toString() {
      return row.toString();
    }
  }
}
