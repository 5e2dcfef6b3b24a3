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
package org.safeguard.core.outcome;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The report's definitions written the plain way, straight from {@link CaseOutcome}'s own methods
 * ({@code answer}, {@code totalCessation}, {@code ceased}), one filter per number: the oracle the
 * packed, branch-free counting is checked against.
 */
final class ReferenceReport {
  private final List<CaseOutcome> cases;
  private final ReportParameters parameters;

  ReferenceReport(List<CaseOutcome> cases, ReportParameters parameters) {
    this.cases = cases;
    this.parameters = parameters;
  }

  Predicate<CaseOutcome> inBand(int band) {
    return c -> parameters.bandOf(c.interventions()) == band;
  }

  Predicate<CaseOutcome> intensive(boolean intensive) {
    return c -> parameters.isIntensive(c.significantContacts()) == intensive;
  }

  Rate rate(OutcomeMeasure measure, Predicate<CaseOutcome> group) {
    long yes = 0;
    long no = 0;
    long noReview = 0;
    long other = 0;
    long abuseNotRecorded = 0;
    for (CaseOutcome c : cases) {
      if (!group.test(c)) {
        continue;
      }
      if (c.abuseAtReview().isEmpty()) {
        noReview++;
      } else if (measure.question().isEmpty()) {
        Optional<Boolean> ceased = measure == OutcomeMeasure.TOTAL_CESSATION ? c.totalCessation() : c.completeOrNearCessation();
        if (ceased.isEmpty() && c.abuseAtIntake().types().isEmpty()) {
          other++;
        } else if (ceased.isEmpty()) {
          abuseNotRecorded++; // abuse present at intake, a type of it not recorded at review
        } else if (ceased.get()) {
          yes++;
        } else {
          no++;
        }
      } else {
        OutcomeAnswer a = c.answer(measure.question().orElseThrow());
        if (a == OutcomeAnswer.YES) {
          yes++;
        } else if (a == OutcomeAnswer.NO) {
          no++;
        } else {
          other++;
        }
      }
    }
    String otherReason = measure.question().isEmpty() ? "no abuse recorded at intake" : "answer not recorded";
    return Rate.of(yes, yes + no, noReview + other + abuseNotRecorded,
        reasons(new long[] {noReview, other, abuseNotRecorded}, "no review", otherReason, "abuse not recorded at review"));
  }

  /** The reasons with a count, each with its count when more than one applies. */
  private static String reasons(long[] counts, String... words) {
    long given = java.util.Arrays.stream(counts).filter(n -> n > 0).count();
    List<String> parts = new java.util.ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        parts.add(given > 1 ? counts[i] + " " + words[i] : words[i]);
      }
    }
    return String.join(", ", parts);
  }

  /** Table 4's rate, by its plain definition: of reviewed cases whose kinds are recorded, those that received the kind. */
  Rate interventionReceived(String kind, boolean amongCasesWithChildren) {
    long received = 0;
    long group = 0;
    long noReview = 0;
    long kindsNotRecorded = 0;
    long childrenNotRecorded = 0;
    for (CaseOutcome c : cases) {
      if (c.abuseAtReview().isEmpty()) {
        noReview++;
      } else if (c.interventionKinds().isEmpty() && c.interventions() > 0) {
        kindsNotRecorded++;
      } else if (amongCasesWithChildren && c.hasChildren().isEmpty()) {
        childrenNotRecorded++;
      } else if (!amongCasesWithChildren || c.hasChildren().get()) {
        group++;
        received += c.interventionKinds().contains(kind) ? 1 : 0;
      }
    }
    return Rate.of(received, group, noReview + kindsNotRecorded + childrenNotRecorded,
        reasons(new long[] {noReview, kindsNotRecorded, childrenNotRecorded}, "no review", "kinds not recorded", "children not recorded"));
  }

  /**
   * A risk factor's share, by its plain definition: of all cases (at intake) or of the reviewed
   * cases (at intake and at review), over those with children for a factor about children.
   */
  Rate riskFactor(RiskFactor factor, boolean reviewedOnly, boolean atReview) {
    boolean aboutChildren = factor.group() == RiskFactor.Group.CHILDREN;
    long with = 0;
    long group = 0;
    long noReview = 0;
    long childrenNotRecorded = 0;
    for (CaseOutcome c : cases) {
      if (reviewedOnly && c.abuseAtReview().isEmpty()) {
        noReview++;
      } else if (aboutChildren && c.hasChildren().isEmpty()) {
        childrenNotRecorded++;
      } else if (!aboutChildren || c.hasChildren().get()) {
        group++;
        with += (atReview ? c.riskFactorsAtReview() : c.riskFactorsAtIntake()).contains(factor) ? 1 : 0;
      }
    }
    return Rate.of(with, group, noReview + childrenNotRecorded, reasons(new long[] {noReview, childrenNotRecorded}, "no review",
        "children not recorded"));
  }

  Rate prevalenceAtIntake(AbuseType type) {
    return Rate.of(count(c -> c.abuseAtIntake().isPresent(type)), cases.size(), 0, "");
  }

  Rate cessation(AbuseType type) {
    long ceased = 0;
    long present = 0;
    long missing = 0;
    long notRecorded = 0;
    for (CaseOutcome c : cases) {
      if (!c.abuseAtIntake().isPresent(type)) {
        continue;
      }
      if (c.abuseAtReview().isEmpty()) {
        missing++;
      } else if (c.ceased(type).isEmpty()) {
        notRecorded++; // present at intake, not recorded at review
      } else {
        present++;
        ceased += c.ceased(type).get() ? 1 : 0;
      }
    }
    return Rate.of(ceased, present, missing + notRecorded, reasons(new long[] {missing, notRecorded}, "no review",
        "not recorded at review"));
  }

  long count(Predicate<CaseOutcome> p) {
    return cases.stream().filter(p).count();
  }

  long cappedInterventions() {
    return cases.stream().mapToLong(c -> Math.min(c.interventions(), ReportParameters.MAX_COUNT)).sum();
  }

  long cappedContacts() {
    return cases.stream().mapToLong(c -> Math.min(c.significantContacts(), ReportParameters.MAX_COUNT)).sum();
  }
}
