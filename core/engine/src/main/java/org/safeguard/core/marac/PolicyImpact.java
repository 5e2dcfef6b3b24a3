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
package org.safeguard.core.marac;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * What a candidate threshold policy would change, before it is adopted: the same cases screened
 * under the policy in force and under the candidate, with the referrals by outcome and by route on
 * each side, how many cases move from one outcome to another, the MARAC volume and cases per 10,000
 * adult women, and each changed case explained. This is what the Hertfordshire review did by hand
 * when it weighed a medium-risk MARAC and IDVA eligibility from 10 (<i>Hertfordshire Domestic Abuse
 * Review</i>, CAADA, 2014). The caller screens each case on both engines as it would for real
 * (professional judgement included) and hands over the pairs; the IDVA capacity the new volume
 * needs comes from the planning models. Mergeable; immutable and thread-safe.
 */
public final class PolicyImpact {
  /** Which policy a figure is under. */
  public enum Side {
    /** The policy in force. */
    IN_FORCE,
    /** The candidate policy. */
    CANDIDATE
  }

  private static final int OUTCOMES = MaracOutcome.values().length;
  private static final int ROUTES = MaracRoute.values().length;
  private static final int OUTCOME_COUNTS = 0;
  private static final int ROUTE_COUNTS = OUTCOME_COUNTS + 2 * OUTCOMES;
  private static final int MOVES = ROUTE_COUNTS + 2 * ROUTES;
  private static final int CASES = MOVES + OUTCOMES * OUTCOMES;
  private static final int SIZE = CASES + 1;

  private final long[] counts;
  private final List<CaseImpact> changed;
  /** The two policies compared, as id and version, from the first pair; null for an impact of no cases. */
  private final @Nullable String policies;

  private PolicyImpact(long[] counts, List<CaseImpact> changed, @Nullable String policies) {
    this.counts = counts;
    this.changed = changed;
    this.policies = policies;
  }

  private static String policies(CaseImpact c) {
    return c.inForce().policyId() + " " + c.inForce().policyVersion() + " against " + c.candidate().policyId() + " "
        + c.candidate().policyVersion();
  }

  /**
   * The impact over a set of cases.
   *
   * @param cases each case's two decisions, each case once, every pair under the same two policies
   * @return the impact
   * @throws InvalidInputException when a case appears twice, or a pair compares other policies than the first
   */
  public static PolicyImpact of(Iterable<CaseImpact> cases) {
    MissingValueException.requireElements("cases", cases);
    long[] counts = new long[SIZE];
    List<CaseImpact> changed = new ArrayList<>();
    java.util.Set<String> seen = cases instanceof java.util.Collection<?> all
        ? com.google.common.collect.Sets.newHashSetWithExpectedSize(all.size()) : new java.util.HashSet<>();
    @Nullable String policies = null;
    for (CaseImpact c : cases) {
      if (!seen.add(c.caseId())) {
        throw new InvalidInputException("cases", c.caseId(), "each case is compared once");
      }
      String these = policies(c);
      if (policies == null) {
        policies = these;
      } else if (!policies.equals(these)) {
        throw new InvalidInputException("cases", c.caseId() + ": " + these, "every pair compares the same two policies, " + policies);
      }
      counts[CASES]++;
      counts[OUTCOME_COUNTS + c.inForce().outcome().ordinal()]++;
      counts[OUTCOME_COUNTS + OUTCOMES + c.candidate().outcome().ordinal()]++;
      // the routes that fired on each side as bits, counted without a set made per case
      int before = fired(c.inForce(), counts, ROUTE_COUNTS);
      int after = fired(c.candidate(), counts, ROUTE_COUNTS + ROUTES);
      counts[MOVES + c.inForce().outcome().ordinal() * OUTCOMES + c.candidate().outcome().ordinal()]++;
      if (c.inForce().outcome() != c.candidate().outcome() || before != after) {
        changed.add(c);
      }
    }
    return new PolicyImpact(counts, Collections.unmodifiableList(changed), policies);
  }

  /** Counts each route that fired once, from {@code at}, and gives them as bits by ordinal. */
  private static int fired(MaracDecision decision, long[] counts, int at) {
    int bits = 0;
    for (RouteFinding finding : decision.routes()) {
      int bit = 1 << finding.route().ordinal();
      if ((bits & bit) == 0) {
        bits |= bit;
        counts[at + finding.route().ordinal()]++;
      }
    }
    return bits;
  }

