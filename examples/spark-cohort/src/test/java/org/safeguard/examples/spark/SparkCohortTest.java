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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CaseOutcome;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.CohortTally;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.PackedCohort;
import org.safeguard.core.outcome.Rate;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.core.outcome.Severity;
import org.safeguard.examples.cohortsql.CaseColumns;
import org.safeguard.examples.cohortsql.CohortQuery;
import org.safeguard.examples.cohortsql.CohortRows;
import org.safeguard.examples.cohortsql.CohortTablesRow;
import org.safeguard.model.RiskLevel;
import org.safeguard.synthetic.SyntheticCohort;

/**
 * On a small cohort in several partitions: the tally's report over the DataFrame equals the
 * single-thread report of the same cases exactly, and Spark SQL's query agrees with it figure by
 * figure, as {@code CohortSqlAgreementTest} checks DuckDB's.
 */
class SparkCohortTest {
  private static final int CASES = 20_000;
  private static final int PARTITIONS = 6;

  private static SparkSession spark;
  private static Dataset<Row> cohort;
  /** The same cases, packed on one thread, as the generator writes them. */
  private static PackedCohort packed;

  @BeforeAll
  static void start() {
    spark = SparkCohortReport.session("local[2]");
    cohort = SparkCohortReport.cachedCohort(spark, CASES, PARTITIONS);
    packed = SyntheticCohort.withDefaults(SparkCohortReport.SEED).packed(CASES);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theTallyOverPartitionsEqualsTheSingleThreadReportExactly() {
    assertEquals(PARTITIONS, cohort.rdd().getNumPartitions());
    // the cached table reaches the tally as column batches; the uncached one of the four-level test as internal rows
    assertTrue(cohort.queryExecution().executedPlan().supportsColumnar(), "the cached table is read as column batches");
    assertEquals(PARTITIONS, SparkTally.partials(cohort, ReportParameters.defaults()).size(), "one tally a partition");
    for (ReportParameters parameters : List.of(ReportParameters.defaults(), ReportParameters.of(List.of(0, 1, 3, 5, 8, 13), 4))) {
      CohortReport single = packed.report(parameters);
      assertEquals(CASES, single.cases());
      assertTrue(single.interventionKinds().size() > 10, "the table carries the kinds: " + single.interventionKinds());
      assertEquals(single, SparkTally.report(cohort, parameters));
      assertEquals(single, SparkTally.reportInPlace(cohort, parameters));
      // and the single-thread tally of the cases one at a time
      CohortTally oneAtATime = CohortTally.create(parameters);
      SyntheticCohort generator = SyntheticCohort.withDefaults(SparkCohortReport.SEED);
      for (int i = 0; i < CASES; i++) {
        oneAtATime.add(generator.caseAt(i));
      }
      assertEquals(oneAtATime.report(), SparkTally.report(cohort, parameters));
    }
  }

  @Test
  void sparkSqlGivesEveryNumberOfTheReportUnderTheDefaults() {
    assertSameNumbers(ReportParameters.defaults());
  }

  /** The DataFrame has the one layout both SQL baselines read, column for column. */
  @Test
  void theTableHasTheLayoutOfCaseColumns() {
    List<String> kinds = CaseTable.kinds(cohort.schema());
    assertEquals(CaseColumns.names(kinds), List.of(cohort.schema().fieldNames()));
  }

  @Test
  void sparkSqlGivesEveryNumberOfTheReportUnderOtherBandsAndThreshold() {
    assertSameNumbers(ReportParameters.of(List.of(0, 1, 3, 5, 8, 13), 4));
  }

  @Test
  void sparkSqlGivesEveryNumberOfTable4AndTheRiskFactorTables() {
    assertSameTables(packed.report(ReportParameters.defaults()), SparkCohortTablesSql.run(spark, cohort));
  }

  private static void assertSameTables(CohortReport report, CohortTablesRow sql) {
    assertEquals(List.of(), sql.differencesFrom(report));
  }

  private static void assertSameNumbers(ReportParameters parameters) {
    for (CohortQuery.Formulation formulation : CohortQuery.Formulation.values()) {
      assertSameNumbers(packed.report(parameters), SparkCohortSql.run(spark, cohort, parameters, formulation), parameters);
    }
  }

  /** Rows with abuse at all four levels, standard among them, packed with their severities, and the same SQL. */
  @Test
  void bothReadNearCessationAsTheReportDoesOnFourSeverityLevels() {
    Random random = new Random(2009);
    List<CaseOutcome> cases = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      AbuseProfile intake = profile(random);
      boolean reviewed = random.nextInt(10) < 7;
      CaseOutcome.Builder c = CaseOutcome.builder().caseId("c" + i).significantContacts(random.nextInt(12))
          .abuseAtIntake(intake).levelAtIntake(RiskLevel.HIGH)
          .abuseAtReview(reviewed ? Optional.of(random.nextBoolean() ? fallen(intake, random) : profile(random)) : Optional.empty())
          .levelAtReview(reviewed ? Optional.of(RiskLevel.MEDIUM) : Optional.empty())
          .riskFactorsAtIntake(factors(random)).riskFactorsAtReview(reviewed ? factors(random) : Set.of());
      if (random.nextInt(4) > 0) {
        c.hasChildren(random.nextBoolean());
      }
      // kinds recorded for half the cases; the others have a count only
      List<String> received = new ArrayList<>();
      for (String kind : FOUR_KINDS) {
        if (random.nextBoolean()) {
          received.add(kind);
        }
      }
      if (random.nextBoolean()) {
        c.interventions(received.size()).interventionKinds(received);
      } else {
        c.interventions(random.nextInt(14));
      }
      cases.add(c.build());
    }
    List<Row> rows = new ArrayList<>();
    for (CaseOutcome c : cases) {
      rows.add(CaseTable.row(c, FOUR_KINDS));
    }
    Dataset<Row> table = spark.createDataFrame(rows, CaseTable.schema(FOUR_KINDS)).repartition(3);
    assertFalse(table.queryExecution().executedPlan().supportsColumnar(), "an uncached table is read as internal rows");
    ReportParameters parameters = ReportParameters.defaults();
    CohortReport report = CohortTally.create(parameters).addAll(cases).report();
    Rate near = report.overall(OutcomeMeasure.COMPLETE_OR_NEAR_CESSATION);
    assertTrue(near.numerator() > report.overall(OutcomeMeasure.TOTAL_CESSATION).numerator(), "some cases are near, not total: " + near);
    assertEquals(report, SparkTally.report(table, parameters));
    assertEquals(report, SparkTally.reportInPlace(table, parameters));
    for (CohortQuery.Formulation formulation : CohortQuery.Formulation.values()) {
      assertSameNumbers(report, SparkCohortSql.run(spark, table, parameters, formulation), parameters);
    }
    assertEquals(FOUR_KINDS, report.interventionKinds());
    assertSameTables(report, SparkCohortTablesSql.run(spark, table));
  }

  private static final List<String> FOUR_KINDS = List.of("children-services", "housing", "marac", "police");

  private static Set<RiskFactor> factors(Random random) {
    Set<RiskFactor> present = EnumSet.noneOf(RiskFactor.class);
    for (RiskFactor f : RiskFactor.values()) {
      if (random.nextInt(4) == 0) {
        present.add(f);
      }
    }
    return present;
  }

  private static AbuseProfile profile(Random random) {
    Map<AbuseType, Severity> present = new EnumMap<>(AbuseType.class);
    for (AbuseType t : AbuseType.values()) {
      if (random.nextInt(3) == 0) {
        present.put(t, Severity.values()[random.nextInt(3)]);
      }
    }
    return AbuseProfile.of(present);
  }

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

  private static void assertSameNumbers(CohortReport report, CohortRows sql, ReportParameters parameters) {
    assertEquals(List.of(), sql.differencesFrom(report, parameters));
  }
}
