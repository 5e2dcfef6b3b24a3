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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.safeguard.core.equality.AgeBand;
import org.safeguard.core.equality.Disability;
import org.safeguard.core.equality.DisclosureStatus;
import org.safeguard.core.equality.EqualityAnswer;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.core.equality.Ethnicity;
import org.safeguard.core.equality.Gender;
import org.safeguard.core.equality.LawfulBasis;
import org.safeguard.core.equality.SexualOrientation;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.Referral;
import org.safeguard.core.marac.ReferralState;
import org.safeguard.core.marac.StateChange;
import org.safeguard.model.Agency;

/**
 * The baseline of {@link MaracReturnBenchmark}: a MARAC's periodic return as a service would write
 * it over its own database, one SQL query run in an in-memory DuckDB.
 *
 * <p>Two tables, in compact types:
 *
 * <ul>
 *   <li>{@code referrals}, a row per referral: its id and the case's ({@code VARCHAR}, the same ids
 *       the Java objects hold), the day received ({@code DATE}), the referring agency
 *       ({@code TINYINT}, the {@link Agency} ordinal), one {@code BOOLEAN} per {@link MaracRoute},
 *       the children in the household ({@code TINYINT}, null when not known), the five equality
 *       answers ({@code TINYINT}: the ordinal of the value given, -1 when the victim preferred not to
 *       say, null when not recorded), and the day the referral entered each later state
 *       ({@code DATE}, null when it never did): engaged, closed, rejected, transferred. A referral's
 *       history enters each state at most once, so these four days are its history.
 *   <li>{@code hearings}, a row per case heard at a meeting: the meeting's id and day, and the case id.
 * </ul>
 *
 * <p>The query computes every figure of {@code MaracReturn}: over the referrals received in the
 * period, the count, the counts by agency and by route, those rejected or transferred by the
 * period's end, the accepted and the engaged among them; over the hearings at meetings in the
 * period, the count, and, joined to each hearing's referral (of the case's referrals received on or
 * before the meeting's day and not rejected or transferred before it, the latest received, ties to
 * the greatest referral id, picked with {@code QUALIFY row_number()} in one of two
 * {@link Formulation}s), the linked, the repeats, the
 * children known, the cases with children and the children, and per {@link EqualityGroup} the
 * answers known, the cases in the group and the answers withheld. One row. Prepared once; a run
 * executes it and reads the row.
 */
public final class MaracReturnSql {
  private static final Agency[] AGENCIES = Agency.values();
  private static final MaracRoute[] ROUTES = MaracRoute.values();
  private static final EqualityGroup[] GROUPS = EqualityGroup.values();
  /** The equality columns, in the order of {@link EqualityProfile}'s answers. */
  private static final List<String> ANSWERS = List.of("gender", "ethnicity", "sexual_orientation", "disability", "age_band");

  private final PreparedStatement query;

  private MaracReturnSql(PreparedStatement query) {
    this.query = query;
  }

  /** Prepares the return query for a period on a connection whose tables are loaded. */
  public static MaracReturnSql prepare(Connection connection, LocalDate from, LocalDate to, Formulation formulation)
      throws SQLException {
    return new MaracReturnSql(connection.prepareStatement(query(from, to, formulation)));
  }

  /**
   * Two ways to pick each hearing's referral. Both join the hearings at meetings in the period to
   * the case's eligible referrals on the case id and keep the first by {@code received_on DESC,
   * referral_id DESC} with {@code QUALIFY row_number()}; they differ in what identifies a hearing.
   */
  public enum Formulation {
    /** A hearing is its meeting and its case: {@code PARTITION BY meeting_id, case_id}. The query written first. */
    BY_MEETING_AND_CASE,
    /**
     * A hearing is its row of {@code hearings}: {@code PARTITION BY} DuckDB's {@code rowid}, one
     * integer in place of two strings. The faster form found.
     */
    BY_HEARING_ROW
  }

  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The column of a route. */
  static String column(MaracRoute route) {
    return "route_" + name(route);
  }

