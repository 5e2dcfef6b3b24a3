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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.OutcomeAnswer;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.examples.cohortsql.CaseColumns;
import org.safeguard.examples.cohortsql.CohortQuery;
import org.safeguard.examples.cohortsql.CohortRows;
import org.safeguard.model.RiskLevel;

/**
 * The baseline of {@link CohortReportBenchmark}: the cohort report as a service would write it
 * over its own database, {@link CohortQuery}'s query over a table with one row per case (laid out
 * as {@link CaseColumns} says), run in an in-memory DuckDB. The query is prepared once; a run
 * executes it and reads the rows.
 */
public final class CohortSql {
  private final PreparedStatement query;

  private CohortSql(PreparedStatement query) {
    this.query = query;
  }

  /** Prepares the report query for {@code parameters} on a connection whose {@code cases} table is loaded. */
  public static CohortSql prepare(Connection connection, ReportParameters parameters, CohortQuery.Formulation formulation)
      throws SQLException {
    return new CohortSql(connection.prepareStatement(CohortQuery.sql("cases", parameters, formulation)));
  }

  /** Every kind of intervention some case of {@code cohort} received, in id order. */
  static List<String> kinds(PackedCohort cohort) {
    Set<String> kinds = new TreeSet<>();
    for (int i = 0; i < cohort.size(); i++) {
      cohort.interventionKinds(i).ifPresent(kinds::addAll);
    }
    return List.copyOf(kinds);
  }

  /**
   * Creates the {@code cases} table and loads every case of {@code cohort} with DuckDB's appender,
   * one column for each kind of intervention some case received.
   */
  public static void load(Connection connection, PackedCohort cohort) throws SQLException {
    List<String> kinds = kinds(cohort);
    StringBuilder ddl = new StringBuilder("CREATE TABLE cases (interventions INTEGER NOT NULL, significant_contacts INTEGER NOT NULL");
    for (AbuseType t : AbuseType.values()) {
      ddl.append(", ").append(CaseColumns.abuse(t, 1)).append(" TINYINT NOT NULL");
    }
    ddl.append(", level_t1 TINYINT NOT NULL, reviewed BOOLEAN NOT NULL");
    for (AbuseType t : AbuseType.values()) {
      ddl.append(", ").append(CaseColumns.abuse(t, 2)).append(" TINYINT");
    }
    ddl.append(", level_t2 TINYINT");
    for (OutcomeQuestion q : OutcomeQuestion.values()) {
      ddl.append(", ").append(CaseColumns.answer(q)).append(" BOOLEAN");
    }
    ddl.append(", children TINYINT, kinds_recorded BOOLEAN NOT NULL");
    for (RiskFactor f : RiskFactor.values()) {
      ddl.append(", ").append(CaseColumns.riskFactor(f, 1)).append(" BOOLEAN NOT NULL, ").append(CaseColumns.riskFactor(f, 2))
          .append(" BOOLEAN");
    }
    for (String kind : kinds) {
      ddl.append(", ").append(CaseColumns.kind(kind)).append(" BOOLEAN NOT NULL");
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
        for (AbuseType t : AbuseType.values()) {
          appender.append(CaseColumns.severity(atIntake, t));
        }
        appender.append((byte) cohort.levelAtIntake(i).ordinal());
        Optional<RiskLevel> levelAtReview = cohort.levelAtReview(i);
        appender.append(levelAtReview.isPresent());
        Optional<AbuseProfile> atReview = cohort.abuseAtReview(i);
        for (AbuseType t : AbuseType.values()) {
          if (atReview.isPresent()) {
            appender.append(CaseColumns.severity(atReview.get(), t));
          } else {
            appender.appendNull();
          }
        }
        if (levelAtReview.isPresent()) {
          appender.append((byte) levelAtReview.get().ordinal());
        } else {
          appender.appendNull();
        }
        for (OutcomeQuestion q : OutcomeQuestion.values()) {
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
        Optional<Set<String>> received = cohort.interventionKinds(i);
        appender.append(received.isPresent());
        Set<RiskFactor> atIntakeFactors = cohort.riskFactorsAtIntake(i);
        Set<RiskFactor> atReviewFactors = cohort.riskFactorsAtReview(i);
        for (RiskFactor f : RiskFactor.values()) {
          appender.append(atIntakeFactors.contains(f));
          if (levelAtReview.isPresent()) {
            appender.append(atReviewFactors.contains(f));
          } else {
            appender.appendNull();
          }
        }
        for (String kind : kinds) {
          appender.append(received.isPresent() && received.get().contains(kind));
        }
        appender.endRow();
      }
    }
  }

  /** Runs the query and reads its rows. */
  public CohortRows run() throws SQLException {
    Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
    try (ResultSet rs = query.executeQuery()) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        String key = CohortQuery.rowKey(rs.getLong("level"), rs.getInt("band"), rs.getBoolean("intensive"));
        Map<String, Long> row = new LinkedHashMap<>();
        for (int c = 4; c <= meta.getColumnCount(); c++) {
          row.put(meta.getColumnLabel(c), rs.getLong(c));
        }
        rows.put(key, row);
      }
    }
    return new CohortRows(rows);
  }
}
