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
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.StableId;

/**
 * A cohort held compactly for reporting: three {@code long}s per case (24 bytes; a million cases in
 * 24 MB) with what a report reads. Case ids are not kept; cases are known by position. Counts above
 * {@value ReportParameters#MAX_COUNT} are held as {@value ReportParameters#MAX_COUNT}. The first
 * word: interventions and significant contacts (15 bits each); each of the seven outcomes' status at
 * review (2 each: yes, no, not recorded or nothing to cease, no review); the abuse types present at
 * intake and at review (4 each, one per type); the risk levels at intake and at review (2 each, the
 * latter "none" without a review); the children in the household (2), whether the kinds of
 * intervention were recorded (1), the types not recorded at review (4) and whether that leaves total
 * cessation unknown (1). The kinds word: the kinds of intervention received (by an index
 * of at most 60 kind ids per cohort). The factors word: the risk factors at intake and review, and
 * each abuse type's severity on four levels. See {@code CaseLayout} for the bits.
 *
 * <p>Reporting counts every case's first word into four small histograms (branching only for the
 * rare case with abuse not recorded at review), then, in a cohort that records them, its kinds and
 * factors words, a byte at a time, into histograms of byte values for the tables of interventions
 * and risk factors; {@link #report(ReportParameters)} does it on the calling thread, {@link #reportInParallel} splits
 * the cases into chunks, counts each on its own thread and merges. The same cohort gives the same
 * report either way, and the same report as a {@link CohortTally} fed the same case outcomes. The
 * layout holds no parameters, so one packed cohort reports under any bands and threshold.
 *
 * <p>Build one with {@link #of(Iterable)} from case outcomes, or fill a {@link #builder()} case by
 * case from primitive values (as the synthetic generator does, with no per-case objects).
 * Immutable once built; thread-safe.
 */
public final class PackedCohort {
  /** Chunks smaller than this are not split further when reporting in parallel. */
  private static final int MIN_CHUNK = 1 << 15;

  private final long[] codes;
  /** Each case's kinds word ({@link CaseLayout}), parallel to {@code codes}. */
  private final long[] kindsWords;
  /** The kind ids, bit i of a kinds word for the i-th. */
  private final List<String> kindIds;
  /** Each case's factors word ({@link CaseLayout}), parallel to {@code codes}. */
  private final long[] factorsWords;
  private final OutcomePoint outcomePoint;

  /** Whether any case received a kind, or records a risk factor: a cohort with none needs no pass over those words. */
  private final boolean anyKinds;
  private final boolean anyFactors;

  private PackedCohort(long[] codes, long[] kindsWords, List<String> kindIds, long[] factorsWords, OutcomePoint outcomePoint,
      boolean anyKinds, boolean anyFactors) {
    this.anyKinds = anyKinds;
    this.anyFactors = anyFactors;
    this.codes = codes;
    this.kindsWords = kindsWords;
    this.factorsWords = factorsWords;
    this.kindIds = kindIds;
    this.outcomePoint = outcomePoint;
  }

  /** The counts of the cases {@code [from, to)}: the histograms and the interventions received. */
  private Histograms histograms(int from, int to, ReportParameters parameters) {
    Histograms h = Histograms.count(codes, from, to, parameters);
    if (anyKinds) {
      h.kinds.addAll(InterventionCounts.count(codes, kindsWords, kindIds, from, to));
    }
    if (anyFactors) {
      h.factors.addAll(RiskFactorCounts.count(codes, factorsWords, from, to));
    }
    return h;
  }

  /**
   * When the packed cases' T2 was read: that of the outcomes added, or the builder's
   * {@link Builder#outcomePoint}; a report of this cohort must read T2 at the same point.
   *
   * @return the point
   */
  public OutcomePoint outcomePoint() {
    return outcomePoint;
  }

  /**
   * Packs these case outcomes, in order.
   *
   * @param outcomes the cases' outcomes
   * @return the packed cohort
   */
  public static PackedCohort of(Iterable<? extends CaseOutcome> outcomes) {
    MissingValueException.requireElements("outcomes", outcomes);
    Builder b = builder();
    for (CaseOutcome o : outcomes) {
      b.add(o);
    }
    return b.build();
  }

