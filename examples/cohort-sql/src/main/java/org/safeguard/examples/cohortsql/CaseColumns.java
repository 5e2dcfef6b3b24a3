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
import java.util.Locale;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.OutcomeQuestion;
import org.safeguard.core.outcome.RiskFactor;

/**
 * The table of cases a case system would hold for the cohort report, as both SQL baselines read it
 * (DuckDB in the benchmarks, Spark in its example): one row per case, one column per field the
 * report reads, in compact types, in this order:
 *
 * <pre>
 *  interventions, significant_contacts   INTEGER, not null
 *  physical_t1 ... jealous_and_controlling_t1
 *                                        TINYINT, not null: the type's severity at intake,
 *                                        0 absent, 1 standard, 2 moderate, 3 high
 *  level_t1                              TINYINT, not null: 0 standard, 1 medium, 2 high
 *  reviewed                              BOOLEAN, not null
 *  physical_t2 ... , level_t2            TINYINT, null without a review
 *  risk_reduced ... social_support_improved
 *                                        BOOLEAN, null when not recorded or without a review
 *  children                              TINYINT: 1 children in the household, 0 none, null not recorded
 *  kinds_recorded                        BOOLEAN, not null: whether the kinds of intervention were recorded;
 *                                        a case with no intervention has its kinds known (none) either way
 *  f_&lt;factor&gt;_t1, f_&lt;factor&gt;_t2          BOOLEAN, one pair per risk factor in RiskFactor order:
 *                                        present at intake (not null), at review (null without a review)
 *  k_&lt;kind&gt;                              BOOLEAN, not null, one per kind of intervention the table
 *                                        tells apart (the id with its hyphens as underscores), last
 * </pre>
 *
 * <p>No case id, name or date: a row carries nothing that identifies a person. The table has no way
 * to say an abuse type was not recorded at review (the generator writes none).
 */
public final class CaseColumns {
  private CaseColumns() {}

  /** The column of an abuse type's severity at intake (1) or review (2). */
  public static String abuse(AbuseType type, int time) {
    return type.name().toLowerCase(Locale.ROOT) + "_t" + time;
  }

  /** The column of an outcome question's answer. */
  public static String answer(OutcomeQuestion question) {
    return question.name().toLowerCase(Locale.ROOT);
  }

  /** The column of a risk factor at intake (1) or review (2). */
  public static String riskFactor(RiskFactor factor, int time) {
    return "f_" + factor.name().toLowerCase(Locale.ROOT) + "_t" + time;
  }

  /** The column of a kind of intervention received: {@code k_} and the id, its hyphens as underscores (an id has no underscore). */
  public static String kind(String kind) {
    return "k_" + kind.replace('-', '_');
  }

  /** The kind of intervention a {@link #kind(String)} column holds. */
  public static String kindOf(String column) {
    if (!column.startsWith("k_")) {
      throw new IllegalArgumentException("not a column of a kind of intervention: " + column);
    }
    return column.substring(2).replace('_', '-');
  }

  /** Every column of a table that tells these kinds apart, in order. */
  public static List<String> names(List<String> kinds) {
    List<String> names = new ArrayList<>(List.of("interventions", "significant_contacts"));
    for (AbuseType t : AbuseType.values()) {
      names.add(abuse(t, 1));
    }
    names.addAll(List.of("level_t1", "reviewed"));
    for (AbuseType t : AbuseType.values()) {
      names.add(abuse(t, 2));
    }
    names.add("level_t2");
    for (OutcomeQuestion q : OutcomeQuestion.values()) {
      names.add(answer(q));
    }
    names.addAll(List.of("children", "kinds_recorded"));
    for (RiskFactor f : RiskFactor.values()) {
      names.add(riskFactor(f, 1));
      names.add(riskFactor(f, 2));
    }
    for (String kind : kinds) {
      names.add(kind(kind));
    }
    return List.copyOf(names);
  }

  /** A type's severity as the table holds it: 0 absent, else 1 to 3 from standard to high. */
  public static byte severity(AbuseProfile profile, AbuseType type) {
    return (byte) profile.severityOf(type).map(s -> s.ordinal() + 1).orElse(0).intValue();
  }
}
