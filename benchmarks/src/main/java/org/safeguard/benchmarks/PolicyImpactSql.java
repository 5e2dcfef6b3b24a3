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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.safeguard.core.marac.CaseImpact;
import org.safeguard.core.marac.MaracDecision;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.PolicyImpact;
import org.safeguard.core.marac.RouteFinding;

/**
 * The seeded pairs of decisions of {@link PolicyImpactBenchmark}, and its baseline: the same impact
 * figures as one SQL query over a table of the pairs, run in an in-memory DuckDB.
 *
 * <p>The pairs compare the SafeLives threshold in force ({@code safelives 2019}) with a county's
 * candidate ({@code county 2}), each case on one day of a year. Under the policy in force about 12%
 * of the cases are referred to the MARAC (most by visible high risk, some by professional
 * judgement, potential escalation or repeat, a few by two routes), 4% to children's safeguarding,
 * the rest not referred. The candidate decides most cases the same; it sends about 9% of the cases
 * not referred to a medium-risk MARAC ({@link MaracRoute#MEDIUM_RISK_BAND}), adds or drops a route
 * for about 5% of those referred, and refers a few of them no longer. Every decision has its own
 * {@link RouteFinding}s, as a decision made by the engine has.
 *
 * <p>The table {@code impacts} has a row per pair: the case id ({@code VARCHAR}), the two outcomes
 * ({@code TINYINT}, the {@link MaracOutcome} ordinal) and one {@code BOOLEAN} per route and side
 * for the routes that fired. The query counts the cases, the outcomes and routes on each side, the
 * moves from each outcome to each, and the cases changed (another outcome, or other routes), with
 * {@code count_if} in one pass; one row. It checks nothing ({@link PolicyImpact#of} refuses a case
 * given twice or a pair of other policies) and lists no changed case, where {@code PolicyImpact}
 * keeps each changed pair for its explanation.
 */
public final class PolicyImpactSql {
  static final String IN_FORCE = "safelives";
  static final String CANDIDATE = "county";
  private static final MaracOutcome[] OUTCOMES = MaracOutcome.values();
  private static final MaracRoute[] ROUTES = MaracRoute.values();
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

  private final PreparedStatement query;

  private PolicyImpactSql(PreparedStatement query) {
    this.query = query;
  }