  /**
   * An empty builder.
   *
   * @return a builder with room for 1024 cases before it grows
   */
  public static Builder builder() {
    return new Builder(1024);
  }

  /** The most cases a builder makes room for before any is added (8 MiB); past it, it grows as cases come. */
  public static final int MAX_ROOM_UP_FRONT = 1 << 20;

  /**
   * An empty builder with room for this many cases before it grows. The room made up front is at
   * most {@value #MAX_ROOM_UP_FRONT} cases, so that a mistaken count cannot take the heap before
   * a single case is added; the builder grows past it if need be.
   *
   * @param expectedCases how many cases to make room for
   * @return the builder
   * @throws InvalidInputException naming {@code expectedCases} when it is negative
   */
  public static Builder builder(int expectedCases) {
    if (expectedCases < 0) {
      throw new InvalidInputException("expectedCases", expectedCases, "a count cannot be negative");
    }
    return new Builder(Math.max(16, Math.min(expectedCases, MAX_ROOM_UP_FRONT)));
  }

  /**
   * The bit for one abuse type in the type masks the builder and accessors use: {@code 1 << ordinal}.
   *
   * @param type the type of abuse
   * @return the bit, to combine with {@code |} into a mask
   */
  public static int bit(AbuseType type) {
    MissingValueException.require("type", type);
    return 1 << type.ordinal();
  }

  /**
   * The bits for one abuse type at one severity in the severities a builder takes
   * ({@link Builder#intakeSeverities}, {@link Builder#reviewSeverities}): two bits a type, at
   * {@code 2 * type.ordinal()}, holding 1 for standard, 2 for moderate and 3 for high (0, the
   * type's bits unset, is a type not present).
   *
   * @param type the type of abuse
   * @param severity its severity
   * @return the bits, to combine with {@code |} into a case's severities, one type at one severity
   *     each (two severities of one type combined would read as a third)
   */
  public static int severityBits(AbuseType type, Severity severity) {
    MissingValueException.require("type", type);
    MissingValueException.require("severity", severity);
    return (severity.ordinal() + 1) << 2 * type.ordinal();
  }

  /**
   * How many cases the cohort holds.
   *
   * @return the number of cases
   */
  public int size() {
    return codes.length;
  }

  /**
   * The report of every case, counted on the calling thread.
   *
   * @param parameters the bands and intensive threshold to report with
   * @return the report
   */
  public CohortReport report(ReportParameters parameters) {
    MissingValueException.require("parameters", parameters);
    parameters.requireOutcomePoint(outcomePoint);
    return new CohortReport(histograms(0, codes.length, parameters));
  }

  /**
   * The report of every case with the evaluation's bands and threshold, on the calling thread.
   *
   * @return the report
   */
  public CohortReport report() {
    return report(ReportParameters.defaults());
  }

  /**
   * The report of every case, counted in chunks in parallel on the common fork-join pool (the
   * calling thread takes part, as in a parallel stream) and merged. Equal to {@link #report}.
   *
   * @param parameters the bands and intensive threshold to report with
   * @return the report
   */
  public CohortReport reportInParallel(ReportParameters parameters) {
    MissingValueException.require("parameters", parameters);
    parameters.requireOutcomePoint(outcomePoint);
    int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
    return new CohortReport(new Chunk(this, 0, codes.length, parameters, chunkSize(threads)).invoke());
  }

  /**
   * The report of every case, counted in chunks in parallel on {@code pool} and merged.
   *
   * @param parameters the bands and intensive threshold to report with
   * @param pool the pool to count on, so the caller decides how many threads reporting may use
   * @return the report
   */
  public CohortReport reportInParallel(ReportParameters parameters, ForkJoinPool pool) {
    MissingValueException.require("parameters", parameters);
    MissingValueException.require("pool", pool);
    parameters.requireOutcomePoint(outcomePoint);
    return new CohortReport(pool.invoke(new Chunk(this, 0, codes.length, parameters, chunkSize(pool.getParallelism()))));
  }

  private int chunkSize(int threads) {
    // a few chunks per thread, so a thread that finishes early can take another
    return Math.max(MIN_CHUNK, codes.length / (4 * Math.max(1, threads)) + 1);
  }

