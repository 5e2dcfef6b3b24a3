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
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The counts behind the report's table of interventions received (<i>Safety in Numbers</i>, CAADA,
 * 2009, Table 4): for each kind, the reviewed cases that received it, split by whether children
 * live in the household, and the reviewed cases it is a share of. Table 4 reads its rows over the
 * reviewed cases (n=1,247), and its child-related rows over those with children (n=873), so both
 * denominators are kept; children not recorded are neither with nor without (see
 * {@link CaseLayout#CHILDREN_NOT_RECORDED}). A case whose interventions were counted but whose
 * kinds were not recorded is missing from every row, never counted as receiving none. Mutable;
 * owned by one tally or (as a copy) by one report. Kinds are filed by id in id order, so counts of
 * cohorts packed with different kind indexes merge by id.
 */
final class InterventionCounts {
  /** Why a case is missing from a row: no review, its kinds not recorded, its children not recorded. */
  private static final String[] MISSING = {"no review", "kinds not recorded", "children not recorded"};

  /** Reviewed cases with their kinds recorded that received each kind, by children status. */
  private final Map<String, long[]> received;
  /** Reviewed cases with their kinds recorded, by children status. */
  private final long[] reviewed;
  /** Reviewed cases whose interventions were counted but whose kinds were not recorded. */
  private long kindsNotRecorded;
  /** Cases with no review. */
  private long notReviewed;

  InterventionCounts() {
    this.received = new TreeMap<>();
    this.reviewed = new long[3];
  }

  private InterventionCounts(InterventionCounts from) {
    this.received = new TreeMap<>();
    for (Map.Entry<String, long[]> e : from.received.entrySet()) {
      received.put(e.getKey(), e.getValue().clone());
    }
    this.reviewed = from.reviewed.clone();
    this.kindsNotRecorded = from.kindsNotRecorded;
    this.notReviewed = from.notReviewed;
  }

  InterventionCounts copy() {
    return new InterventionCounts(this);
  }

  /** Counts one case outcome, whose packed code is {@code code}. */
  void add(long code, CaseOutcome outcome) {
    if (!CaseLayout.reviewed(code)) {
      notReviewed++;
      return;
    }
    if (!kindsRecorded(outcome)) {
      kindsNotRecorded++;
      return;
    }
    int children = CaseLayout.children(outcome.hasChildren());
    reviewed[children]++;
    for (String kind : outcome.interventionKinds()) {
      long[] counts = received.get(kind);
      if (counts == null) {
        counts = new long[3];
        received.put(kind, counts);
      }
      counts[children]++;
    }
  }

  /** Whether an outcome's kinds are recorded: listed, or none to list. */
  static boolean kindsRecorded(CaseOutcome outcome) {
    return !outcome.interventionKinds().isEmpty() || outcome.interventions() == 0;
  }

  /** Counts the packed cases {@code codes[from..to)} with their kinds words. */
  static InterventionCounts count(long[] codes, long[] kindsWords, List<String> kindIds, int from, int to) {
    long[][] byBit = new long[kindIds.size()][3];
    // cases by reviewed (bit 0), kinds recorded (bit 1) and children (bits 2-3), counted without a branch
    int[] byGroup = new int[16];
    for (int i = from; i < to; i++) {
      long word = kindsWords[i];
      int reviewed = CaseLayout.reviewedBit(codes[i]);
      int recorded = (int) (word >>> 62) & 1;
      int children = CaseLayout.children(word);
      byGroup[reviewed | recorded << 1 | children << 2]++;
      // the kinds of a reviewed case with its kinds recorded; none otherwise, so the loop is skipped
      long kinds = word & CaseLayout.KINDS_MASK & -(long) (reviewed & recorded);
      while (kinds != 0) {
        byBit[Long.numberOfTrailingZeros(kinds)][children]++;
        kinds &= kinds - 1;
      }
    }
    long[] reviewed = new long[3];
    long kindsNotRecorded = 0;
    long notReviewed = 0;
    for (int g = 0; g < 16; g++) {
      if (byGroup[g] == 0) {
        continue; // children are 0 to 2, so a group of children 3 is always empty
      }
      if ((g & 1) == 0) {
        notReviewed += byGroup[g];
      } else if ((g & 2) == 0) {
        kindsNotRecorded += byGroup[g];
      } else {
        reviewed[g >>> 2 & 3] += byGroup[g];
      }
    }
    InterventionCounts counts = new InterventionCounts();
    for (int bit = 0; bit < byBit.length; bit++) {
      if (byBit[bit][0] + byBit[bit][1] + byBit[bit][2] > 0) {
        counts.received.put(kindIds.get(bit), byBit[bit]);
      }
    }
    System.arraycopy(reviewed, 0, counts.reviewed, 0, 3);
    counts.kindsNotRecorded = kindsNotRecorded;
    counts.notReviewed = notReviewed;
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
    for (int i = 0; i < 3; i++) {
      reviewed[i] += other.reviewed[i];
    }
    kindsNotRecorded += other.kindsNotRecorded;
    notReviewed += other.notReviewed;
  }

  /** The kinds some reviewed case received, in id order. */
  List<String> kinds() {
    return Collections.unmodifiableList(new ArrayList<>(received.keySet()));
  }

  /** The share of reviewed cases that received a kind; missing are the unreviewed and those with kinds not recorded. */
  Rate rate(String kind) {
    long[] got = received.getOrDefault(kind, new long[3]);
    return Rate.missingFor(got[0] + got[1] + got[2], reviewed[0] + reviewed[1] + reviewed[2], new long[] {notReviewed, kindsNotRecorded},
        MISSING);
  }

  /**
   * The share of reviewed cases with children that received a kind; cases without children are not
   * in the group, and those whose children were not recorded are missing.
   */
  Rate rateWithChildren(String kind) {
    long[] got = received.getOrDefault(kind, new long[3]);
    int some = CaseLayout.CHILDREN_SOME;
    return Rate.missingFor(got[some], reviewed[some], new long[] {notReviewed, kindsNotRecorded, reviewed[CaseLayout.CHILDREN_NOT_RECORDED]},
        MISSING);
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
    return Arrays.equals(reviewed, c.reviewed) && kindsNotRecorded == c.kindsNotRecorded && notReviewed == c.notReviewed;
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(kindsNotRecorded, notReviewed) * 31 + Arrays.hashCode(reviewed);
    for (Map.Entry<String, long[]> e : received.entrySet()) {
      h = h * 31 + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
    }
    return h;
  }
}
