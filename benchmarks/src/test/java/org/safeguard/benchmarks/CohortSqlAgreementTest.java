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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.model.RiskLevel;
import org.safeguard.synthetic.SyntheticCohort;

/**
 * Keeps {@link CohortReportBenchmark} honest: over the same generated cohort, DuckDB's query returns
 * every number the Safeguard report holds, in both formulations of the query, under the default
 * parameters and under others.
 */
class CohortSqlAgreementTest {
  private static final int CASES = 50_000;
  private static PackedCohort cohort;
  private static Connection connection;

  @BeforeAll
  static void load() throws SQLException {
    cohort = SyntheticCohort.withDefaults(CohortReportBenchmark.SEED).packed(CASES);
    connection = DriverManager.getConnection("jdbc:duckdb:");
    CohortSql.load(connection, cohort);
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  private static void assertSameNumbers(ReportParameters parameters) throws SQLException {
    for (CohortSql.Formulation formulation : CohortSql.Formulation.values()) {
      assertSameNumbers(parameters, formulation);
    }
  }

  private static void assertSameNumbers(ReportParameters parameters, CohortSql.Formulation formulation) throws SQLException {
    CohortSql.Result sql = CohortSql.prepare(connection, parameters, formulation).run();
    assertSameNumbers(cohort.report(parameters), sql, parameters);
    // the like-for-like benchmark's cohort: the same cases without kinds, children and risk factors
    CohortReport outcomesOnly = CohortReportBenchmark.Cohort.outcomesOnly(cohort).report(parameters);
    assertSameNumbers(outcomesOnly, sql, parameters);
    assertEquals(List.of(), outcomesOnly.interventionKinds(), "no table of interventions to count");
    assertEquals(false, cohort.report(parameters).interventionKinds().isEmpty(), "the full cohort has one");
  }

  private static void assertSameNumbers(CohortReport report, CohortSql.Result sql, ReportParameters parameters) {
    assertEquals(report.cases(), sql.get(CohortSql.ALL, "cases"));
    assertEquals(report.reviewed(), sql.get(CohortSql.ALL, "reviewed"));
    assertEquals(report.intensiveCases(), sql.get(CohortSql.support(true), "cases"));
    assertEquals(report.totalInterventions(), sql.get(CohortSql.ALL, "interventions"));
    assertEquals(report.totalSignificantContacts(), sql.get(CohortSql.ALL, "contacts"));
    for (OutcomeMeasure m : OutcomeMeasure.values()) {
      assertEquals(report.overall(m), sql.rate(CohortSql.ALL, m), m.name());
      assertEquals(report.intensive(m), sql.rate(CohortSql.support(true), m), m + " intensive");
      assertEquals(report.notIntensive(m), sql.rate(CohortSql.support(false), m), m + " not intensive");
      for (int band = 0; band < parameters.bandCount(); band++) {
        assertEquals(report.casesInBand(band), sql.get(CohortSql.band(band), "cases"));
        assertEquals(report.byBand(m, band), sql.rate(CohortSql.band(band), m), m + " band " + band);
      }
    }
    for (AbuseType t : AbuseType.values()) {
      assertEquals(report.cessation(t), sql.cessation(t), t.name());
    }
    for (RiskLevel from : RiskLevel.values()) {
      assertEquals(report.riskMovement().noReview(from), sql.get(CohortSql.ALL, "unreviewed_" + from.ordinal()));
      for (RiskLevel to : RiskLevel.values()) {
        assertEquals(report.riskMovement().count(from, to), sql.get(CohortSql.ALL, "moved_" + from.ordinal() + "_" + to.ordinal()));
      }
    }
  }

  @Test
  void duckdbsQueryGivesEveryNumberOfTheReportUnderTheDefaults() throws SQLException {
    assertSameNumbers(ReportParameters.defaults());
  }

  @Test
  void duckdbsQueryGivesEveryNumberOfTheReportUnderOtherBandsAndThreshold() throws SQLException {
    assertSameNumbers(ReportParameters.of(List.of(0, 1, 3, 5, 8, 13), 4));
  }

  @Test
  void theTableHoldsEveryCaseOnce() throws SQLException {
    try (var s = connection.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM cases")) {
      rs.next();
      assertEquals(CASES, rs.getLong(1));
    }
  }
}
