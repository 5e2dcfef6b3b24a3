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

import java.util.stream.Collector;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * Counts case outcomes into a cohort report, one case at a time: the accumulator of the mergeable
 * aggregation. Give each chunk of cases its own tally, then {@link #merge} them in any grouping and
 * any order, and {@link #report()}: the result equals the report of one tally that saw every case.
 *
 * <p>A tally is mutable and not thread-safe: {@link #add} and {@link #merge} change it in place
 * and return it, as a {@link java.util.stream.Collector} or a Spark/Flink aggregator expects.
 * {@link #report()} takes an immutable snapshot, so the tally can go on counting afterwards. Use
 * {@link #collector(ReportParameters)} with a stream, or {@link PackedCohort} for large cohorts.
 *
 * <p>{@link #toBytes()} writes a tally's counts in a compact, versioned form and
 * {@link #fromBytes(byte[])} reads them back, so that partial tallies can travel from where they
 * were counted (a Spark executor, a Flink task) to where they are merged.
 *
 * <p>Each case is packed as {@link PackedCohort} packs it and counted by the same rule, so a tally
 * and a packed cohort of the same cases give equal reports.
 */
public final class CohortTally {
  private final Histograms counts;

  private CohortTally(Histograms counts) {
    this.counts = counts;
  }

  /**
   * An empty tally for these parameters.
   *
   * @param parameters the bands and intensive threshold to count with
   * @return a new tally with no cases
   */
  public static CohortTally create(ReportParameters parameters) {
    MissingValueException.require("parameters", parameters);
    return new CohortTally(new Histograms(parameters));
  }

  /**
   * An empty tally with the evaluation's bands and intensive threshold.
   *
   * @return a new tally with no cases
   */
  public static CohortTally create() {
    return create(ReportParameters.defaults());
  }

  static CohortTally of(Histograms counts) {
    return new CohortTally(counts);
  }

  /**
   * A collector that tallies a stream of case outcomes into a report; parallel streams tally each
   * part on its own and merge.
   *
   * @param parameters the bands and intensive threshold to count with
   * @return the collector
   */
  public static Collector<CaseOutcome, CohortTally, CohortReport> collector(ReportParameters parameters) {
    MissingValueException.require("parameters", parameters);
    return Collector.of(() -> create(parameters), CohortTally::add, CohortTally::merge, CohortTally::report,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * {@link #collector(ReportParameters)} with the default parameters.
   *
   * @return the collector
   */
  public static Collector<CaseOutcome, CohortTally, CohortReport> collector() {
    return collector(ReportParameters.defaults());
  }

  /**
   * Counts one case; returns this tally.
   *
   * @param outcome the case's outcome; its id is not kept
   * @return this tally
   * @throws InvalidInputException naming {@code outcome.outcomePoint} when the outcome's T2 was read
   *     at another point than this tally's parameters say
   */
  public CohortTally add(CaseOutcome outcome) {
    MissingValueException.require("outcome", outcome);
    counts.parameters.requireOutcomePoint(outcome.outcomePoint());
    long code = CaseLayout.encode(outcome);
    counts.add(code);
    counts.kinds.add(code, outcome);
    counts.factors.add(code, CaseLayout.encodeFactors(outcome));
    return this;
  }

  /**
   * Counts every case; returns this tally.
   *
   * @param outcomes the cases' outcomes
   * @return this tally
   */
  public CohortTally addAll(Iterable<? extends CaseOutcome> outcomes) {
    MissingValueException.requireElements("outcomes", outcomes);
    for (CaseOutcome outcome : outcomes) {
      add(outcome);
    }
    return this;
  }

  /**
   * Adds {@code other}'s counts to this tally and returns this tally; {@code other} is unchanged.
   *
   * @param other a tally with equal parameters; may be this tally, which then counts its cases twice
   * @return this tally
   * @throws InvalidInputException naming {@code bandLowerBounds} or {@code intensiveThreshold}, and
   *     the other tally's value, when the two tallies have different parameters; this tally is then
   *     unchanged
   */
  public CohortTally merge(CohortTally other) {
    MissingValueException.require("other", other);
    counts.addAll(other == this ? counts.copy() : other.counts);
    return this;
  }

  /**
   * This tally's counts in a compact, versioned serial form (a few kilobytes whatever the number of
   * cases), for a partial tally to cross a process boundary: only counts, the parameters and the
   * ids of the kinds of intervention, never a case or a case id. {@link #fromBytes(byte[])} reads
   * it back into a tally that gives an equal report and merges as this one does. The tally is not
   * changed.
   *
   * <p>A byte form rather than {@link java.io.Serializable}: no Java deserialization is involved, so
   * reading untrusted bytes runs no class's code but this one's checks; and a byte array is what a
   * Spark {@code Dataset<byte[]>}, a Flink accumulator or a queue carries without registering a
   * class or shipping a serializer.
   *
   * @return a new array holding the tally's counts
   */
  public byte[] toBytes() {
    return TallyBytes.write(counts);
  }

  /**
   * Reads a tally back from {@link #toBytes()}: a new tally, with the parameters it was written
   * with, that can go on counting and merging.
   *
   * @param bytes a tally's bytes, version 1 or any earlier
   * @return a new tally whose report equals that of the tally written
   * @throws InvalidInputException naming {@code bytes} (or the part of them at fault) when they are
   *     not a tally's bytes: another format, a later version than this library reads, cut short or
   *     followed by more, parameters a report refuses, or counts that disagree with each other; no
   *     tally is made
   */
  public static CohortTally fromBytes(byte[] bytes) {
    MissingValueException.require("bytes", bytes);
    return new CohortTally(TallyBytes.read(bytes));
  }

  /**
   * The parameters this tally counts with.
   *
   * @return the tally's parameters
   */
  public ReportParameters parameters() {
    return counts.parameters;
  }

  /**
   * How many cases this tally has counted.
   *
   * @return the number of cases
   */
  public long cases() {
    return counts.cases();
  }

  /**
   * The report of the cases counted so far: an immutable snapshot.
   *
   * @return the report, which later counting does not change
   */
  public CohortReport report() {
    return new CohortReport(counts.copy());
  }
}
