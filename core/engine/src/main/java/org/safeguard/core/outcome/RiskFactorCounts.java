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
 * intake and at review (Tables 5 and 6, and the victim's fears), each split by whether children
 * live in the household, since the factors about children read over the cases with children only
 * (Table 1, n=1,774; Table 5, n=699). The groups they are shares of come from
 * {@link Histograms#groups}. Mutable; owned by one tally or (as a copy) by one report.
 */
final class RiskFactorCounts {
  private static final int FACTORS = RiskFactor.values().length;

  /** By factor ordinal * 3 + children status: cases with it at intake; reviewed cases with it at intake; and at review. */
  private final long[] atIntake = new long[FACTORS * 3];
  private final long[] reviewedAtIntake = new long[FACTORS * 3];
  private final long[] reviewedAtReview = new long[FACTORS * 3];

  /**
   * The three arrays, each indexed by factor ordinal * 3 + children status: cases with it at intake;
   * reviewed cases with it at intake; and at review. The tally's bytes ({@link TallyBytes}) write and
   * read them in place.
   */
  long[][] arrays() {
    return new long[][] {atIntake, reviewedAtIntake, reviewedAtReview};
  }

  RiskFactorCounts copy() {
    RiskFactorCounts c = new RiskFactorCounts();
    c.addAll(this);
    return c;
  }

  /** Counts one case from its packed code and factors word; the loops run only over the factors set. */
  void add(long code, long factorsWord) {
    int reviewed = CaseLayout.reviewedBit(code);
    int children = CaseLayout.children(code);
    int intake = CaseLayout.factorsAtIntake(factorsWord);
    for (int bits = intake; bits != 0; bits -= Integer.lowestOneBit(bits)) {
      atIntake[Integer.numberOfTrailingZeros(bits) * 3 + children]++;
    }
    for (int bits = intake & -reviewed; bits != 0; bits -= Integer.lowestOneBit(bits)) {
      reviewedAtIntake[Integer.numberOfTrailingZeros(bits) * 3 + children]++;
    }
    for (int bits = CaseLayout.factorsAtReview(factorsWord) & -reviewed; bits != 0; bits -= Integer.lowestOneBit(bits)) {
      reviewedAtReview[Integer.numberOfTrailingZeros(bits) * 3 + children]++;
    }
  }

  /** Bytes of a time point's factor bits. */
  private static final int FACTOR_BYTES = (CaseLayout.MAX_FACTORS + 7) / 8;
  /** One histogram of byte values a byte, children status and count (at intake, reviewed at intake, at review). */
  private static final int STRIDE = 3 * FACTOR_BYTES * 256;

  /**
   * Counts the packed cases {@code [from, to)}: as {@link #add}, but the factor bits are read a byte
   * at a time into histograms of byte values (one per byte, children status and count), so each
   * case costs nine increments whatever factors it has, and no branch depends on them; the
   * histograms are read back into counts per factor once, at the end.
   */
  static RiskFactorCounts count(long[] codes, long[] factorsWords, int from, int to) {
    int[] histogram = new int[3 * STRIDE];
    for (int i = from; i < to; i++) {
      long code = codes[i];
      long word = factorsWords[i];
      int reviewed = -CaseLayout.reviewedBit(code);
      int base = CaseLayout.children(code) * FACTOR_BYTES * 256;
      int intake = CaseLayout.factorsAtIntake(word);
      int reviewedIntake = intake & reviewed;
      int review = CaseLayout.factorsAtReview(word) & reviewed;
      for (int b = 0; b < FACTOR_BYTES; b++) {
        int at = base + (b << 8);
        int shift = b << 3;
        histogram[at + (intake >>> shift & 0xFF)]++;
        histogram[STRIDE + at + (reviewedIntake >>> shift & 0xFF)]++;
        histogram[2 * STRIDE + at + (review >>> shift & 0xFF)]++;
      }
    }
    RiskFactorCounts counts = new RiskFactorCounts();
    long[][] into = {counts.atIntake, counts.reviewedAtIntake, counts.reviewedAtReview};
    for (int which = 0; which < 3; which++) {
      for (int children = 0; children < 3; children++) {
        for (int b = 0; b < FACTOR_BYTES; b++) {
          int at = which * STRIDE + (children * FACTOR_BYTES + b) * 256;
          for (int value = 1; value < 256; value++) {
            int n = histogram[at + value];
            for (int bits = n == 0 ? 0 : value; bits != 0; bits -= Integer.lowestOneBit(bits)) {
              into[which][(b * 8 + Integer.numberOfTrailingZeros(bits)) * 3 + children] += n;
            }
          }
        }
      }
    }
    return counts;
  }

  void addAll(RiskFactorCounts other) {
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
  Rate atIntake(RiskFactor factor, long[] groups) {
    return rate(atIntake, groups, false, factor);
  }

  /** The share of reviewed cases with a factor at intake; the unreviewed are missing. */
  Rate reviewedAtIntake(RiskFactor factor, long[] groups) {
    return rate(reviewedAtIntake, groups, true, factor);
  }

  /** The share of reviewed cases with a factor at review; the unreviewed are missing. */
  Rate reviewedAtReview(RiskFactor factor, long[] groups) {
    return rate(reviewedAtReview, groups, true, factor);
  }

  private static Rate rate(long[] counts, long[] groups, boolean reviewedOnly, RiskFactor factor) {
    boolean aboutChildren = factor.group() == RiskFactor.Group.CHILDREN;
    long group = 0;
    long unreviewed = 0;
    long childrenNotRecorded = 0;
    for (int g = 0; g < CaseLayout.GROUPS; g++) {
      int children = CaseLayout.groupChildren(g);
      if (reviewedOnly && !CaseLayout.groupReviewed(g)) {
        unreviewed += groups[g];
      } else if (!aboutChildren) {
        group += groups[g];
      } else if (children == CaseLayout.CHILDREN_NOT_RECORDED) {
        // over the cases with children; those whose children were not recorded are missing, those without are not in the group
        childrenNotRecorded += groups[g];
      } else if (children == CaseLayout.CHILDREN_SOME) {
        group += groups[g];
      }
    }
    int f = factor.ordinal() * 3;
    long with = aboutChildren ? counts[f + CaseLayout.CHILDREN_SOME] : counts[f] + counts[f + 1] + counts[f + 2];
    return Rate.missingFor(with, group, new long[] {unreviewed, childrenNotRecorded}, new String[] {"no review", "children not recorded"});
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RiskFactorCounts)) {
      return false;
    }
    RiskFactorCounts c = (RiskFactorCounts) o;
    return Arrays.equals(atIntake, c.atIntake) && Arrays.equals(reviewedAtIntake, c.reviewedAtIntake)
        && Arrays.equals(reviewedAtReview, c.reviewedAtReview);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(atIntake) + Arrays.hashCode(reviewedAtIntake)) + Arrays.hashCode(reviewedAtReview);
  }
}
