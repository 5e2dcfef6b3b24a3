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
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.core.outcome.Rate;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.model.RiskLevel;

/**
 * The baseline of {@link CohortReportBenchmark}: the cohort report as a service would write it
 * over its own database, one SQL query over a table with one row per case, run in an in-memory
 * DuckDB.
 *
 * <p>The table is what a case system would plausibly hold, in compact types: the two counts as
 * {@code INTEGER}, one {@code TINYINT} per abuse type at intake and at review for its severity (0
 * absent, 1 standard, 2 moderate, 3 high), the risk levels as
 * {@code TINYINT} (0 standard, 1 medium, 2 high) and the five answers as nullable {@code BOOLEAN}
 * (null: not recorded). A case with no review has {@code reviewed = false} and nulls for every T2
 * column. The table has no way to say an abuse type was not recorded at review (the generator
 * writes no such type); one would load as absent, so the agreement tests use cohorts without them.
 *
 * <p>The query computes every number of the Safeguard report: it groups the cases by band (a
 * {@code CASE} over the intervention count) and intensity, counts yes, no and not recorded for each
 * outcome (complete or near cessation: every type at review at standard and higher at intake),
 * ceased, present and unreviewed for each abuse type, the 3 by 3 level movements and the
 * unreviewed per level, then rolls the few cells up with
 * {@code GROUPING SETS ((band), (intensive), ())} into the rows of the report's tables. It comes in
 * two {@link Formulation}s. It is prepared once; a run executes it and reads the rows.
 */
public final class CohortSql {
  /** Row key of the whole cohort. */
  public static final String ALL = "all";

  private static final AbuseType[] TYPES = AbuseType.values();
  private static final OutcomeQuestion[] QUESTIONS = OutcomeQuestion.values();

  private final PreparedStatement query;

  private CohortSql(PreparedStatement query) {
    this.query = query;
  }

  /** Prepares the report query for {@code parameters} on a connection whose {@code cases} table is loaded. */
  public static CohortSql prepare(Connection connection, ReportParameters parameters, Formulation formulation) throws SQLException {
    return new CohortSql(connection.prepareStatement(query(parameters, formulation)));
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
    return type.name().toLowerCase(Locale.ROOT) + "_t" + time;
  }

  private static String column(OutcomeQuestion question) {
    return question.name().toLowerCase(Locale.ROOT);
  }

  /** The column of a kind of intervention received: {@code k_} and the id. */
  static String column(String kind) {
    return "k_" + kind.replace('-', '_');
  }

  /** The column of a risk factor at intake (1) or review (2). */
  static String column(RiskFactor factor, int time) {
    return "f_" + factor.name().toLowerCase(Locale.ROOT) + "_t" + time;
  }

  /** Every kind of intervention some case of {@code cohort} received, in id order. */
  static List<String> kinds(PackedCohort cohort) {
    java.util.Set<String> kinds = new java.util.TreeSet<>();
    for (int i = 0; i < cohort.size(); i++) {
      cohort.interventionKinds(i).ifPresent(kinds::addAll);
    }
    return List.copyOf(kinds);
  }