  /**
   * A tally of the cases {@code [from, to)}, to merge with tallies of other ranges (for example, on
   * other machines).
   *
   * @param from the position of the first case, inclusive
   * @param to the position after the last case
   * @param parameters the bands and intensive threshold to count with
   * @return a new tally of those cases
   * @throws InvalidInputException naming {@code range} when it does not lie within the cohort
   */
  public CohortTally tally(int from, int to, ReportParameters parameters) {
    MissingValueException.require("parameters", parameters);
    parameters.requireOutcomePoint(outcomePoint);
    if (from < 0 || from > to || to > codes.length) {
      throw new InvalidInputException("range", "[" + from + ", " + to + ")", "must lie within [0, " + codes.length + ")");
    }
    return CohortTally.of(histograms(from, to, parameters));
  }

  /**
   * The number of kinds of intervention mobilised for the case at {@code index}.
   *
   * @param index the case's position, from 0
   * @return the number of kinds, capped at {@value ReportParameters#MAX_COUNT}
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public int interventions(int index) {
    return CaseLayout.interventions(code(index));
  }

  /**
   * The kinds of intervention received by the case at {@code index}.
   *
   * @param index the case's position, from 0
   * @return the kind ids, or empty when the case's kinds were not recorded
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public Optional<Set<String>> interventionKinds(int index) {
    code(index);
    long word = kindsWords[index];
    if (!CaseLayout.kindsRecorded(codes[index])) {
      return Optional.empty();
    }
    Set<String> kinds = new TreeSet<>();
    for (long bits = word & CaseLayout.KINDS_MASK; bits != 0; bits -= Long.lowestOneBit(bits)) {
      kinds.add(kindIds.get(Long.numberOfTrailingZeros(bits)));
    }
    return Optional.of(Collections.unmodifiableSet(kinds));
  }

  /**
   * The abuse of the case at {@code index} at intake, each type with its severity: as given to
   * {@link Builder#intakeSeverities} or in a whole {@link CaseOutcome}; on the evaluation's two
   * levels ({@link Severity#ofTwoLevels}) for a case written with type masks.
   *
   * @param index the case's position, from 0
   * @return the abuse profile
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public AbuseProfile abuseAtIntake(int index) {
    return CaseLayout.profile(severitiesAtIntake(index));
  }

  /**
   * The severities of the case at {@code index} at intake, as {@link Builder#intakeSeverities}
   * takes them: two bits a type ({@link #severityBits}), so that a case can be copied field by
   * field without losing the standard level.
   *
   * @param index the case's position, from 0
   * @return the severities
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public int severitiesAtIntake(int index) {
    code(index);
    return (int) (factorsWords[index] >>> CaseLayout.SEVERITY_AT_INTAKE_SHIFT) & CaseLayout.ALL_SEVERITIES;
  }

  /**
   * The severities of the case at {@code index} at review, as {@link #severitiesAtIntake(int)};
   * 0 with no review.
   *
   * @param index the case's position, from 0
   * @return the severities
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public int severitiesAtReview(int index) {
    code(index);
    return (int) (factorsWords[index] >>> CaseLayout.SEVERITY_AT_REVIEW_SHIFT) & CaseLayout.ALL_SEVERITIES;
  }

  /**
   * The abuse of the case at {@code index} at review, as {@link #abuseAtIntake(int)}.
   *
   * @param index the case's position, from 0
   * @return the abuse profile, or empty when the case has no review
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public Optional<AbuseProfile> abuseAtReview(int index) {
    if (!reviewed(index)) {
      return Optional.empty();
    }
    AbuseProfile present = CaseLayout.profile(severitiesAtReview(index));
    int notRecorded = CaseLayout.nibble(codes[index], CaseLayout.NOT_RECORDED_AT_REVIEW_SHIFT);
    if (notRecorded == 0) {
      return Optional.of(present);
    }
    Set<AbuseType> types = EnumSet.noneOf(AbuseType.class);
    for (AbuseType t : AbuseType.values()) {
      if ((notRecorded >>> t.ordinal() & 1) != 0) {
        types.add(t);
      }
    }
    return Optional.of(AbuseProfile.of(present.present(), types));
  }

  /**
   * The risk factors of the case at {@code index} at intake.
   *
   * @param index the case's position, from 0
   * @return the factors
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public Set<RiskFactor> riskFactorsAtIntake(int index) {
    code(index);
    return factors(CaseLayout.factorsAtIntake(factorsWords[index]));
  }

  /**
   * The risk factors of the case at {@code index} at review.
   *
   * @param index the case's position, from 0
   * @return the factors, empty when the case has no review
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public Set<RiskFactor> riskFactorsAtReview(int index) {
    code(index);
    return factors(CaseLayout.factorsAtReview(factorsWords[index]));
  }

  /** The types at {@link Severity#HIGH} in the low 8 bits of a severities field, as a type mask. */
  private static int highTypes(long severities) {
    int mask = 0;
    for (AbuseType t : AbuseType.values()) {
      if ((severities >>> 2 * t.ordinal() & 3) == Severity.HIGH.ordinal() + 1) {
        mask |= 1 << t.ordinal();
      }
    }
    return mask;
  }

