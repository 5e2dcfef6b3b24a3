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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.CohortReport;
import org.safeguard.core.outcome.OutcomeMeasure;
import org.safeguard.core.outcome.Rate;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.model.RiskLevel;

/**
 * The rows {@link CohortQuery} returned, keyed by {@link CohortQuery#ALL},
 * {@link CohortQuery#band(int)} and {@link CohortQuery#support(boolean)}, each a count by column
 * name, and the report's numbers read from them.
 */
public final class CohortRows {
  private final Map<String, Map<String, Long>> rows;

  /**
   * @param rows each row's counts by column name, by the row's key ({@link CohortQuery#rowKey})
   */
  public CohortRows(Map<String, Map<String, Long>> rows) {
    Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
    rows.forEach((key, row) -> copy.put(key, Map.copyOf(row)));
    this.rows = copy;
  }

  /** One number of one row; 0 for a row the cohort has no cases in. */
  public long get(String row, String column) {
    Map<String, Long> r = rows.get(row);
    if (r == null) {
      return 0;
    }
    Long value = r.get(column);
    if (value == null) {
      throw new IllegalArgumentException("the query has no column " + column);
    }
    return value;
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
    return Rate.of(get(CohortQuery.ALL, name + "_ceased"), get(CohortQuery.ALL, name + "_present"),
        get(CohortQuery.ALL, name + "_unreviewed"), "no review");
  }

  /**
   * Every number of the report's outcome tables that these rows give otherwise, each as
   * {@code what: report X, sql Y}; empty when the SQL and the library agree on all of them.
   *
   * @param report the library's report of the same cases
   * @param parameters the parameters both were made with
   */
  public List<String> differencesFrom(CohortReport report, ReportParameters parameters) {
    List<String> differences = new ArrayList<>();
    String all = CohortQuery.ALL;
    compare(differences, "cases", report.cases(), get(all, "cases"));
    compare(differences, "reviewed", report.reviewed(), get(all, "reviewed"));
    compare(differences, "intensive cases", report.intensiveCases(), get(CohortQuery.support(true), "cases"));
    compare(differences, "interventions", report.totalInterventions(), get(all, "interventions"));
    compare(differences, "significant contacts", report.totalSignificantContacts(), get(all, "contacts"));
    for (OutcomeMeasure m : OutcomeMeasure.values()) {
      compare(differences, m.name(), report.overall(m), rate(all, m));
      compare(differences, m + " intensive", report.intensive(m), rate(CohortQuery.support(true), m));
      compare(differences, m + " not intensive", report.notIntensive(m), rate(CohortQuery.support(false), m));
      for (int band = 0; band < parameters.bandCount(); band++) {
        compare(differences, "cases in band " + band, report.casesInBand(band), get(CohortQuery.band(band), "cases"));
        compare(differences, m + " band " + band, report.byBand(m, band), rate(CohortQuery.band(band), m));
      }
    }
    for (AbuseType t : AbuseType.values()) {
      compare(differences, t + " cessation", report.cessation(t), cessation(t));
    }
    for (RiskLevel from : RiskLevel.values()) {
      compare(differences, from + " unreviewed", report.riskMovement().noReview(from), get(all, "unreviewed_" + from.ordinal()));
      for (RiskLevel to : RiskLevel.values()) {
        compare(differences, from + " to " + to, report.riskMovement().count(from, to),
            get(all, "moved_" + from.ordinal() + "_" + to.ordinal()));
      }
    }
    return differences;
  }

  private static void compare(List<String> differences, String what, Object report, Object sql) {
    if (!Objects.equals(report, sql)) {
      differences.add(what + ": report " + report + ", sql " + sql);
    }
  }

  private static void compare(List<String> differences, String what, long report, long sql) {
    if (report != sql) {
      differences.add(what + ": report " + report + ", sql " + sql);
    }
  }

  @Override
  public String toString() {
    return rows.toString();
  }
}