  /**
   * Creates the {@code cases} table and loads every case of {@code cohort} with DuckDB's appender.
   * Beside the columns the report query reads, the table holds what {@link CohortTablesSql} reads:
   * the children ({@code TINYINT}, null when not recorded, 0 none, 1 some), whether the kinds were
   * recorded, one {@code BOOLEAN} per kind received and one per risk factor at intake and at review
   * (null without a review).
   */
  public static void load(Connection connection, PackedCohort cohort) throws SQLException {
    List<String> kinds = kinds(cohort);
    StringBuilder ddl = new StringBuilder("CREATE TABLE cases (interventions INTEGER NOT NULL, significant_contacts INTEGER NOT NULL");
    for (AbuseType t : TYPES) {
      ddl.append(", ").append(column(t, 1)).append(" TINYINT NOT NULL");
    }
    ddl.append(", level_t1 TINYINT NOT NULL, reviewed BOOLEAN NOT NULL");
    for (AbuseType t : TYPES) {
      ddl.append(", ").append(column(t, 2)).append(" TINYINT");
    }
    ddl.append(", level_t2 TINYINT");
    for (OutcomeQuestion q : QUESTIONS) {
      ddl.append(", ").append(column(q)).append(" BOOLEAN");
    }
    ddl.append(", children TINYINT, kinds_recorded BOOLEAN NOT NULL");
    for (String kind : kinds) {
      ddl.append(", ").append(column(kind)).append(" BOOLEAN NOT NULL");
    }
    for (RiskFactor f : RiskFactor.values()) {
      ddl.append(", ").append(column(f, 1)).append(" BOOLEAN NOT NULL, ").append(column(f, 2)).append(" BOOLEAN");
    }
    ddl.append(")");
    try (Statement s = connection.createStatement()) {
      s.execute(ddl.toString());
    }
    try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "cases")) {
      for (int i = 0; i < cohort.size(); i++) {
        appender.beginRow();
        appender.append(cohort.interventions(i));
        appender.append(cohort.significantContacts(i));
        AbuseProfile atIntake = cohort.abuseAtIntake(i);
        for (AbuseType t : TYPES) {
          appender.append(severity(atIntake, t));
        }
        appender.append((byte) cohort.levelAtIntake(i).ordinal());
        Optional<RiskLevel> levelAtReview = cohort.levelAtReview(i);
        appender.append(levelAtReview.isPresent());
        Optional<AbuseProfile> atReview = cohort.abuseAtReview(i);
        for (AbuseType t : TYPES) {
          if (atReview.isPresent()) {
            appender.append(severity(atReview.get(), t));
          } else {
            appender.appendNull();
          }
        }
        if (levelAtReview.isPresent()) {
          appender.append((byte) levelAtReview.get().ordinal());
        } else {
          appender.appendNull();
        }
        for (OutcomeQuestion q : QUESTIONS) {
          OutcomeAnswer a = cohort.answer(i, q);
          if (a == OutcomeAnswer.NOT_RECORDED) {
            appender.appendNull();
          } else {
            appender.append(a == OutcomeAnswer.YES);
          }
        }
        Optional<Boolean> children = cohort.hasChildren(i);
        if (children.isPresent()) {
          appender.append((byte) (children.get() ? 1 : 0));
        } else {
          appender.appendNull();
        }
        Optional<java.util.Set<String>> received = cohort.interventionKinds(i);
        appender.append(received.isPresent());
        for (String kind : kinds) {
          appender.append(received.isPresent() && received.get().contains(kind));
        }
        java.util.Set<RiskFactor> atIntakeFactors = cohort.riskFactorsAtIntake(i);
        java.util.Set<RiskFactor> atReviewFactors = cohort.riskFactorsAtReview(i);
        for (RiskFactor f : RiskFactor.values()) {
          appender.append(atIntakeFactors.contains(f));
          if (levelAtReview.isPresent()) {
            appender.append(atReviewFactors.contains(f));
          } else {
            appender.appendNull();
          }
        }
        appender.endRow();
      }
    }
  }

  /** A type's severity as the table holds it: 0 absent, else 1 to 3 from standard to high. */
  private static byte severity(AbuseProfile profile, AbuseType type) {
    return (byte) profile.severityOf(type).map(s -> s.ordinal() + 1).orElse(0).intValue();
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
      columns.append(", ").append(column(t, 1)).append(", ").append(column(t, 2));
    }
    for (OutcomeQuestion q : QUESTIONS) {
      columns.append(", ").append(column(q));
    }
    CASE_COLUMNS = columns.toString();
  }

  /**
   * The query, with the bands and threshold of {@code parameters} written into it. Null is never
   * counted by {@code count_if}, so an answer of a case with no review (null) or not recorded
   * (null) is neither yes nor no, and the review's columns of an unreviewed case match nothing.
   */
  public static String query(ReportParameters parameters, Formulation formulation) {
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
    java.util.function.Function<String, String> count =
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
          + "\n FROM cases GROUP BY ALL),\ncells AS (\n SELECT band, intensive, " + counts + "\n FROM profiles GROUP BY ALL)";
    } else {
      cells = "cells AS (\n SELECT " + groups + ",\n  " + counts + "\n FROM cases GROUP BY ALL)";
    }
    StringBuilder rollUp = new StringBuilder();
    for (String name : columnNames()) {
      rollUp.append(",\n  sum(").append(name).append(")::BIGINT AS ").append(name);
    }
    return "WITH " + cells + "\nSELECT band, intensive, grouping(band, intensive) AS level" + rollUp
        + "\nFROM cells GROUP BY GROUPING SETS ((band), (intensive), ())";
  }

  private static List<String> columnNames() {
    List<String> names = new java.util.ArrayList<>(List.of("cases", "reviewed"));
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

  /** Runs the query and reads its rows. */
  public Result run() throws SQLException {
    Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
    try (ResultSet rs = query.executeQuery()) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        int level = rs.getInt("level");
        String key = level == 3 ? ALL : level == 1 ? band(rs.getInt("band")) : support(rs.getBoolean("intensive"));
        Map<String, Long> row = new LinkedHashMap<>();
        for (int c = 4; c <= meta.getColumnCount(); c++) {
          row.put(meta.getColumnLabel(c), rs.getLong(c));
        }
        rows.put(key, row);
      }
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
