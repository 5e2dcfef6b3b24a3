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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.Rate;
import org.safeguard.core.outcome.ReportParameters;

/**
 * The same report as Spark SQL over the same DataFrame: the query the benchmarks' {@code CohortSql}
 * runs in DuckDB, translated to Spark's dialect ({@code CAST(x AS BIGINT)} for {@code x::BIGINT},
 * {@code grouping_id(band, intensive)} for DuckDB's two-column {@code grouping}); {@code count_if},
 * {@code GROUP BY ALL} and {@code GROUPING SETS} are Spark's too.
 *
 * <p>It groups the cases by band (a {@code CASE} over the intervention count) and intensity, counts
 * yes, no and not recorded for each outcome (complete or near cessation: every type at review at
 * standard and higher at intake), ceased, present and unreviewed for each abuse type, the 3 by 3
 * level movements and the unreviewed per level, then rolls the few cells up with
 * {@code GROUPING SETS ((band), (intensive), ())} into the rows of the report's tables. Null is never
 * counted by {@code count_if}, so an answer not recorded or of a case with no review is neither yes
 * nor no.
 */
public final class SparkCohortSql {
  /** Row key of the whole cohort. */
  public static final String ALL = "all";

  private static final AbuseType[] TYPES = AbuseType.values();
  private static final OutcomeQuestion[] QUESTIONS = OutcomeQuestion.values();

  private SparkCohortSql() {}

  /** Two ways to write the query, as for DuckDB. */
  public enum Formulation {
    /** One pass: group by band and intensity and count each condition with {@code count_if}. */
    ONE_PASS,
    /** Group first by every column the report reads (a histogram of case profiles), then sum the group sizes under each condition. */
    HISTOGRAM
  }

  /** Row key of one band. */
  public static String band(int band) {
    return "band " + band;
  }

  /** Row key of the cases with or without intensive support. */
  public static String support(boolean intensive) {
    return intensive ? "intensive" : "not intensive";
  }

  private static String column(AbuseType type, int time) {
    return CaseTable.column(type, time);
  }

  private static String column(OutcomeQuestion question) {
    return CaseTable.column(question);
  }

  private static final String CASE_COLUMNS;

  static {
    StringBuilder columns = new StringBuilder("reviewed, level_t1, level_t2");
    for (AbuseType t : TYPES) {
      columns.append(", ").append(column(t, 1)).append(", ").append(column(t, 2));
    }
    for (OutcomeQuestion q : QUESTIONS) {
      columns.append(", ").append(column(q));
    }
    CASE_COLUMNS = columns.toString();
  }

  /** The query over the view {@code table}, with the bands and threshold of {@code parameters} written into it. */
  public static String query(String table, ReportParameters parameters, Formulation formulation) {
    List<Integer> bounds = parameters.bandLowerBounds();
    StringBuilder band = new StringBuilder("CASE");
    for (int i = bounds.size() - 1; i > 0; i--) {
      band.append(" WHEN interventions >= ").append(bounds.get(i)).append(" THEN ").append(i);
    }
    band.append(" ELSE 0 END");
    String groups = band + " AS band, significant_contacts >= " + parameters.intensiveThreshold() + " AS intensive";

    StringBuilder anyAtIntake = new StringBuilder("(");
    StringBuilder anyAtReview = new StringBuilder("(");
    StringBuilder allNear = new StringBuilder("(");
    for (AbuseType t : TYPES) {
      String or = t.ordinal() == 0 ? "" : " OR ";
      anyAtIntake.append(or).append(column(t, 1)).append(" > 0");
      anyAtReview.append(or).append(column(t, 2)).append(" > 0");
      allNear.append(t.ordinal() == 0 ? "" : " AND ").append("(").append(column(t, 2)).append(" = 0 OR ").append(column(t, 2))
          .append(" = 1 AND ").append(column(t, 1)).append(" > 1)");
    }
    anyAtIntake.append(")");
    anyAtReview.append(")");
    allNear.append(")");

    boolean histogram = formulation == Formulation.HISTOGRAM;
    Function<String, String> count =
        histogram ? condition -> "sum(CASE WHEN " + condition + " THEN n ELSE 0 END)" : condition -> "count_if(" + condition + ")";
    StringBuilder counts = new StringBuilder(histogram ? "sum(n)" : "count(*)").append(" AS cases, ")
        .append(count.apply("reviewed")).append(" AS reviewed");
    for (OutcomeQuestion q : QUESTIONS) {
      String c = column(q);
      counts.append(",\n  ").append(count.apply(c)).append(" AS ").append(c).append("_yes, ")
          .append(count.apply("NOT " + c)).append(" AS ").append(c).append("_no, ")
          .append(count.apply("reviewed AND " + c + " IS NULL")).append(" AS ").append(c).append("_not_recorded");
    }
    counts.append(",\n  ").append(count.apply(anyAtIntake + " AND NOT " + anyAtReview)).append(" AS total_cessation_yes, ")
        .append(count.apply(anyAtIntake + " AND " + anyAtReview)).append(" AS total_cessation_no, ")
        .append(count.apply("reviewed AND NOT " + anyAtIntake)).append(" AS total_cessation_not_recorded");
    counts.append(",\n  ").append(count.apply(anyAtIntake + " AND " + allNear)).append(" AS complete_or_near_cessation_yes, ")
        .append(count.apply(anyAtIntake + " AND NOT " + allNear)).append(" AS complete_or_near_cessation_no, ")
        .append(count.apply("reviewed AND NOT " + anyAtIntake)).append(" AS complete_or_near_cessation_not_recorded");
    for (AbuseType t : TYPES) {
      String name = t.name().toLowerCase(Locale.ROOT);
      String atIntake = column(t, 1) + " > 0";
      counts.append(",\n  ").append(count.apply(atIntake + " AND " + column(t, 2) + " = 0")).append(" AS ").append(name).append("_ceased, ")
          .append(count.apply(atIntake + " AND reviewed")).append(" AS ").append(name).append("_present, ")
          .append(count.apply(atIntake + " AND NOT reviewed")).append(" AS ").append(name).append("_unreviewed");
    }
    for (int from = 0; from < 3; from++) {
      counts.append(",\n  ");
      for (int to = 0; to < 3; to++) {
        counts.append(count.apply("level_t1 = " + from + " AND level_t2 = " + to)).append(" AS moved_").append(from).append('_')
            .append(to).append(", ");
      }
      counts.append(count.apply("level_t1 = " + from + " AND NOT reviewed")).append(" AS unreviewed_").append(from);
    }
    counts.append(histogram ? ",\n  sum(interventions_sum) AS interventions, sum(contacts_sum) AS contacts"
        : ",\n  sum(interventions) AS interventions, sum(significant_contacts) AS contacts");

    String cells;
    if (histogram) {
      cells = "profiles AS (\n SELECT " + groups + ", " + CASE_COLUMNS
          + ", count(*) AS n, sum(interventions) AS interventions_sum, sum(significant_contacts) AS contacts_sum"
          + "\n FROM " + table + " GROUP BY ALL),\ncells AS (\n SELECT band, intensive, " + counts + "\n FROM profiles GROUP BY ALL)";
    } else {
      cells = "cells AS (\n SELECT " + groups + ",\n  " + counts + "\n FROM " + table + " GROUP BY ALL)";
    }
    StringBuilder rollUp = new StringBuilder();
    for (String name : columnNames()) {
      rollUp.append(",\n  CAST(sum(").append(name).append(") AS BIGINT) AS ").append(name);
    }
    return "WITH " + cells + "\nSELECT band, intensive, grouping_id(band, intensive) AS level" + rollUp
        + "\nFROM cells GROUP BY GROUPING SETS ((band), (intensive), ())";
  }

