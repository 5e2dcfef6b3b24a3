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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MaracReturn;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.Referral;
import org.safeguard.core.outcome.Rate;
import org.safeguard.model.Agency;

/**
 * Keeps {@link MaracReturnBenchmark} honest: over the same seeded MARAC (20,000 referrals), DuckDB's
 * query returns every figure the {@link MaracReturn} holds, in both formulations, for the benchmark's year and for a
 * quarter, and the generated data holds the cases the rules turn on.
 */
class MaracReturnSqlAgreementTest {
  private static final int REFERRALS = 20_000;
  private static SyntheticReturn data;
  private static Connection connection;

  @BeforeAll
  static void load() throws SQLException {
    data = SyntheticReturn.generate(MaracReturnBenchmark.SEED, REFERRALS);
    connection = DriverManager.getConnection("jdbc:duckdb:");
    MaracReturnSql.load(connection, data.referrals(), data.meetings());
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  private static void assertSameFigures(LocalDate from, LocalDate to) throws SQLException {
    MaracReturn r = MaracReturn.of(SyntheticReturn.MARAC, SyntheticReturn.ADULT_WOMEN, from, to, data.referrals(), data.meetings());
    for (MaracReturnSql.Formulation formulation : MaracReturnSql.Formulation.values()) {
      assertSameFigures(r, MaracReturnSql.prepare(connection, from, to, formulation).run());
    }
  }

  private static void assertSameFigures(MaracReturn r, MaracReturnSql.Result sql) {
    long heard = sql.get("heard");
    long linked = sql.get("linked");
    assertEquals(r.casesHeard(), heard, "cases heard");
    assertRate(r.repeatRate(), sql.get("repeats"), linked, heard - linked, "repeats");
    assertRate(r.casesWithChildren(), sql.get("with_children"), sql.get("children_known"), heard - sql.get("children_known"),
        "cases with children");
    assertEquals(r.children(), sql.get("children"), "children");
    assertEquals(r.referrals(), sql.get("referrals"), "referrals");
    for (Agency a : Agency.values()) {
      assertRate(r.referralsBy(a), sql.by(a), sql.get("referrals"), 0, a.name());
    }
    for (MaracRoute route : MaracRoute.values()) {
      assertRate(r.referralsBy(route), sql.by(route), sql.get("referrals"), 0, route.name());
    }
    assertEquals(r.rejected(), sql.get("rejected"), "rejected");
    assertEquals(r.transferred(), sql.get("transferred"), "transferred");
    assertRate(r.engagement(), sql.get("engaged"), sql.get("accepted"), 0, "engagement");
    assertEquals(sql.get("referrals"), sql.get("accepted") + sql.get("rejected") + sql.get("transferred"));
    for (EqualityGroup g : EqualityGroup.values()) {
      assertRate(r.access(g), sql.group(g, "in"), sql.group(g, "known"), heard - sql.group(g, "known"), g.name());
      // the missing cases by reason: withheld, not recorded, no referral
      assertEquals(Rate.missingFor(sql.group(g, "in"), sql.group(g, "known"),
          new long[] {sql.group(g, "withheld"), linked - sql.group(g, "known") - sql.group(g, "withheld"), heard - linked},
          new String[] {"preferred not to say", "not recorded", "no referral record"}), r.access(g), g.name());
    }
  }

  private static void assertRate(Rate rate, long numerator, long denominator, long missing, String figure) {
    assertEquals(numerator, rate.numerator(), figure + " numerator");
    assertEquals(denominator, rate.denominator(), figure + " denominator");
    assertEquals(missing, rate.missing(), figure + " missing");
  }

  @Test
  void duckdbsQueryGivesEveryFigureOfTheReturnForTheYear() throws SQLException {
    assertSameFigures(SyntheticReturn.FROM, SyntheticReturn.TO);
  }

  @Test
  void duckdbsQueryGivesEveryFigureOfTheReturnForAQuarter() throws SQLException {
    assertSameFigures(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
  }

  @Test
  void theDataHoldsTheCasesTheRulesTurnOn() {
    Map<String, Integer> referralsOfCase = new HashMap<>();
    Map<String, LocalDate> firstDay = new HashMap<>();
    int sameDay = 0;
    for (Referral r : data.referrals()) {
      referralsOfCase.merge(r.caseId(), 1, Integer::sum);
      LocalDate before = firstDay.putIfAbsent(r.caseId(), r.receivedOn());
      sameDay += r.receivedOn().equals(before) ? 1 : 0;
    }
    long repeatedCases = referralsOfCase.values().stream().filter(n -> n > 1).count();
    assertTrue(repeatedCases > REFERRALS / 20, "cases referred more than once: " + repeatedCases);
    assertTrue(sameDay > 10, "a case's two referrals on one day: " + sameDay);
    long hearings = data.meetings().stream().mapToLong(m -> m.heard().size()).sum();
    assertTrue(hearings > REFERRALS * 8L / 10, "hearings: " + hearings);
    MaracReturn year = MaracReturn.of(SyntheticReturn.MARAC, SyntheticReturn.ADULT_WOMEN, SyntheticReturn.FROM, SyntheticReturn.TO,
        data.referrals(), data.meetings());
    assertTrue(year.repeatRate().missing() > 0, "hearings with no referral");
    assertTrue(year.rejected() > 0 && year.transferred() > 0 && year.engagement().numerator() > 0);
    for (EqualityGroup g : EqualityGroup.values()) {
      assertTrue(year.access(g).numerator() > 0, g.name());
    }
    long before = data.meetings().stream().map(MaracMeeting::on).filter(d -> d.isBefore(SyntheticReturn.FROM)).count();
    assertEquals(SyntheticReturn.MEETINGS_BEFORE, before, "meetings outside the period");
  }
}
