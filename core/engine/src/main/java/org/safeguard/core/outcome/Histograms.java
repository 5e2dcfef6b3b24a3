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

import org.safeguard.model.InvalidInputException;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The counts a cohort report is derived from: six histograms over packed-case keys (see
 * {@link CaseLayout}) and two sums. Every case adds one to each histogram, so histograms add under
 * merge and the derived tables follow. Mutable; owned by one tally or (as a private copy) by one
 * report.
 *
 * <p>Keys: {@code outcomesA} is indexed by {@code group << 6 | statuses} and {@code outcomesB} by
 * {@code group << 8 | statuses}, where {@code group = band << 1 | intensive} and {@code statuses} is
 * the 2-bit statuses of measures 0-2 (A) or 3-6 (B); {@code timeline} is indexed by bits 44-55 of the packed case (types
 * and risk levels at intake and review); {@code groups} by {@link CaseLayout#group} (review, children,
 * kinds recorded), the groups of the tables of interventions and risk factors; {@code notRecorded}
 * and {@code cessationNotRecorded} for abuse types not recorded at review (index 0 of
 * {@code notRecorded}, the cases with none, is not counted). Beside them,
 * {@link InterventionCounts} from each case's kinds word and {@link RiskFactorCounts} from its
 * factors word.
 */
final class Histograms {
  static final int TIMELINE_KEYS = 1 << 12;

  final ReportParameters parameters;
  final long[] outcomesA;
  final long[] outcomesB;
  final long[] timeline;
  /** Cases by their group in the tables of interventions and risk factors ({@link CaseLayout#group}). */
  final long[] groups;
  /** Reviewed cases by the types present at intake and not recorded at review (bits 44-47 and 59-62 ANDed). */
  final long[] notRecorded;
  /** Cases whose total cessation is not known for a type not recorded at review (bit 63), by band and support group. */
  final long[] cessationNotRecorded;
  /** The counts of the table of interventions received, from each case's kinds word. */
  final InterventionCounts kinds;
  /** The counts of the tables of risk factors, from each case's factors word. */
  final RiskFactorCounts factors;
  long interventions;
  long contacts;

  Histograms(ReportParameters parameters) {
    this.parameters = parameters;
    this.outcomesA = new long[parameters.bandCount() << 7];
    this.outcomesB = new long[parameters.bandCount() << 9];
    this.timeline = new long[TIMELINE_KEYS];
    this.groups = new long[CaseLayout.GROUPS];
    this.notRecorded = new long[16];
    this.cessationNotRecorded = new long[parameters.bandCount() * 2];
    this.kinds = new InterventionCounts();
    this.factors = new RiskFactorCounts();
  }

  private Histograms(Histograms from) {
    this.parameters = from.parameters;
    this.outcomesA = from.outcomesA.clone();
    this.outcomesB = from.outcomesB.clone();
    this.timeline = from.timeline.clone();
    this.groups = from.groups.clone();
    this.notRecorded = from.notRecorded.clone();
    this.cessationNotRecorded = from.cessationNotRecorded.clone();
    this.kinds = from.kinds.copy();
    this.factors = from.factors.copy();
    this.interventions = from.interventions;
    this.contacts = from.contacts;
  }

  Histograms copy() {
    return new Histograms(this);
  }

  /** Counts one packed case, as {@link #count} does. */
  void add(long code) {
    byte[] bandOf = parameters.bandTable();
    int iv = (int) code & CaseLayout.COUNT_MASK;
    int ct = (int) (code >>> CaseLayout.CONTACTS_SHIFT) & CaseLayout.COUNT_MASK;
    int group = bandOf[Math.min(iv, bandOf.length - 1)] << 1 | (parameters.intensiveThreshold() - 1 - ct) >>> 31;
    int high = (int) (code >>> 32);
    outcomesA[group << 6 | (int) (code >>> CaseLayout.STATUS_SHIFT) & 63]++;
    outcomesB[group << 8 | (int) (code >>> CaseLayout.LAST_STATUSES_SHIFT) & 255]++;
    timeline[high >>> 12 & 0xFFF]++;
    groups[CaseLayout.group(code)]++;
    int notRecordedAtIntake = high >>> 12 & high >>> 27 & 0xF;
    if (notRecordedAtIntake != 0) {
      notRecorded[notRecordedAtIntake]++;
    }
    if (code < 0) {
      cessationNotRecorded[group]++;
    }
    interventions += iv;
    contacts += ct;
  }

  /**
   * The most cases one tally counts, merges included: far beyond any cohort (a million cases is
   * 2^20), and low enough that no count a tally keeps (at most {@link CaseLayout#COUNT_MASK} a case)
   * can overflow a {@code long}, however tallies are merged.
   */
  static final long MAX_CASES = 1L << 40;

