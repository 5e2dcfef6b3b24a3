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
import java.util.Map;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.Rate;
import org.safeguard.core.outcome.RiskFactor;
import org.safeguard.core.outcome.RiskFactorChange;

/**
 * The row {@link CohortTablesQuery} returned, each count by column name, and the numerator,
 * denominator and missing count of each rate read from it.
 */
public final class CohortTablesRow {
  private final Map<String, Long> row;

  /** @param row the row's counts by column name */
  public CohortTablesRow(Map<String, Long> row) {
    this.row = Map.copyOf(row);
  }

  /** One count of the row. */
  public long get(String column) {
    Long value = row.get(column);
    if (value == null) {
      throw new IllegalArgumentException("the query has no column " + column);
    }
    return value;
  }

  /**
   * Table 4's rate of one kind, as {numerator, denominator, missing}: of the reviewed cases with
   * their kinds recorded (or of those with children), the unreviewed, the kinds not recorded (and
   * the children not recorded) missing.
   */
  public long[] interventionReceived(String kind, boolean amongCasesWithChildren) {
    String c = CaseColumns.kind(kind);
    long unreviewed = get("cases") - get("reviewed");
    long kindsNotRecorded = get("reviewed") - get("kinds_group");
    if (!amongCasesWithChildren) {
      return new long[] {get(c), get("kinds_group"), unreviewed + kindsNotRecorded};
    }
    return new long[] {get(CohortTablesQuery.amongChildren(kind)), get("kinds_group_with_children"),
        unreviewed + kindsNotRecorded + get("kinds_group_children_not_recorded")};
  }

  /**
   * A risk factor's rate as {numerator, denominator, missing}: at intake over every case (time 1,
   * not reviewed only), at intake over the reviewed, or at review over the reviewed; a factor about
   * children over the cases with children, those whose children were not recorded missing.
   */
  public long[] riskFactor(RiskFactor factor, int time, boolean reviewedOnly) {
    boolean aboutChildren = factor.group() == RiskFactor.Group.CHILDREN;
    long numerator = get(CaseColumns.riskFactor(factor, time) + (time == 1 && reviewedOnly ? "_reviewed" : ""));
    long unreviewed = reviewedOnly ? get("cases") - get("reviewed") : 0;
    if (!aboutChildren) {
      return new long[] {numerator, reviewedOnly ? get("reviewed") : get("cases"), unreviewed};
    }
    return reviewedOnly
        ? new long[] {numerator, get("reviewed_with_children"), unreviewed + get("reviewed_children_not_recorded")}
        : new long[] {numerator, get("with_children"), get("children_not_recorded")};
  }

  /**
   * Every rate of Table 4 and the risk-factor tables that this row gives otherwise, each as
   * {@code what: report n/d (m missing), sql n/d (m missing)}; empty when the SQL and the library
   * agree on all of them.
   *
   * @param report the library's report of the same cases, whose kinds this row was counted for
   */
  public List<String> differencesFrom(CohortReport report) {
    List<String> differences = new ArrayList<>();
    for (String kind : report.interventionKinds()) {
      compare(differences, kind, report.interventionReceived(kind), interventionReceived(kind, false));
      compare(differences, kind + " with children", report.interventionReceivedWithChildren(kind), interventionReceived(kind, true));
    }
    for (RiskFactor f : RiskFactor.values()) {
      compare(differences, f + " at intake", report.riskFactorAtIntake(f), riskFactor(f, 1, false));
      RiskFactorChange change = report.riskFactorChange(f);
      compare(differences, f + " at intake, reviewed", change.atIntake(), riskFactor(f, 1, true));
      compare(differences, f + " at review", change.atReview(), riskFactor(f, 2, true));
    }
    return differences;
  }

  private static void compare(List<String> differences, String what, Rate rate, long[] sql) {
    if (rate.numerator() != sql[0] || rate.denominator() != sql[1] || rate.missing() != sql[2]) {
      differences.add(what + ": report " + rate.numerator() + "/" + rate.denominator() + " (" + rate.missing() + " missing), sql "
          + sql[0] + "/" + sql[1] + " (" + sql[2] + " missing)");
    }
  }

  @Override
  public String toString() {
    return row.toString();
  }
}
