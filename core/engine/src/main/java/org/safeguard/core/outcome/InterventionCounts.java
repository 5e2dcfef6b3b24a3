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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The counts behind the report's table of interventions received (<i>Safety in Numbers</i>, CAADA,
 * 2009, Table 4): for each kind, the reviewed cases with their kinds recorded that received it,
 * split by whether children live in the household. The groups they are shares of (the reviewed
 * cases; those with children) come from {@link Histograms#groups}. Table 4 reads its rows over the
 * reviewed cases (n=1,247), and its child-related rows over those with children (n=873), so both
 * shares are given; children not recorded are neither with nor without. A case whose interventions
 * were counted but whose kinds were not recorded is missing from every row, never counted as
 * receiving none. Mutable; owned by one tally or (as a copy) by one report. Kinds are filed by id in
 * id order, so counts of cohorts packed with different kind indexes merge by id.
 */
final class InterventionCounts {
  /** Why a case is missing from a row: no review, its kinds not recorded, its children not recorded. */
  private static final String[] MISSING = {"no review", "kinds not recorded", "children not recorded"};

  /** Reviewed cases with their kinds recorded that received each kind, by children status. */
  private final Map<String, long[]> received = new TreeMap<>();

  InterventionCounts copy() {
    InterventionCounts c = new InterventionCounts();
    c.addAll(this);
    return c;
  }

  /** Counts one case outcome, whose packed code is {@code code}. */
  void add(long code, CaseOutcome outcome) {
    if (!CaseLayout.reviewed(code) || !CaseLayout.kindsRecorded(code)) {
      return;
    }
    int children = CaseLayout.children(code);
    for (String kind : outcome.interventionKinds()) {
      long[] counts = received.get(kind);
      if (counts == null) {
        counts = new long[3];
        received.put(kind, counts);
      }
      counts[children]++;
    }
  }

  /**
   * Counts the kinds of the packed cases {@code codes[from..to)}. The kinds word is read a byte at a
   * time into histograms of byte values, one per byte and children status, so each case costs one
   * increment a byte of kinds whatever kinds it has and no branch depends on them (a loop over the
   * bits set would mispredict its exit about once a case); the histograms are read back into counts
   * per kind once, at the end.
   */
  static InterventionCounts count(long[] codes, long[] kindsWords, List<String> kindIds, int from, int to) {
    int bytes = (kindIds.size() + 7) / 8;
    int[] histogram = new int[3 * bytes * 256];
    for (int i = from; i < to; i++) {
      long code = codes[i];
      // the kinds of a reviewed case with its kinds recorded; none otherwise
      long kinds = kindsWords[i] & -(long) (CaseLayout.reviewedBit(code) & (int) (code >>> 58) & 1);
      int base = CaseLayout.children(code) * bytes * 256;
      for (int b = 0; b < bytes; b++) {
        histogram[base + (b << 8) + ((int) (kinds >>> (b << 3)) & 0xFF)]++;
      }
    }
    long[][] byBit = new long[kindIds.size()][3];
    for (int children = 0; children < 3; children++) {
      for (int b = 0; b < bytes; b++) {
        int base = (children * bytes + b) * 256;
        for (int value = 1; value < 256; value++) {
          int n = histogram[base + value];
          for (int bits = n == 0 ? 0 : value; bits != 0; bits -= Integer.lowestOneBit(bits)) {
            byBit[b * 8 + Integer.numberOfTrailingZeros(bits)][children] += n;
          }
        }
      }
    }
    InterventionCounts counts = new InterventionCounts();
    for (int bit = 0; bit < byBit.length; bit++) {
      if (byBit[bit][0] + byBit[bit][1] + byBit[bit][2] > 0) {
        counts.received.put(kindIds.get(bit), byBit[bit]);
      }
    }
    return counts;
  }

  void addAll(InterventionCounts other) {
    for (Map.Entry<String, long[]> e : other.received.entrySet()) {
      long[] into = received.get(e.getKey());
      if (into == null) {
        into = new long[3];
        received.put(e.getKey(), into);
      }
      for (int i = 0; i < 3; i++) {
        into[i] += e.getValue()[i];
      }
    }
  }

  /** The counts by kind, in id order, each by children status: for the tally's bytes ({@link TallyBytes}); not to be changed. */
  Map<String, long[]> received() {
    return received;
  }

  /** Files the counts of one kind read back from a tally's bytes; the caller checks the id, the order and the counts. */
  void put(String kind, long[] counts) {
    received.put(kind, counts);
  }

  /** The kinds some reviewed case received, in id order. */
  List<String> kinds() {
    return Collections.unmodifiableList(new ArrayList<>(received.keySet()));
  }

  /**
   * The share of reviewed cases with their kinds recorded that received a kind; missing are the
   * unreviewed and those with kinds not recorded.
   *
   * @param groups the cases by {@link CaseLayout#group}
   */
  Rate rate(String kind, long[] groups) {
    long[] got = received.getOrDefault(kind, new long[3]);
    long[] missing = new long[MISSING.length]; // children are not asked of this rate: their count stays 0
    long group = 0;
    for (int g = 0; g < CaseLayout.GROUPS; g++) {
      if (!CaseLayout.groupReviewed(g)) {
        missing[0] += groups[g];
      } else if (!CaseLayout.groupKindsRecorded(g)) {
        missing[1] += groups[g];
      } else {
        group += groups[g];
      }
    }
    return Rate.missingFor(got[0] + got[1] + got[2], group, missing, MISSING);
  }

  /**
   * The share of reviewed cases with children that received a kind; cases without children are not
   * in the group, and those whose children were not recorded are missing.
   *
   * @param groups the cases by {@link CaseLayout#group}
   */
  Rate rateWithChildren(String kind, long[] groups) {
    long[] got = received.getOrDefault(kind, new long[3]);
    long[] missing = new long[3];
    long group = 0;
    for (int g = 0; g < CaseLayout.GROUPS; g++) {
      int children = CaseLayout.groupChildren(g);
      if (!CaseLayout.groupReviewed(g)) {
        missing[0] += groups[g];
      } else if (!CaseLayout.groupKindsRecorded(g)) {
        missing[1] += groups[g];
      } else if (children == CaseLayout.CHILDREN_NOT_RECORDED) {
        missing[2] += groups[g];
      } else if (children == CaseLayout.CHILDREN_SOME) {
        group += groups[g];
      }
    }
    return Rate.missingFor(got[CaseLayout.CHILDREN_SOME], group, missing, MISSING);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof InterventionCounts)) {
      return false;
    }
    InterventionCounts c = (InterventionCounts) o;
    if (!received.keySet().equals(c.received.keySet())) {
      return false;
    }
    for (Map.Entry<String, long[]> e : received.entrySet()) {
      if (!Arrays.equals(e.getValue(), c.received.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Map.Entry<String, long[]> e : received.entrySet()) {
      h = h * 31 + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
    }
    return h;
  }
}