  private static List<String> columnNames() {
    List<String> names = new ArrayList<>(List.of("cases", "reviewed"));
    for (OutcomeQuestion q : QUESTIONS) {
      names.add(column(q) + "_yes");
      names.add(column(q) + "_no");
      names.add(column(q) + "_not_recorded");
    }
    for (String cessation : List.of("total_cessation", "complete_or_near_cessation")) {
      names.addAll(List.of(cessation + "_yes", cessation + "_no", cessation + "_not_recorded"));
    }
    for (AbuseType t : TYPES) {
      String name = t.name().toLowerCase(Locale.ROOT);
      names.addAll(List.of(name + "_ceased", name + "_present", name + "_unreviewed"));
    }
    for (int from = 0; from < 3; from++) {
      for (int to = 0; to < 3; to++) {
        names.add("moved_" + from + "_" + to);
      }
      names.add("unreviewed_" + from);
    }
    names.addAll(List.of("interventions", "contacts"));
    return names;
  }

  /**
   * Runs the query over {@code cases}, registered as the temporary view {@code cases}, and reads its rows.
   */
  public static Result run(SparkSession spark, Dataset<Row> cases, ReportParameters parameters, Formulation formulation) {
    cases.createOrReplaceTempView("cases");
    Dataset<Row> result = spark.sql(query("cases", parameters, formulation));
    String[] columns = result.columns();
    Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
    for (Row r : result.collectAsList()) {
      long level = ((Number) r.get(2)).longValue();
      String key = level == 3 ? ALL : level == 1 ? band(r.getInt(0)) : support(r.getBoolean(1));
      Map<String, Long> row = new LinkedHashMap<>();
      for (int c = 3; c < columns.length; c++) {
        row.put(columns[c], r.getLong(c));
      }
      rows.put(key, row);
    }
    return new Result(rows);
  }

  /** The rows the query returned, keyed by {@link #ALL}, {@link #band(int)} and {@link #support(boolean)}. */
  public static final class Result {
    private final Map<String, Map<String, Long>> rows;

    Result(Map<String, Map<String, Long>> rows) {
      this.rows = rows;
    }

    /** One number of one row; 0 for a row the cohort has no cases in. */
    public long get(String row, String column) {
      Map<String, Long> r = rows.get(row);
      return r == null ? 0 : r.get(column);
    }

    /** The same rate as the Safeguard report's, from the counts of one row. */
    public Rate rate(String row, OutcomeMeasure measure) {
      String prefix = measure.name().toLowerCase(Locale.ROOT);
      long yes = get(row, prefix + "_yes");
      long no = get(row, prefix + "_no");
      long other = get(row, prefix + "_not_recorded");
      long noReview = get(row, "cases") - get(row, "reviewed");
      String otherReason = measure.question().isEmpty() ? "no abuse recorded at intake" : "answer not recorded";
      String reason = noReview > 0 && other > 0 ? noReview + " no review, " + other + " " + otherReason
          : noReview > 0 ? "no review" : otherReason;
      return Rate.of(yes, yes + no, noReview + other, reason);
    }

    /** Cessation of one abuse type, from the counts of the whole cohort. */
    public Rate cessation(AbuseType type) {
      String name = type.name().toLowerCase(Locale.ROOT);
      return Rate.of(get(ALL, name + "_ceased"), get(ALL, name + "_present"), get(ALL, name + "_unreviewed"), "no review");
    }

    @Override
    public String toString() {
      return rows.toString();
    }
  }
}