  /** Adds {@code other}'s counts to these; the parameters must be equal. Refused, with nothing changed, past {@link #MAX_CASES}. */
  void addAll(Histograms other) {
    parameters.requireSame(other.parameters, "merging cohort counts");
    long cases = cases();
    long more = other.cases();
    if (more > MAX_CASES - cases) {
      throw new InvalidInputException("tally", cases + " + " + more + " cases", "a tally counts at most " + MAX_CASES + " cases (2^40)");
    }
    addArrays(outcomesA, other.outcomesA);
    addArrays(outcomesB, other.outcomesB);
    addArrays(timeline, other.timeline);
    addArrays(groups, other.groups);
    addArrays(notRecorded, other.notRecorded);
    addArrays(cessationNotRecorded, other.cessationNotRecorded);
    kinds.addAll(other.kinds);
    factors.addAll(other.factors);
    interventions += other.interventions;
    contacts += other.contacts;
  }

  private static void addArrays(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  /**
   * Counts the packed cases {@code codes[from..to)} into the histograms; the two sums are left at 0
   * for the caller (a packed cohort knows its totals). The hot loop: per case, a few shifts and
   * masks, one table look-up for the band, a sign bit for intensity, and one increment in each of
   * four small {@code int} histograms (about 30 KB for four bands, so they stay in the first-level
   * cache); the two counts of abuse not recorded at review are taken only for the few cases that
   * have some, behind a branch that is almost never taken (counting the others at a fixed index
   * would chain every case's increment on the one before). A range never holds more than
   * {@code Integer.MAX_VALUE} cases, so {@code int} counts cannot overflow; they are widened once at
   * the end.
   */
  static Histograms count(long[] codes, int from, int to, ReportParameters parameters) {
    byte[] bandOf = parameters.bandTable();
    int lastCount = bandOf.length - 1;
    int belowIntensive = parameters.intensiveThreshold() - 1;
    int[] a = new int[parameters.bandCount() << 7];
    int[] b = new int[parameters.bandCount() << 9];
    int[] t = new int[TIMELINE_KEYS];
    int[] g = new int[CaseLayout.GROUPS];
    int[] nr = new int[16];
    int[] cn = new int[parameters.bandCount() * 2];
    long interventions = 0;
    long contacts = 0;
    for (int i = from; i < to; i++) {
      long code = codes[i];
      int iv = (int) code & CaseLayout.COUNT_MASK;
      int ct = (int) (code >>> CaseLayout.CONTACTS_SHIFT) & CaseLayout.COUNT_MASK;
      interventions += iv;
      contacts += ct;
      int group = bandOf[Math.min(iv, lastCount)] << 1 | (belowIntensive - ct) >>> 31;
      int high = (int) (code >>> 32);
      a[group << 6 | (int) (code >>> CaseLayout.STATUS_SHIFT) & 63]++;
      b[group << 8 | (int) (code >>> CaseLayout.LAST_STATUSES_SHIFT) & 255]++;
      t[high >>> 12 & 0xFFF]++;
      g[CaseLayout.group(code)]++;
      int notRecordedAtIntake = high >>> 12 & high >>> 27 & 0xF;
      if (notRecordedAtIntake != 0) {
        nr[notRecordedAtIntake]++;
      }
      if (code < 0) {
        cn[group]++;
      }
    }
    Histograms h = new Histograms(parameters);
    h.interventions = interventions;
    h.contacts = contacts;
    widen(a, h.outcomesA);
    widen(b, h.outcomesB);
    widen(t, h.timeline);
    widen(g, h.groups);
    widen(nr, h.notRecorded);
    widen(cn, h.cessationNotRecorded);
    return h;
  }

  private static void widen(int[] from, long[] into) {
    for (int i = 0; i < from.length; i++) {
      into[i] = from[i];
    }
  }

  long cases() {
    long n = 0;
    for (long c : timeline) {
      n += c;
    }
    return n;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Histograms)) {
      return false;
    }
    Histograms h = (Histograms) o;
    return parameters.equals(h.parameters) && interventions == h.interventions && contacts == h.contacts
        && Arrays.equals(outcomesA, h.outcomesA) && Arrays.equals(outcomesB, h.outcomesB) && Arrays.equals(timeline, h.timeline)
        && Arrays.equals(groups, h.groups) && Arrays.equals(notRecorded, h.notRecorded)
        && Arrays.equals(cessationNotRecorded, h.cessationNotRecorded) && kinds.equals(h.kinds) && factors.equals(h.factors);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * parameters.hashCode() + Arrays.hashCode(outcomesA)) + Arrays.hashCode(timeline)) + kinds.hashCode();
  }
}
