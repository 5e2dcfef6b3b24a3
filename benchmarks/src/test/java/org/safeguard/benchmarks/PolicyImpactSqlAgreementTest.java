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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.core.marac.CaseImpact;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.PolicyImpact;

/**
 * Keeps {@link PolicyImpactBenchmark} honest: over the same seeded pairs (20,000), DuckDB's query
 * returns every count the {@link PolicyImpact} holds, and the pairs hold every kind of change.
 */
class PolicyImpactSqlAgreementTest {
  private static final int CASES = 20_000;
  private static List<CaseImpact> pairs;
  private static Connection connection;

  @BeforeAll
  static void load() throws SQLException {
    pairs = PolicyImpactSql.pairs(PolicyImpactBenchmark.SEED, CASES);
    connection = DriverManager.getConnection("jdbc:duckdb:");
    PolicyImpactSql.load(connection, pairs);
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @Test
  void duckdbsQueryGivesEveryCountOfTheImpact() throws SQLException {
    PolicyImpact impact = PolicyImpact.of(pairs);
    PolicyImpactSql.Result sql = PolicyImpactSql.prepare(connection).run();
    assertEquals(impact.cases(), sql.get("cases"));
    for (PolicyImpact.Side side : PolicyImpact.Side.values()) {
      for (MaracOutcome o : MaracOutcome.values()) {
        assertEquals(impact.outcome(o, side), sql.outcome(o, side), o + " " + side);
      }
      for (MaracRoute r : MaracRoute.values()) {
        assertEquals(impact.route(r, side), sql.route(r, side), r + " " + side);
      }
    }
    for (MaracOutcome from : MaracOutcome.values()) {
      for (MaracOutcome to : MaracOutcome.values()) {
        assertEquals(impact.moved(from, to), sql.moved(from, to), from + " to " + to);
      }
    }
    assertEquals(impact.changed().size(), sql.get("changed"), "changed");
  }

  @Test
  void thePairsHoldEveryKindOfChange() {
    PolicyImpact impact = PolicyImpact.of(pairs);
    assertTrue(impact.moved(MaracOutcome.NO_REFERRAL, MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC) > 0);
    assertTrue(impact.moved(MaracOutcome.REFER_TO_MARAC, MaracOutcome.NO_REFERRAL) > 0);
    assertTrue(impact.changed().stream().anyMatch(c -> c.inForce().outcome() == c.candidate().outcome()), "same outcome, other routes");
    assertTrue(impact.changed().stream().anyMatch(c -> !c.routesLost().isEmpty() && !c.routesGained().isEmpty()
        || c.inForce().outcome() == c.candidate().outcome() && !c.routesLost().isEmpty()), "a route lost");
    for (MaracRoute r : MaracRoute.values()) {
      assertTrue(impact.route(r, PolicyImpact.Side.CANDIDATE) > 0, r.name());
    }
  }
}