  /**
   * This impact and another over other cases, together.
   *
   * @param other the other impact, over other cases and the same two policies
   * @return the impact over the cases of both, the changed cases of this first
   * @throws InvalidInputException when the two compare other policies
   */
  public PolicyImpact merge(PolicyImpact other) {
    MissingValueException.require("other", other);
    if (policies != null && other.policies != null && !policies.equals(other.policies)) {
      throw new InvalidInputException("other", other.policies, "merges only with an impact of the same two policies, " + policies);
    }
    long[] sum = counts.clone();
    for (int i = 0; i < SIZE; i++) {
      sum[i] = Math.addExact(sum[i], other.counts[i]);
    }
    List<CaseImpact> both = new ArrayList<>(changed);
    both.addAll(other.changed);
    return new PolicyImpact(sum, Collections.unmodifiableList(both), policies != null ? policies : other.policies);
  }

  /**
   * The cases compared.
   *
   * @return the number of cases
   */
  public long cases() {
    return counts[CASES];
  }

  /**
   * The cases with an outcome under one policy.
   *
   * @param outcome the outcome
   * @param side which policy
   * @return the number of cases
   */
  public long outcome(MaracOutcome outcome, Side side) {
    MissingValueException.require("outcome", outcome);
    MissingValueException.require("side", side);
    return counts[OUTCOME_COUNTS + side.ordinal() * OUTCOMES + outcome.ordinal()];
  }

  /**
   * The cases a route fired for under one policy.
   *
   * @param route the route
   * @param side which policy
   * @return the number of cases
   */
  public long route(MaracRoute route, Side side) {
    MissingValueException.require("route", route);
    MissingValueException.require("side", side);
    return counts[ROUTE_COUNTS + side.ordinal() * ROUTES + route.ordinal()];
  }

  /**
   * The cases with one outcome under the policy in force and another (or the same) under the candidate.
   *
   * @param inForce the outcome under the policy in force
   * @param candidate the outcome under the candidate
   * @return the number of cases
   */
  public long moved(MaracOutcome inForce, MaracOutcome candidate) {
    MissingValueException.require("inForce", inForce);
    MissingValueException.require("candidate", candidate);
    return counts[MOVES + inForce.ordinal() * OUTCOMES + candidate.ordinal()];
  }

  /**
   * The cases a MARAC would hear under one policy: referred to the MARAC or to a medium-risk MARAC.
   *
   * @param side which policy
   * @return the number of cases
   */
  public long maracVolume(Side side) {
    return outcome(MaracOutcome.REFER_TO_MARAC, side) + outcome(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC, side);
  }

  /**
   * The MARAC volume per 10,000 adult women, the measure SafeLives recommends 40 of, under one
   * policy: meaningful when the cases are an area's year of cases.
   *
   * @param adultWomen the area's adult women, at least 1
   * @param side which policy
   * @return cases per 10,000 adult women, to one decimal place
   * @throws InvalidInputException when the population is not positive
   */
  public BigDecimal perTenThousandAdultWomen(long adultWomen, Side side) {
    if (adultWomen < 1) {
      throw new InvalidInputException("adultWomen", adultWomen, "at least 1");
    }
    return BigDecimal.valueOf(maracVolume(side)).multiply(BigDecimal.valueOf(10_000)).divide(BigDecimal.valueOf(adultWomen), 1,
        RoundingMode.HALF_UP);
  }

  /**
   * The cases the candidate decides otherwise, each with its two decisions and
   * {@link CaseImpact#explain() explanation}.
   *
   * @return the changed cases, in the order given
   */
  public List<CaseImpact> changed() {
    return changed;
  }

  /**
   * The cases that newly meet a route under the candidate: "these 37 cases newly meet the
   * escalation route".
   *
   * @param route the route
   * @return the changed cases that gain it, in the order given
   */
  public List<CaseImpact> newlyMeeting(MaracRoute route) {
    MissingValueException.require("route", route);
    return changed.stream().filter(c -> c.routesGained().contains(route)).toList();
  }

  /**
   * The cases that no longer meet a route under the candidate.
   *
   * @param route the route
   * @return the changed cases that lose it, in the order given
   */
  public List<CaseImpact> noLongerMeeting(MaracRoute route) {
    MissingValueException.require("route", route);
    return changed.stream().filter(c -> c.routesLost().contains(route)).toList();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PolicyImpact p && Arrays.equals(counts, p.counts) && changed.equals(p.changed)
        && java.util.Objects.equals(policies, p.policies);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts) * 31 + changed.hashCode();
  }

  @Override
  public String toString() {
    return "PolicyImpact[" + cases() + " cases, " + changed.size() + " changed]";
  }
}
