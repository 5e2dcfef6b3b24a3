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

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The counts behind the report's tables of risk factors: how many cases had each factor at intake
 * (<i>Safety in Numbers</i>, CAADA, 2009, Tables 1 to 3), and how many reviewed cases had it at
 * intake and at review (Tables 5 and 6, and the victim's fears). Each count is split by whether
 * children live in the household, since the factors about children read over the cases with
 * children only (Table 1, n=1,774; Table 5, n=699). Mutable; owned by one tally or (as a copy) by
 * one report.
 */
final class RiskFactorCounts {
  private static final int FACTORS = RiskFactor.values().length;

  /** Cases, and reviewed cases, by children status. */
  private final long[] cases = new long[3];
  private final long[] reviewed = new long[3];
  /** By factor ordinal * 3 + children status: cases with it at intake; reviewed cases with it at intake; and at review. */
  private final long[] atIntake = new long[FACTORS * 3];
  private final long[] reviewedAtIntake = new long[FACTORS * 3];
  private final long[] reviewedAtReview = new long[FACTORS * 3];

  RiskFactorCounts copy() {
    RiskFactorCounts c = new RiskFactorCounts();
    c.addAll(this);
    return c;
  }

  /** Counts one case from its packed code, children status and factor bits. */
  void add(long code, int children, long factorsWord) {
    boolean isReviewed = CaseLayout.reviewed(code);
    cases[children]++;
    int intake = CaseLayout.factorsAtIntake(factorsWord);
    int review = CaseLayout.factorsAtReview(factorsWord);
    for (int bits = intake; bits != 0; bits &= bits - 1) {
      atIntake[Integer.numberOfTrailingZeros(bits) * 3 + children]++;
    }
    if (isReviewed) {
      reviewed[children]++;
      for (int bits = intake; bits != 0; bits &= bits - 1) {
        reviewedAtIntake[Integer.numberOfTrailingZeros(bits) * 3 + children]++;
      }
      for (int bits = review; bits != 0; bits &= bits - 1) {
        reviewedAtReview[Integer.numberOfTrailingZeros(bits) * 3 + children]++;
      }
    }
  }

  /** Counts the packed cases {@code [from, to)}. */
  static RiskFactorCounts count(long[] codes, long[] kindsWords, long[] factorsWords, int from, int to) {
    RiskFactorCounts counts = new RiskFactorCounts();
    // cases by reviewed (bit 0) and children (bits 1-2), counted without a branch; the factor loops
    // run only over the bits set, none for a case that records no factors
    int[] byGroup = new int[8];
    for (int i = from; i < to; i++) {
      int reviewed = CaseLayout.reviewedBit(codes[i]);
      int children = CaseLayout.children(kindsWords[i]);
      byGroup[reviewed | children << 1]++;
      long word = factorsWords[i];
      int intake = CaseLayout.factorsAtIntake(word);
      for (int bits = intake; bits != 0; bits &= bits - 1) {
        counts.atIntake[Integer.numberOfTrailingZeros(bits) * 3 + children]++;
      }
      for (int bits = intake & -reviewed; bits != 0; bits &= bits - 1) {
        counts.reviewedAtIntake[Integer.numberOfTrailingZeros(bits) * 3 + children]++;
      }
      for (int bits = CaseLayout.factorsAtReview(word) & -reviewed; bits != 0; bits &= bits - 1) {
        counts.reviewedAtReview[Integer.numberOfTrailingZeros(bits) * 3 + children]++;
      }
    }
    for (int g = 0; g < 8; g++) {
      int children = g >>> 1 & 3;
      if (children < 3) {
        counts.cases[children] += byGroup[g];
        counts.reviewed[children] += (g & 1) * (long) byGroup[g];
      }
    }
    return counts;
  }

  void addAll(RiskFactorCounts other) {
    add(cases, other.cases);
    add(reviewed, other.reviewed);
    add(atIntake, other.atIntake);
    add(reviewedAtIntake, other.reviewedAtIntake);
    add(reviewedAtReview, other.reviewedAtReview);
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  /** The share of cases with a factor at intake; over the cases with children for a factor about children. */
  Rate atIntake(RiskFactor factor) {
    return rate(atIntake, cases, factor, 0, "");
  }

  /** The share of reviewed cases with a factor at intake; the unreviewed are missing. */
  Rate reviewedAtIntake(RiskFactor factor) {
    return rate(reviewedAtIntake, reviewed, factor, total(cases) - total(reviewed), "no review");
  }

  /** The share of reviewed cases with a factor at review; the unreviewed are missing. */
  Rate reviewedAtReview(RiskFactor factor) {
    return rate(reviewedAtReview, reviewed, factor, total(cases) - total(reviewed), "no review");
  }

  private static Rate rate(long[] counts, long[] group, RiskFactor factor, long unreviewed, String reason) {
    int f = factor.ordinal() * 3;
    if (factor.group() != RiskFactor.Group.CHILDREN) {
      return Rate.of(counts[f] + counts[f + 1] + counts[f + 2], total(group), unreviewed, reason);
    }
    // over the cases with children; those whose children were not recorded are missing, those without are not in the group
    return Rate.missingFor(counts[f + CaseLayout.CHILDREN_SOME], group[CaseLayout.CHILDREN_SOME],
        new long[] {unreviewed, group[CaseLayout.CHILDREN_NOT_RECORDED]}, new String[] {reason, "children not recorded"});
  }

  private static long total(long[] byChildren) {
    return byChildren[0] + byChildren[1] + byChildren[2];
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RiskFactorCounts)) {
      return false;
    }
    RiskFactorCounts c = (RiskFactorCounts) o;
    return Arrays.equals(cases, c.cases) && Arrays.equals(reviewed, c.reviewed) && Arrays.equals(atIntake, c.atIntake)
        && Arrays.equals(reviewedAtIntake, c.reviewedAtIntake) && Arrays.equals(reviewedAtReview, c.reviewedAtReview);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(atIntake) + Arrays.hashCode(reviewedAtIntake)) + Arrays.hashCode(reviewedAtReview);
  }
}
