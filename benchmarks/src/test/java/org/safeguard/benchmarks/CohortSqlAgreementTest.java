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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.core.outcome.Rate;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.core.outcome.Severity;
import org.safeguard.examples.cohortsql.CaseColumns;
import org.safeguard.examples.cohortsql.CohortQuery;
import org.safeguard.examples.cohortsql.CohortRows;
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
    for (CohortQuery.Formulation formulation : CohortQuery.Formulation.values()) {
      assertSameNumbers(parameters, formulation);
    }
  }

  private static void assertSameNumbers(ReportParameters parameters, CohortQuery.Formulation formulation) throws SQLException {
    CohortRows sql = CohortSql.prepare(connection, parameters, formulation).run();
    assertSameNumbers(cohort.report(parameters), sql, parameters);
    // the like-for-like benchmark's cohort: the same cases without kinds, children and risk factors
    CohortReport outcomesOnly = CohortReportBenchmark.Cohort.outcomesOnly(cohort).report(parameters);
    assertSameNumbers(outcomesOnly, sql, parameters);
    assertEquals(List.of(), outcomesOnly.interventionKinds(), "no table of interventions to count");
    assertEquals(false, cohort.report(parameters).interventionKinds().isEmpty(), "the full cohort has one");
  }

  private static void assertSameNumbers(CohortReport report, CohortRows sql, ReportParameters parameters) {
    assertEquals(List.of(), sql.differencesFrom(report, parameters));
  }

  @Test
  void duckdbsQueryGivesEveryNumberOfTheReportUnderTheDefaults() throws SQLException {
    assertSameNumbers(ReportParameters.defaults());
  }

  @Test
  void duckdbsQueryGivesEveryNumberOfTheReportUnderOtherBandsAndThreshold() throws SQLException {
    assertSameNumbers(ReportParameters.of(List.of(0, 1, 3, 5, 8, 13), 4));
  }

  /**
   * The generator writes abuse on two levels, where complete or near cessation is total cessation;
   * cases with all four levels (standard among them) check the query's reading of near cessation
   * too. The table has no way to hold a type not recorded at review, so these cases record every type.
   */
  @Test
  void duckdbsQueryReadsNearCessationAsTheReportDoesOnFourSeverityLevels() throws SQLException {
    Random random = new Random(2009);
    List<CaseOutcome> cases = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      AbuseProfile intake = profile(random);
      boolean reviewed = random.nextInt(10) < 7;
      cases.add(CaseOutcome.builder().caseId("c" + i).interventions(random.nextInt(14)).significantContacts(random.nextInt(12))
          .abuseAtIntake(intake).levelAtIntake(RiskLevel.HIGH)
          .abuseAtReview(reviewed ? Optional.of(random.nextBoolean() ? fallen(intake, random) : profile(random)) : Optional.empty())
          .levelAtReview(reviewed ? Optional.of(RiskLevel.MEDIUM) : Optional.empty())
          .build());
    }
    PackedCohort fourLevels = PackedCohort.of(cases);
    ReportParameters parameters = ReportParameters.defaults();
    CohortReport report = fourLevels.report(parameters);
    Rate near = report.overall(OutcomeMeasure.COMPLETE_OR_NEAR_CESSATION);
    assertTrue(near.numerator() > report.overall(OutcomeMeasure.TOTAL_CESSATION).numerator(), "some cases are near, not total: " + near);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      CohortSql.load(c, fourLevels);
      for (CohortQuery.Formulation formulation : CohortQuery.Formulation.values()) {
        assertSameNumbers(report, CohortSql.prepare(c, parameters, formulation).run(), parameters);
      }
    }
  }

  /** Any abuse, each type present with a third's chance at any of the three levels. */
  private static AbuseProfile profile(Random random) {
    Map<AbuseType, Severity> present = new EnumMap<>(AbuseType.class);
    for (AbuseType t : AbuseType.values()) {
      if (random.nextInt(3) == 0) {
        present.put(t, Severity.values()[random.nextInt(3)]);
      }
    }
    return AbuseProfile.of(present);
  }

  /** The abuse at intake, each type stopped, gone on at its level, or fallen to standard. */
  private static AbuseProfile fallen(AbuseProfile intake, Random random) {
    Map<AbuseType, Severity> present = new EnumMap<>(AbuseType.class);
    intake.present().forEach((type, severity) -> {
      int r = random.nextInt(3);
      if (r == 1) {
        present.put(type, severity);
      } else if (r == 2) {
        present.put(type, Severity.STANDARD);
      }
    });
    return AbuseProfile.of(present);
  }

  /** The rest of the report, Table 4 and the risk-factor tables, from the tables query. */
  @Test
  void duckdbsTablesQueryGivesTable4AndTheRiskFactorTables() throws SQLException {
    CohortReport report = cohort.report();
    assertTrue(report.interventionKinds().size() > 10, "the generated cohort records kinds: " + report.interventionKinds());
    assertEquals(List.of(), CohortTablesSql.prepare(connection, cohort).run().differencesFrom(report));
  }

  /**
   * A case with no intervention has its kinds known (none), as the library reads it, whatever a
   * vendor's table says in {@code kinds_recorded}: the query counts it in Table 4's group either way.
   */
  @Test
  void aCaseWithNoInterventionIsInTable4sGroupWhateverKindsRecordedSays() throws SQLException {
    PackedCohort small = SyntheticCohort.withDefaults(CohortReportBenchmark.SEED).packed(2_000);
    try (Connection own = DriverManager.getConnection("jdbc:duckdb:")) {
      CohortSql.load(own, small);
      int changed;
      try (var s = own.createStatement()) {
        changed = s.executeUpdate("UPDATE cases SET kinds_recorded = false WHERE interventions = 0 AND reviewed");
      }
      assertTrue(changed > 0, "the cohort has reviewed cases without an intervention");
      assertEquals(List.of(), CohortTablesSql.prepare(own, small).run().differencesFrom(small.report()));
    }
  }

  /** The table DuckDB holds has the one layout both SQL baselines read, column for column. */
  @Test
  void theTableHasTheLayoutOfCaseColumns() throws SQLException {
    List<String> names = new ArrayList<>();
    try (var s = connection.createStatement(); var rs = s.executeQuery("SELECT * FROM cases LIMIT 0")) {
      for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
        names.add(rs.getMetaData().getColumnLabel(c));
      }
    }
    assertEquals(CaseColumns.names(CohortSql.kinds(cohort)), names);
  }

  @Test
  void theTableHoldsEveryCaseOnce() throws SQLException {
    try (var s = connection.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM cases")) {
      rs.next();
      assertEquals(CASES, rs.getLong(1));
    }
  }
}