  /**
   * {@code count} seeded pairs of decisions.
   *
   * @param seed the random seed
   * @param count the cases
   * @return a pair per case, case ids {@code V-0} on
   */
  public static List<CaseImpact> pairs(long seed, int count) {
    Random random = new Random(seed);
    List<CaseImpact> pairs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate day = FIRST_DAY.plusDays(random.nextInt(365));
      int r = random.nextInt(100);
      MaracOutcome before;
      Set<MaracRoute> routes = EnumSet.noneOf(MaracRoute.class);
      if (r < 12) {
        before = MaracOutcome.REFER_TO_MARAC;
        int route = random.nextInt(100);
        routes.add(route < 60 ? MaracRoute.VISIBLE_HIGH_RISK : route < 75 ? MaracRoute.PROFESSIONAL_JUDGEMENT
            : route < 90 ? MaracRoute.POTENTIAL_ESCALATION : MaracRoute.REPEAT);
        if (random.nextInt(100) < 10) {
          routes.add(MaracRoute.values()[random.nextInt(4)]);
        }
      } else if (r < 16) {
        before = MaracOutcome.REFER_TO_CHILDREN_SAFEGUARDING;
      } else {
        before = MaracOutcome.NO_REFERRAL;
      }
      MaracOutcome after = before;
      Set<MaracRoute> afterRoutes = EnumSet.copyOf(routes);
      int change = random.nextInt(100);
      if (before == MaracOutcome.NO_REFERRAL && change < 9) {
        after = MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC;
        afterRoutes.add(MaracRoute.MEDIUM_RISK_BAND);
      } else if (before == MaracOutcome.REFER_TO_MARAC && change < 5) {
        MaracRoute route = MaracRoute.values()[random.nextInt(4)];
        if (!afterRoutes.add(route) && afterRoutes.size() > 1) {
          afterRoutes.remove(route);
        }
      } else if (before == MaracOutcome.REFER_TO_MARAC && change < 7) {
        after = MaracOutcome.NO_REFERRAL;
        afterRoutes.clear();
      }
      pairs.add(new CaseImpact("V-" + i, decision(before, routes, day, IN_FORCE, "2019"), decision(after, afterRoutes, day, CANDIDATE, "2")));
    }
    return pairs;
  }

  private static MaracDecision decision(MaracOutcome outcome, Set<MaracRoute> routes, LocalDate day, String policy, String version) {
    MaracDecision.Builder b = MaracDecision.builder().outcome(outcome).asOf(day).policyId(policy).policyVersion(version);
    for (MaracRoute route : routes) {
      b.addRoutes(RouteFinding.builder().route(route).explanation("synthetic finding").build());
    }
    return b.build();
  }

  static String column(MaracRoute route, PolicyImpact.Side side) {
    return MaracReturnSql.name(side) + "_" + MaracReturnSql.name(route);
  }

  /** Creates the {@code impacts} table and loads every pair with DuckDB's appender. */
  public static void load(Connection connection, List<CaseImpact> pairs) throws SQLException {
    StringBuilder ddl = new StringBuilder("CREATE TABLE impacts (case_id VARCHAR NOT NULL, in_force_outcome TINYINT NOT NULL, "
        + "candidate_outcome TINYINT NOT NULL");
    for (PolicyImpact.Side side : PolicyImpact.Side.values()) {
      for (MaracRoute route : ROUTES) {
        ddl.append(", ").append(column(route, side)).append(" BOOLEAN NOT NULL");
      }
    }
    try (Statement s = connection.createStatement()) {
      s.execute(ddl.append(")").toString());
    }
    try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "impacts")) {
      for (CaseImpact c : pairs) {
        appender.beginRow();
        appender.append(c.caseId());
        appender.append((byte) c.inForce().outcome().ordinal());
        appender.append((byte) c.candidate().outcome().ordinal());
        for (MaracDecision d : List.of(c.inForce(), c.candidate())) {
          Set<MaracRoute> fired = d.firedRoutes();
          for (MaracRoute route : ROUTES) {
            appender.append(fired.contains(route));
          }
        }
        appender.endRow();
      }
    }
  }

  /** Prepares the query on a connection whose {@code impacts} table is loaded. */
  public static PolicyImpactSql prepare(Connection connection) throws SQLException {
    return new PolicyImpactSql(connection.prepareStatement(query()));
  }

  /** The query: one row of counts. */
  static String query() {
    StringBuilder q = new StringBuilder("SELECT count(*) AS cases");
    StringBuilder changed = new StringBuilder("in_force_outcome <> candidate_outcome");
    for (PolicyImpact.Side side : PolicyImpact.Side.values()) {
      String name = MaracReturnSql.name(side);
      q.append(",\n ");
      for (MaracOutcome o : OUTCOMES) {
        q.append(o.ordinal() == 0 ? "" : ", ").append("count_if(").append(name).append("_outcome = ").append(o.ordinal()).append(") AS ")
            .append(name).append('_').append(MaracReturnSql.name(o));
      }
      for (MaracRoute r : ROUTES) {
        q.append(", count_if(").append(column(r, side)).append(") AS ").append(column(r, side));
      }
    }
    for (MaracRoute r : ROUTES) {
      changed.append(" OR ").append(column(r, PolicyImpact.Side.IN_FORCE)).append(" <> ").append(column(r, PolicyImpact.Side.CANDIDATE));
    }
    for (MaracOutcome from : OUTCOMES) {
      q.append(",\n ");
      for (MaracOutcome to : OUTCOMES) {
        q.append(to.ordinal() == 0 ? "" : ", ").append("count_if(in_force_outcome = ").append(from.ordinal())
            .append(" AND candidate_outcome = ").append(to.ordinal()).append(") AS moved_").append(from.ordinal()).append('_')
            .append(to.ordinal());
      }
    }
    return q.append(",\n count_if(").append(changed).append(") AS changed\nFROM impacts").toString();
  }

  /** Runs the query and reads its row. */
  public Result run() throws SQLException {
    return new Result(SqlRow.read(query));
  }

  public static final class Result {
    private final SqlRow row;

    Result(SqlRow row) {
      this.row = row;
    }

    /** One figure, by column. */
    public long get(String column) {
      return row.get(column);
    }

    /** The cases with an outcome under one policy. */
    public long outcome(MaracOutcome outcome, PolicyImpact.Side side) {
      return get(MaracReturnSql.name(side) + "_" + MaracReturnSql.name(outcome));
    }

    /** The cases a route fired for under one policy. */
    public long route(MaracRoute route, PolicyImpact.Side side) {
      return get(column(route, side));
    }

    /** The cases with one outcome in force and another (or the same) under the candidate. */
    public long moved(MaracOutcome inForce, MaracOutcome candidate) {
      return get("moved_" + inForce.ordinal() + "_" + candidate.ordinal());
    }

    @Override
    public String toString() {
      return row.toString();
    }
  }
}