  /**
   * Creates the {@code referrals} and {@code hearings} tables and loads every referral and every
   * meeting's hearings with DuckDB's appender.
   */
  public static void load(Connection connection, List<Referral> referrals, List<MaracMeeting> meetings) throws SQLException {
    StringBuilder ddl = new StringBuilder("CREATE TABLE referrals (referral_id VARCHAR NOT NULL, case_id VARCHAR NOT NULL, "
        + "received_on DATE NOT NULL, agency TINYINT NOT NULL");
    for (MaracRoute route : ROUTES) {
      ddl.append(", ").append(column(route)).append(" BOOLEAN NOT NULL");
    }
    ddl.append(", children TINYINT");
    for (String answer : ANSWERS) {
      ddl.append(", ").append(answer).append(" TINYINT");
    }
    ddl.append(", engaged_on DATE, closed_on DATE, rejected_on DATE, transferred_on DATE)");
    try (Statement s = connection.createStatement()) {
      s.execute(ddl.toString());
      s.execute("CREATE TABLE hearings (meeting_id VARCHAR NOT NULL, meeting_on DATE NOT NULL, case_id VARCHAR NOT NULL)");
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "referrals")) {
      for (Referral r : referrals) {
        appender.beginRow();
        appender.append(r.referralId());
        appender.append(r.caseId());
        appender.append(r.receivedOn());
        appender.append((byte) r.referredBy().ordinal());
        for (MaracRoute route : ROUTES) {
          appender.append(r.routes().contains(route));
        }
        if (r.childrenInHousehold().isPresent()) {
          appender.append((byte) r.childrenInHousehold().getAsInt());
        } else {
          appender.appendNull();
        }
        EqualityProfile e = r.equality();
        for (EqualityAnswer<?> a : List.of(e.gender(), e.ethnicity(), e.sexualOrientation(), e.disability(), e.ageBand())) {
          if (a.status() == DisclosureStatus.NOT_RECORDED) {
            appender.appendNull();
          } else {
            appender.append((byte) a.value().map(Enum::ordinal).orElse(-1).intValue());
          }
        }
        for (ReferralState state : List.of(ReferralState.ENGAGED, ReferralState.CLOSED, ReferralState.REJECTED,
            ReferralState.TRANSFERRED)) {
          Optional<LocalDate> entered = entered(r, state);
          if (entered.isPresent()) {
            appender.append(entered.get());
          } else {
            appender.appendNull();
          }
        }
        appender.endRow();
      }
    }
    try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "hearings")) {
      for (MaracMeeting m : meetings) {
        for (String caseId : m.heard()) {
          appender.beginRow();
          appender.append(m.meetingId());
          appender.append(m.on());
          appender.append(caseId);
          appender.endRow();
        }
      }
    }
  }

  /** The day the referral entered a state, if it did; a history enters each state at most once. */
  static Optional<LocalDate> entered(Referral r, ReferralState state) {
    for (StateChange change : r.history()) {
      if (change.state() == state) {
        return Optional.of(change.on());
      }
    }
    return Optional.empty();
  }

  /**
   * A group's answer column and the values given that put a victim in the group, found by asking
   * {@link EqualityGroup#includes} of a profile with that one answer given.
   */
  static String inGroup(EqualityGroup group) {
    String column;
    List<Integer> in = new ArrayList<>();
    switch (group) {
      case MINORITY_ETHNIC -> {
        column = "ethnicity";
        for (Ethnicity v : Ethnicity.values()) {
          if (group.includes(only(null, v, null, null, null))) {
            in.add(v.ordinal());
          }
        }
      }
      case LESBIAN_GAY_BISEXUAL -> {
        column = "sexual_orientation";
        for (SexualOrientation v : SexualOrientation.values()) {
          if (group.includes(only(null, null, v, null, null))) {
            in.add(v.ordinal());
          }
        }
      }
      case DISABLED -> {
        column = "disability";
        for (Disability v : Disability.values()) {
          if (group.includes(only(null, null, null, v, null))) {
            in.add(v.ordinal());
          }
        }
      }
      case MALE -> {
        column = "gender";
        for (Gender v : Gender.values()) {
          if (group.includes(only(v, null, null, null, null))) {
            in.add(v.ordinal());
          }
        }
      }
      case AGED_16_17 -> {
        column = "age_band";
        for (AgeBand v : AgeBand.values()) {
          if (group.includes(only(null, null, null, null, v))) {
            in.add(v.ordinal());
          }
        }
      }
      default -> throw new IllegalArgumentException(group.name());
    }
    StringBuilder list = new StringBuilder();
    for (int v : in) {
      list.append(list.length() == 0 ? "" : ", ").append(v);
    }
    return column + (in.size() == 1 ? " = " + list : " IN (" + list + ")");
  }

  /** The answer column a group reads. */
  static String answerColumn(EqualityGroup group) {
    return inGroup(group).split(" ", 2)[0];
  }

  private static EqualityProfile only(Gender g, Ethnicity e, SexualOrientation s, Disability d, AgeBand a) {
    return new EqualityProfile(given(g), given(e), given(s), given(d), given(a));
  }

  private static <T extends Enum<T>> EqualityAnswer<T> given(T value) {
    return value == null ? EqualityAnswer.notRecorded() : EqualityAnswer.given(value, LawfulBasis.EQUALITY_MONITORING);
  }

  /** The query for the period from {@code from} to {@code to}, the days written into it. */
  public static String query(LocalDate from, LocalDate to, Formulation formulation) {
    boolean byRow = formulation == Formulation.BY_HEARING_ROW;
    String f = "DATE '" + from + "'";
    String t = "DATE '" + to + "'";
    String accepted = "coalesce(rejected_on > " + t + ", true) AND coalesce(transferred_on > " + t + ", true)";
    StringBuilder received = new StringBuilder("SELECT count(*) AS referrals");
    for (Agency a : AGENCIES) {
      received.append(", count_if(agency = ").append(a.ordinal()).append(") AS agency_").append(name(a));
    }
    for (MaracRoute r : ROUTES) {
      received.append(", count_if(").append(column(r)).append(") AS ").append(column(r));
    }
    received.append(",\n  count_if(rejected_on <= ").append(t).append(") AS rejected, count_if(transferred_on <= ").append(t)
        .append(") AS transferred, count_if(").append(accepted).append(") AS accepted, count_if(").append(accepted)
        .append(" AND engaged_on <= ").append(t).append(") AS engaged\n FROM referrals WHERE received_on BETWEEN ").append(f)
        .append(" AND ").append(t);
    StringBuilder heard = new StringBuilder("SELECT count(*) AS linked, count_if(").append(column(MaracRoute.REPEAT))
        .append(") AS repeats, count(children) AS children_known, count_if(children > 0) AS with_children, "
            + "coalesce(sum(children), 0)::BIGINT AS children");
    for (EqualityGroup g : GROUPS) {
      String c = answerColumn(g);
      heard.append(",\n  count_if(").append(c).append(" >= 0) AS ").append(name(g)).append("_known, count_if(").append(inGroup(g))
          .append(") AS ").append(name(g)).append("_in, count_if(").append(c).append(" = -1) AS ").append(name(g)).append("_withheld");
    }
    heard.append("\n FROM linked");
    return "WITH received AS (\n " + received + "),\n"
        + "heard AS (SELECT " + (byRow ? "rowid AS hearing, " : "") + "meeting_id, meeting_on, case_id FROM hearings WHERE meeting_on BETWEEN "
        + f + " AND " + t + "),\n"
        + "linked AS (\n SELECT r.* FROM heard h JOIN referrals r ON r.case_id = h.case_id AND r.received_on <= h.meeting_on"
        + " AND coalesce(r.rejected_on >= h.meeting_on, true) AND coalesce(r.transferred_on >= h.meeting_on, true)\n"
        + " QUALIFY row_number() OVER (PARTITION BY " + (byRow ? "h.hearing" : "h.meeting_id, h.case_id")
        + " ORDER BY r.received_on DESC, r.referral_id DESC) = 1),\n"
        + "heard_figures AS (\n " + heard + ")\n"
        + "SELECT (SELECT count(*) FROM heard) AS heard, * FROM received, heard_figures";
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

    /** The referrals from one agency. */
    public long by(Agency agency) {
      return get("agency_" + name(agency));
    }

    /** The referrals by one route. */
    public long by(MaracRoute route) {
      return get(column(route));
    }

    /** One of a group's counts: {@code known}, {@code in} or {@code withheld}. */
    public long group(EqualityGroup group, String count) {
      return get(name(group) + "_" + count);
    }

    @Override
    public String toString() {
      return row.toString();
    }
  }
}
