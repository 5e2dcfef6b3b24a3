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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.ReportParameters;

/**
 * The outcome tables of the cohort report as one SQL query over a table laid out as
 * {@link CaseColumns} says, the query a service would write over its own database. DuckDB and
 * Spark both run it as it is: {@code count_if}, {@code GROUP BY ALL}, {@code GROUPING SETS},
 * {@code grouping_id} and {@code CAST} are in both dialects.
 *
 * <p>It groups the cases by band (a {@code CASE} over the intervention count) and intensity, counts
 * yes, no and not recorded for each outcome (complete or near cessation: every type at review at
 * standard and higher at intake), ceased, present and unreviewed for each abuse type, the 3 by 3
 * level movements and the unreviewed per level, then rolls the few cells up with
 * {@code GROUPING SETS ((band), (intensive), ())} into the rows of the report's tables: each row
 * starts with {@code band}, {@code intensive} and {@code level} (the {@code grouping_id}), which
 * {@link #rowKey} turns into the row's key. Null is never counted by {@code count_if}, so an answer
 * not recorded, or of a case with no review, is neither yes nor no.
 */
public final class CohortQuery {
  /** Row key of the whole cohort. */
  public static final String ALL = "all";

  private static final AbuseType[] TYPES = AbuseType.values();
  private static final OutcomeQuestion[] QUESTIONS = OutcomeQuestion.values();

  private CohortQuery() {}

  /** Row key of one band. */
  public static String band(int band) {
    return "band " + band;
  }

  /** Row key of the cases with or without intensive support. */
  public static String support(boolean intensive) {
    return intensive ? "intensive" : "not intensive";
  }

  /**
   * The key of a result row from its first three columns.
   *
   * @param level the row's {@code grouping_id(band, intensive)}: 1 a band, 2 a support, 3 all
   * @param band the row's band, read only when {@code level} is 1
   * @param intensive the row's intensity, read only when {@code level} is 2
   */
  public static String rowKey(long level, int band, boolean intensive) {
    return level == 3 ? ALL : level == 1 ? band(band) : support(intensive);
  }

  /**
   * Two ways to write the report in SQL. Both count every number of the report from the same
   * conditions and roll the cells up with {@code GROUPING SETS}; they differ in how they pass over
   * the cases.
   */
  public enum Formulation {
    /**
     * One pass: group the cases by band and intensity and count each condition with
     * {@code count_if}, about sixty aggregates per row. The query a developer writes first.
     */
    ONE_PASS,
    /**
     * Two stages: first group the cases by band, intensity and every column the report reads (a
     * histogram of distinct case profiles, some tens of thousands of groups for a million cases),
     * then sum the group sizes under each condition. The fastest form found for DuckDB.
     */
    HISTOGRAM
  }

  private static final String CASE_COLUMNS;

  static {
    StringBuilder columns = new StringBuilder("reviewed, level_t1, level_t2");
    for (AbuseType t : TYPES) {
      columns.append(", ").append(CaseColumns.abuse(t, 1)).append(", ").append(CaseColumns.abuse(t, 2));
    }
    for (OutcomeQuestion q : QUESTIONS) {
      columns.append(", ").append(CaseColumns.answer(q));
    }
    CASE_COLUMNS = columns.toString();
  }

  /**
   * The query over {@code table}, with the bands and threshold of {@code parameters} written into
   * it.
   */
  public static String sql(String table, ReportParameters parameters, Formulation formulation) {
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
      String t1 = CaseColumns.abuse(t, 1);
      String t2 = CaseColumns.abuse(t, 2);
      anyAtIntake.append(or).append(t1).append(" > 0");
      anyAtReview.append(or).append(t2).append(" > 0");
      allNear.append(t.ordinal() == 0 ? "" : " AND ").append("(").append(t2).append(" = 0 OR ").append(t2)
          .append(" = 1 AND ").append(t1).append(" > 1)");
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
      String c = CaseColumns.answer(q);
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
      String atIntake = CaseColumns.abuse(t, 1) + " > 0";
      counts.append(",\n  ").append(count.apply(atIntake + " AND " + CaseColumns.abuse(t, 2) + " = 0")).append(" AS ").append(name)
          .append("_ceased, ").append(count.apply(atIntake + " AND reviewed")).append(" AS ").append(name).append("_present, ")
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
    for (String name : countColumns()) {
      rollUp.append(",\n  CAST(sum(").append(name).append(") AS BIGINT) AS ").append(name);
    }
    return "WITH " + cells + "\nSELECT band, intensive, grouping_id(band, intensive) AS level" + rollUp
        + "\nFROM cells GROUP BY GROUPING SETS ((band), (intensive), ())";
  }

  /** The count columns of a result row, after its first three, in order. */
  public static List<String> countColumns() {
    List<String> names = new ArrayList<>(List.of("cases", "reviewed"));
    for (OutcomeQuestion q : QUESTIONS) {
      String c = CaseColumns.answer(q);
      names.addAll(List.of(c + "_yes", c + "_no", c + "_not_recorded"));
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
    return List.copyOf(names);
  }
}