  private static Set<RiskFactor> factors(int bits) {
    Set<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);
    for (int b = bits; b != 0; b -= Integer.lowestOneBit(b)) {
      factors.add(RiskFactor.values()[Integer.numberOfTrailingZeros(b)]);
    }
    return Collections.unmodifiableSet(factors);
  }

  /**
   * Whether children lived in the household of the case at {@code index}, at intake.
   *
   * @param index the case's position, from 0
   * @return true or false, or empty when it was not recorded
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public Optional<Boolean> hasChildren(int index) {
    code(index);
    int children = CaseLayout.children(code(index));
    return children == CaseLayout.CHILDREN_NOT_RECORDED ? Optional.empty() : Optional.of(children == CaseLayout.CHILDREN_SOME);
  }

  /**
   * The significant contacts of the case at {@code index}.
   *
   * @param index the case's position, from 0
   * @return the number of significant contacts, capped at {@value ReportParameters#MAX_COUNT}
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public int significantContacts(int index) {
    return CaseLayout.contacts(code(index));
  }

  /**
   * True when the case at {@code index} has a review (T2).
   *
   * @param index the case's position, from 0
   * @return whether the case has a review
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public boolean reviewed(int index) {
    return CaseLayout.level(code(index), CaseLayout.LEVEL_AT_REVIEW_SHIFT) != CaseLayout.NO_LEVEL;
  }

  /**
   * The abuse types present at intake, as a mask of {@link #bit(AbuseType)}.
   *
   * @param index the case's position, from 0
   * @return the mask
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public int typesAtIntake(int index) {
    return CaseLayout.nibble(code(index), CaseLayout.TYPES_AT_INTAKE_SHIFT);
  }

  /**
   * The abuse types severe at intake, as a mask of {@link #bit(AbuseType)}.
   *
   * @param index the case's position, from 0
   * @return the mask, a subset of {@link #typesAtIntake(int)}
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public int severeAtIntake(int index) {
    code(index);
    return highTypes(factorsWords[index] >>> CaseLayout.SEVERITY_AT_INTAKE_SHIFT);
  }

  /**
   * The abuse types present at review, as a mask; 0 with no review.
   *
   * @param index the case's position, from 0
   * @return the mask
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public int typesAtReview(int index) {
    return CaseLayout.nibble(code(index), CaseLayout.TYPES_AT_REVIEW_SHIFT);
  }

  /**
   * The abuse types severe at review, as a mask; 0 with no review.
   *
   * @param index the case's position, from 0
   * @return the mask, a subset of {@link #typesAtReview(int)}
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public int severeAtReview(int index) {
    code(index);
    return highTypes(factorsWords[index] >>> CaseLayout.SEVERITY_AT_REVIEW_SHIFT);
  }

  /**
   * The risk level at intake.
   *
   * @param index the case's position, from 0
   * @return the level
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public RiskLevel levelAtIntake(int index) {
    return RiskLevel.values()[CaseLayout.level(code(index), CaseLayout.LEVEL_AT_INTAKE_SHIFT)];
  }

  /**
   * The risk level at review; empty with no review.
   *
   * @param index the case's position, from 0
   * @return the level, or empty
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public Optional<RiskLevel> levelAtReview(int index) {
    int level = CaseLayout.level(code(index), CaseLayout.LEVEL_AT_REVIEW_SHIFT);
    return level == CaseLayout.NO_LEVEL ? Optional.empty() : Optional.of(RiskLevel.values()[level]);
  }

  /**
   * The answer to a review question; not recorded when the case has no review.
   *
   * @param index the case's position, from 0
   * @param question the outcome question
   * @return the answer
   * @throws InvalidInputException naming {@code index} when no case has this position
   */
  public OutcomeAnswer answer(int index, OutcomeQuestion question) {
    MissingValueException.require("question", question);
    return CaseLayout.answerOf(CaseLayout.status(code(index), question.ordinal()));
  }

  private long code(int index) {
    if (index < 0 || index >= codes.length) {
      throw new InvalidInputException("index", index, "must be from 0 to " + (codes.length - 1));
    }
    return codes[index];
  }

  /** Counts a range, splitting it in halves until it is small enough. */
  private static final class Chunk extends RecursiveTask<Histograms> {
    private static final long serialVersionUID = 1L;
    private final transient PackedCohort cohort;
    private final int from;
    private final int to;
    private final ReportParameters parameters;
    private final int chunkSize;

    Chunk(PackedCohort cohort, int from, int to, ReportParameters parameters, int chunkSize) {
      this.cohort = cohort;
      this.from = from;
      this.to = to;
      this.parameters = parameters;
      this.chunkSize = chunkSize;
    }

    @Override
    protected Histograms compute() {
      if (to - from <= chunkSize) {
        return cohort.histograms(from, to, parameters);
      }
      int middle = (from + to) >>> 1;
      Chunk right = new Chunk(cohort, middle, to, parameters, chunkSize);
      right.fork();
      Histograms left = new Chunk(cohort, from, middle, parameters, chunkSize).compute();
      left.addAll(right.join());
      return left;
    }
  }

  /**
   * Fills a packed cohort. Either {@link #add(CaseOutcome) add} whole case outcomes, or write one
   * case at a time from primitive values: set its fields, then {@link #endCase()}. A case starts
   * with no interventions, no contacts, no abuse and a standard level at intake, no review, and
   * every answer not recorded; {@code endCase} checks it, packs it and starts the next from those
   * defaults. Not thread-safe; {@link #build()} may be called once.
   *
   * <pre>{@code
   * PackedCohort.Builder b = PackedCohort.builder(n);
   * b.interventions(4).significantContacts(7)
   *     .intake(PackedCohort.bit(AbuseType.PHYSICAL), 0, RiskLevel.HIGH)
   *     .review(0, 0, RiskLevel.MEDIUM)
   *     .answer(OutcomeQuestion.FEELS_SAFER, OutcomeAnswer.YES)
   *     .endCase();
   * }</pre>
   */
  public static final class Builder {
    private long[] codes;
    private long[] kindsWords;
    private boolean anyKinds;
    private boolean anyFactors;
    private long[] factorsWords;
    /** The factors word of the case being written field by field. */
    private long factors;
    private final List<String> kindIds = new ArrayList<>();
    private final Map<String, Integer> kindIndex = new HashMap<>();
    /** The case being written field by field: its kinds (bits by index), whether they were given, its children. */
    private long kinds;
    private boolean kindsGiven;
    private int children = CaseLayout.CHILDREN_NOT_RECORDED;
    private int size;
    private boolean built;
    private int interventions;
    private int contacts;
    private int severitiesAtIntake;
    private int levelAtIntake;
    private int severitiesAtReview;
    private int levelAtReview = CaseLayout.NO_LEVEL;
    private int answers = ALL_NOT_RECORDED;
    private boolean started;
    /** Set by the first outcome added or by {@link #outcomePoint}; null until then. */
    private @Nullable OutcomePoint outcomePoint;

    private static final int ALL_NOT_RECORDED = 0b1010101010;

    private Builder(int capacity) {
      this.codes = new long[capacity];
      this.kindsWords = new long[capacity];
      this.factorsWords = new long[capacity];
    }

    /**
     * Packs a whole case outcome (its id is not kept). No case may be half written.
     *
     * @param outcome the case's outcome
     * @return this builder
     * @throws InvalidInputException when a case is being written field by field, or the builder has built
     */
    public Builder add(CaseOutcome outcome) {
      MissingValueException.require("outcome", outcome);
      if (started) {
        throw new InvalidInputException("case", size, "the case being written field by field must end (endCase) before another is added");
      }
      long code = CaseLayout.encode(outcome);
      requireOpen();
      requirePoint(outcome.outcomePoint());
      long word = kindBits(outcome.interventionKinds());
      pointOf(outcome.outcomePoint());
      append(code, word, CaseLayout.encodeFactors(outcome));
      return this;
    }

    /**
     * The kinds of intervention the case being written received; sets its intervention count to
     * their number. Unset, the kinds of a case with interventions are not recorded.
     *
     * @param kinds the kind ids
     * @return this builder
     * @throws InvalidInputException when an id breaks the rules of a stable id, or the cohort would
     *     tell apart more than 60 kinds
     */
    public Builder interventionKinds(Collection<String> kinds) {
      MissingValueException.requireElements("kinds", kinds);
      long bits = kindBits(kinds);
      started = true;
      this.kinds = bits;
      this.kindsGiven = true;
      this.interventions = Long.bitCount(bits);
      return this;
    }

    /**
     * The risk factors of the case being written, at intake and at review; unset, none. Those at
     * review are dropped if the case ends with no review.
     *
     * @param atIntake the factors present at intake
     * @param atReview the factors present at review
     * @return this builder
     */
    public Builder riskFactors(Set<RiskFactor> atIntake, Set<RiskFactor> atReview) {
      MissingValueException.requireElements("atIntake", atIntake);
      MissingValueException.requireElements("atReview", atReview);
      started = true;
      this.factors = CaseLayout.encodeFactors(atIntake, atReview, 0, 0);
      return this;
    }

    /**
     * Whether children live in the household of the case being written, at intake; unset, not recorded.
     *
     * @param hasChildren true when one or more do
     * @return this builder
     */
    public Builder hasChildren(boolean hasChildren) {
      started = true;
      this.children = hasChildren ? CaseLayout.CHILDREN_SOME : CaseLayout.CHILDREN_NONE;
      return this;
    }

    /**
     * The bits of these kinds (a kind given twice counts once), indexing any new ones in id order;
     * refused, with no new index kept, for an id that breaks the rules or past 60 kinds. An id
     * already indexed was checked when it was indexed, so a cohort's cases cost a look-up a kind.
     */
    private long kindBits(Collection<String> kinds) {
      @Nullable Set<String> fresh = null;
      for (String kind : kinds) {
        if (!kindIndex.containsKey(kind)) {
          StableId.require("kinds", kind);
          if (fresh == null) {
            fresh = new TreeSet<>();
          }
          fresh.add(kind);
        }
      }
      if (fresh != null) {
        if (kindIds.size() + fresh.size() > CaseLayout.MAX_KINDS) {
          throw new InvalidInputException("interventionKinds", kindIds.size() + fresh.size() + " kinds",
              "a packed cohort tells apart at most " + CaseLayout.MAX_KINDS + " kinds of intervention; split the cohort and merge its tallies");
        }
        for (String kind : fresh) {
          kindIndex.put(kind, kindIds.size());
          kindIds.add(kind);
        }
      }
      long bits = 0;
      for (String kind : kinds) {
        bits |= 1L << kindIndex.getOrDefault(kind, 0); // every kind is indexed by now
      }
      return bits;
    }

    /**
     * When the T2 of the cases packed is read, for cases written field by field; outcomes added
     * whole carry their own, which must agree. Unset, it is {@link OutcomePoint#CLOSURE_OR_FOUR_MONTHS}.
     *
     * @param point when T2 was read
     * @return this builder
     * @throws InvalidInputException naming {@code outcome.outcomePoint} when cases read at another
     *     point were packed already
     */
    public Builder outcomePoint(OutcomePoint point) {
      pointOf(MissingValueException.require("point", point));
      return this;
    }

    /** Refuses a point other than the cohort's, changing nothing. */
    private void requirePoint(OutcomePoint point) {
      OutcomePoint set = outcomePoint != null ? outcomePoint : size > 0 ? OutcomePoint.CLOSURE_OR_FOUR_MONTHS : null;
      if (set != null && set != point) {
        throw new InvalidInputException("outcome.outcomePoint", point,
            "a packed cohort reads every case's T2 at one point, and this one's are read " + set.description());
      }
    }

    /** Takes the cohort's point from the first case or call, and refuses any other after it. */
    private void pointOf(OutcomePoint point) {
      OutcomePoint set = outcomePoint;
      if (set == null) {
        if (size > 0) {
          // cases written field by field before any point was named were read at the default
          set = OutcomePoint.CLOSURE_OR_FOUR_MONTHS;
        } else {
          outcomePoint = point;
          return;
        }
      }
      if (set != point) {
        throw new InvalidInputException("outcome.outcomePoint", point,
            "a packed cohort reads every case's T2 at one point, and this one's are read " + set.description());
      }
      outcomePoint = set;
    }

    /**
     * The number of kinds of intervention mobilised; not negative.
     *
     * @param count the number of kinds of intervention
     * @return this builder
     * @throws InvalidInputException naming {@code interventions} when the count is negative
     */
    public Builder interventions(int count) {
      if (count < 0) {
        throw new InvalidInputException("interventions", count, "a count cannot be negative");
      }
      interventions = count;
      started = true;
      return this;
    }

    /**
     * The number of significant contacts; not negative.
     *
     * @param count the number of significant contacts
     * @return this builder
     * @throws InvalidInputException naming {@code significantContacts} when the count is negative
     */
    public Builder significantContacts(int count) {
      if (count < 0) {
        throw new InvalidInputException("significantContacts", count, "a count cannot be negative");
      }
      contacts = count;
      started = true;
      return this;
    }

    /**
     * The abuse at intake, as masks of {@link PackedCohort#bit(AbuseType)}: the types present and
     * the types among them that are severe; and the risk level at intake. These are the
     * evaluation's two levels ({@link Severity#ofTwoLevels}: severe is high, present and not severe
     * is moderate); {@link #intakeSeverities} takes all three.
     *
     * @param types the types present at intake, as a mask
     * @param severe the types among them that are severe, as a mask
     * @param level the risk level at intake
     * @return this builder
     * @throws InvalidInputException naming {@code intake.types} or {@code intake.severe} when a mask
     *     has a bit for no type, or a type is severe but not present
     */
    public Builder intake(int types, int severe, RiskLevel level) {
      MissingValueException.require("level", level);
      CaseLayout.checkMasks("intake", types, severe);
      return intakeSeverities(CaseLayout.severities(types, severe), level);
    }

    /**
     * The abuse at intake with each type's severity (standard, moderate or high), as the
     * {@link PackedCohort#severityBits} of its types combined; and the risk level at intake.
     *
     * @param severities the types present at intake, each at its severity
     * @param level the risk level at intake
     * @return this builder
     * @throws InvalidInputException naming {@code intake.severities} when a bit is set above the
     *     types' two bits each
     */
    public Builder intakeSeverities(int severities, RiskLevel level) {
      MissingValueException.require("level", level);
      CaseLayout.checkSeverities("intake", severities);
      severitiesAtIntake = severities;
      levelAtIntake = level.ordinal();
      started = true;
      return this;
    }

    /**
     * The case has a review: the abuse at review as masks, on the two levels
     * {@link #intake(int, int, RiskLevel)} reads, and the risk level at review.
     *
     * @param types the types present at review, as a mask
     * @param severe the types among them that are severe, as a mask
     * @param level the risk level at review
     * @return this builder
     * @throws InvalidInputException naming {@code review.types} or {@code review.severe} when a mask has a bit for no type, or a type is severe but not present
     */
    public Builder review(int types, int severe, RiskLevel level) {
      MissingValueException.require("level", level);
      CaseLayout.checkMasks("review", types, severe);
      return reviewSeverities(CaseLayout.severities(types, severe), level);
    }

    /**
     * The case has a review: the abuse at review with each type's severity, as
     * {@link #intakeSeverities} takes it, and the risk level at review.
     *
     * @param severities the types present at review, each at its severity
     * @param level the risk level at review
     * @return this builder
     * @throws InvalidInputException naming {@code review.severities} when a bit is set above the
     *     types' two bits each
     */
    public Builder reviewSeverities(int severities, RiskLevel level) {
      MissingValueException.require("level", level);
      CaseLayout.checkSeverities("review", severities);
      severitiesAtReview = severities;
      levelAtReview = level.ordinal();
      started = true;
      return this;
    }

    /**
     * One answer at review; answers of a case with no review are not kept.
     *
     * @param question the outcome question
     * @param answer its answer
     * @return this builder
     */
    public Builder answer(OutcomeQuestion question, OutcomeAnswer answer) {
      MissingValueException.require("question", question);
      MissingValueException.require("answer", answer);
      int shift = 2 * question.ordinal();
      answers = answers & ~(3 << shift) | CaseLayout.answerCode(answer) << shift;
      started = true;
      return this;
    }

    /**
     * Packs the case written since the last {@code endCase} and starts the next.
     *
     * @return this builder
     * @throws InvalidInputException when the builder has built
     */
    public Builder endCase() {
      if (kindsGiven && Long.bitCount(kinds) != interventions) {
        throw new InvalidInputException("interventions", interventions,
            "the case's kinds of intervention are " + Long.bitCount(kinds) + "; its count must be the same");
      }
      requireOpen();
      boolean reviewed = levelAtReview != CaseLayout.NO_LEVEL;
      int atReview = reviewed ? severitiesAtReview : 0;
      long reviewFactors = (reviewed ? factors : factors & CaseLayout.FACTORS_MASK)
          | (long) severitiesAtIntake << CaseLayout.SEVERITY_AT_INTAKE_SHIFT
          | (long) atReview << CaseLayout.SEVERITY_AT_REVIEW_SHIFT;
      append(CaseLayout.encode(interventions, contacts, severitiesAtIntake, levelAtIntake, atReview, levelAtReview, answers, children,
          kindsGiven || interventions == 0, 0), kinds, reviewFactors);
      factors = 0;
      kinds = 0;
      kindsGiven = false;
      children = CaseLayout.CHILDREN_NOT_RECORDED;
      interventions = 0;
      contacts = 0;
      severitiesAtIntake = 0;
      levelAtIntake = 0;
      severitiesAtReview = 0;
      levelAtReview = CaseLayout.NO_LEVEL;
      answers = ALL_NOT_RECORDED;
      started = false;
      return this;
    }

    private void requireOpen() {
      if (built) {
        throw new InvalidInputException("builder", "built", "a builder fills one packed cohort; start a new builder");
      }
    }

    private void append(long code, long kindsWord, long factorsWord) {
      requireOpen();
      if (size == codes.length) {
        if (size == Integer.MAX_VALUE - 8) {
          throw new InvalidInputException("cases", size, "a packed cohort holds at most " + size + " cases; split the cohort and merge tallies");
        }
        codes = Arrays.copyOf(codes, (int) Math.min(Integer.MAX_VALUE - 8, 2L * size));
        kindsWords = Arrays.copyOf(kindsWords, codes.length);
        factorsWords = Arrays.copyOf(factorsWords, codes.length);
      }
      kindsWords[size] = kindsWord;
      anyKinds |= kindsWord != 0;
      anyFactors |= (factorsWord & CaseLayout.ALL_FACTORS) != 0;
      factorsWords[size] = factorsWord;
      codes[size++] = code;
    }

    /**
     * How many cases have been packed so far.
     *
     * @return the number of cases
     */
    public int size() {
      return size;
    }

    /**
     * The packed cohort, holding every case packed so far.
     *
     * @return the packed cohort
     * @throws InvalidInputException when a case is being written field by field, or build was
     *     already called
     */
    public PackedCohort build() {
      if (started) {
        throw new InvalidInputException("case", size, "the case being written field by field must end (endCase) before build");
      }
      if (built) {
        throw new InvalidInputException("builder", "built", "build may be called once");
      }
      built = true;
      long[] result = size == codes.length ? codes : Arrays.copyOf(codes, size);
      long[] words = size == kindsWords.length ? kindsWords : Arrays.copyOf(kindsWords, size);
      long[] factorWords = size == factorsWords.length ? factorsWords : Arrays.copyOf(factorsWords, size);
      codes = new long[0];
      kindsWords = new long[0];
      factorsWords = new long[0];
      OutcomePoint point = outcomePoint;
      return new PackedCohort(result, words, List.copyOf(kindIds), factorWords,
          point == null ? OutcomePoint.CLOSURE_OR_FOUR_MONTHS : point, anyKinds, anyFactors);
    }
  }
}
