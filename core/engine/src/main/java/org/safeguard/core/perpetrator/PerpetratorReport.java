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
package org.safeguard.core.perpetrator;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.Rate;
import org.safeguard.core.outcome.Severity;
import org.safeguard.model.Agency;
import org.safeguard.model.MissingValueException;

/**
 * The outcome report of a perpetrator programme, as the Drive evaluation reports one
 * (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019): behaviour at intake,
 * midpoint and closure, whether it stopped or de-escalated from intake to closure (overall, by
 * exposure to behaviour-change sessions and by severity at intake), the mix of the case managers'
 * work, the perpetrators' needs under a stated {@link NeedCounting}, the statutory levers and
 * their breaches, and each risk instrument's scores (the Drive-DASH's) at each point, with the
 * invalid ones reported as excluded.
 *
 * <p>Every rate is a {@link Rate}: numerator, denominator, and the cases left out with the reasons
 * (no assessment at that point, a type or area not recorded, "don't know"), so a missing time point
 * is reported, never dropped. Shares of work are of work entries, not of cases, as the evaluation
 * gives them.
 *
 * <p>The report keeps counts only, never a case id: reports of two teams or two years {@link #merge
 * merge} into the report of their cases together. Immutable and thread-safe.
 */
public final class PerpetratorReport {
  private static final int SOURCES = BehaviourSource.values().length;
  private static final int POINTS = AssessmentPoint.values().length;
  private static final int TYPES = AbuseType.values().length;
  /** Levels 0 (none) to 3 (high), then 4: the type not recorded. */
  private static final int LEVEL_SLOTS = 5;
  private static final int NOT_RECORDED = 4;
  /** At closure: levels 0 to 3, 4 the type not recorded, 5 no closure assessment. */
  private static final int CLOSURE_SLOTS = 6;
  private static final int NO_CLOSURE = 5;
  private static final int KINDS = WorkKind.values().length;
  private static final int MODES = WorkMode.values().length;
  private static final int AGENCIES = Agency.values().length;
  private static final int OBJECTIVES = WorkObjective.values().length;
  private static final int AREAS = NeedArea.values().length;
  /** Need levels, then one slot: the area not rated. */
  private static final int NEED_SLOTS = NeedLevel.values().length + 1;
  private static final int NOT_RATED = NeedLevel.values().length;

  private static final int BEHAVIOUR = 0;
  private static final int NO_BEHAVIOUR_RECORD = BEHAVIOUR + SOURCES * POINTS * TYPES * LEVEL_SLOTS;
  private static final int CHANGE = NO_BEHAVIOUR_RECORD + SOURCES * POINTS;
  private static final int WORK_MODE = CHANGE + SOURCES * TYPES * 2 * 3 * CLOSURE_SLOTS;
  private static final int WORK_AGENCY = WORK_MODE + KINDS * MODES;
  private static final int OBJECTIVE_AGENCY = WORK_AGENCY + KINDS * AGENCIES;
  private static final int NEEDS = OBJECTIVE_AGENCY + OBJECTIVES * AGENCIES;
  private static final int NEEDS_RECORDS = NEEDS + POINTS * AREAS * NEED_SLOTS;
  private static final int EMPTY_NEEDS_RECORDS = NEEDS_RECORDS + POINTS;
  private static final int LEVERS = LeverKind.values().length;
  private static final int LEVER_CASES = EMPTY_NEEDS_RECORDS + POINTS;
  private static final int BREACH_CASES = LEVER_CASES + LEVERS;
  private static final int CASES = BREACH_CASES + LEVERS;
  private static final int CLOSED = CASES + 1;
  private static final int NO_CONTACT = CLOSED + 1;
  private static final int DIRECT_CASES = NO_CONTACT + 1;
  private static final int SESSION_CASES = DIRECT_CASES + 1;
  private static final int PLANNED_CLOSURES = SESSION_CASES + 1;
  private static final int SIZE = PLANNED_CLOSURES + 1;

  private static final PerpetratorReport EMPTY = new PerpetratorReport(new long[SIZE], Collections.emptySortedMap());

  private final long[] counts;
  /** Per instrument and version: for each point, the valid scores, the excluded, and the sum of the valid. */
  private final SortedMap<Instrument, long[]> scores;

  /** An instrument's id and version, in order of id then version. */
  private record Instrument(String id, String version) implements Comparable<Instrument> {
    @Override
    public int compareTo(Instrument o) {
      int byId = id.compareTo(o.id);
      return byId != 0 ? byId : version.compareTo(o.version);
    }
  }

  private PerpetratorReport(long[] counts, SortedMap<Instrument, long[]> scores) {
    this.counts = counts;
    this.scores = scores;
  }

  /**
   * The report of no cases: what {@link #merge} starts from.
   *
   * @return the empty report
   */
  public static PerpetratorReport empty() {
    return EMPTY;
  }

  /**
   * The report of a set of cases, open and closed.
   *
   * @param cases the cases
   * @return the report
   * @throws MissingValueException when the cases or one of them is null
   */
  public static PerpetratorReport of(Iterable<PerpetratorCase> cases) {
    MissingValueException.requireElements("cases", cases);
    long[] counts = new long[SIZE];
    SortedMap<Instrument, long[]> scores = new TreeMap<>();
    for (PerpetratorCase c : cases) {
      count(c, counts);
      for (ScoreRecord r : c.scores()) {
        long[] tally = scores.computeIfAbsent(new Instrument(r.score().instrumentId(), r.score().instrumentVersion()),
            key -> new long[POINTS * 3]);
        int at = r.point().ordinal() * 3;
        if (r.score().valid()) {
          tally[at]++;
          tally[at + 2] += r.score().value();
        } else {
          tally[at + 1]++;
        }
      }
    }
    return new PerpetratorReport(counts, Collections.unmodifiableSortedMap(scores));
  }

  private static void count(PerpetratorCase c, long[] counts) {
    counts[CASES]++;
    counts[CLOSED] += c.closed() ? 1 : 0;
    counts[PLANNED_CLOSURES] += c.closed() && c.closurePlan().isPresent() ? 1 : 0;
    boolean contact = false;
    for (ContactAttempt attempt : c.contactAttempts()) {
      contact |= attempt.made();
    }
    counts[NO_CONTACT] += contact ? 0 : 1;
    boolean direct = false;
    boolean session = false;
    for (WorkEntry w : c.work()) {
      direct |= w.kind().direct();
      session |= w.kind() == WorkKind.BEHAVIOUR_CHANGE;
      counts[WORK_MODE + w.kind().ordinal() * MODES + w.mode().ordinal()]++;
      counts[WORK_AGENCY + w.kind().ordinal() * AGENCIES + w.agency().ordinal()]++;
      if (w.objective().isPresent()) {
        counts[OBJECTIVE_AGENCY + w.objective().get().ordinal() * AGENCIES + w.agency().ordinal()]++;
      }
    }
    counts[DIRECT_CASES] += direct ? 1 : 0;
    counts[SESSION_CASES] += session ? 1 : 0;
    for (BehaviourSource source : BehaviourSource.values()) {
      for (AssessmentPoint point : AssessmentPoint.values()) {
        Optional<BehaviourRecord> record = c.behaviourAt(point, source);
        if (record.isEmpty()) {
          counts[NO_BEHAVIOUR_RECORD + source.ordinal() * POINTS + point.ordinal()]++;
          continue;
        }
        for (AbuseType type : AbuseType.values()) {
          counts[behaviourIndex(source, point, type, slot(record.get().behaviour(), type))]++;
        }
      }
      Optional<BehaviourRecord> intake = c.behaviourAt(AssessmentPoint.INTAKE, source);
      Optional<BehaviourRecord> closure = c.behaviourAt(AssessmentPoint.CLOSURE, source);
      for (AbuseType type : AbuseType.values()) {
        int from = intake.isPresent() ? slot(intake.get().behaviour(), type) : NOT_RECORDED;
        if (from == 0 || from == NOT_RECORDED) {
          continue; // not present at intake, or not known: nothing to stop or de-escalate
        }
        int to = closure.isPresent() ? slot(closure.get().behaviour(), type) : NO_CLOSURE;
        counts[changeIndex(source, type, session, from, to)]++;
      }
    }
    boolean[] lever = new boolean[LEVERS];
    boolean[] breached = new boolean[LEVERS];
    for (StatutoryLever l : c.levers()) {
      lever[l.kind().ordinal()] = true;
    }
    for (LeverBreach b : c.breaches()) {
      c.lever(b.leverId()).ifPresent(l -> breached[l.kind().ordinal()] = true);
    }
    for (int k = 0; k < LEVERS; k++) {
      counts[LEVER_CASES + k] += lever[k] ? 1 : 0;
      counts[BREACH_CASES + k] += breached[k] ? 1 : 0;
    }
    for (AssessmentPoint point : AssessmentPoint.values()) {
      Optional<NeedsRecord> record = c.needsAt(point);
      if (record.isEmpty()) {
        continue;
      }
      counts[NEEDS_RECORDS + point.ordinal()]++;
      counts[EMPTY_NEEDS_RECORDS + point.ordinal()] += record.get().empty() ? 1 : 0;
      Map<NeedArea, NeedLevel> levels = record.get().levels();
      for (NeedArea area : NeedArea.values()) {
        NeedLevel level = levels.get(area);
        counts[needsIndex(point, area, level == null ? NOT_RATED : level.ordinal())]++;
      }
    }
  }

  /** A type's slot in a profile: 0 none, 1 to 3 standard to high, or not recorded. */
  private static int slot(AbuseProfile profile, AbuseType type) {
    if (!profile.isRecorded(type)) {
      return NOT_RECORDED;
    }
    return profile.severityOf(type).map(s -> s.ordinal() + 1).orElse(0);
  }

  private static int behaviourIndex(BehaviourSource source, AssessmentPoint point, AbuseType type, int slot) {
    return BEHAVIOUR + ((source.ordinal() * POINTS + point.ordinal()) * TYPES + type.ordinal()) * LEVEL_SLOTS + slot;
  }

  /** Intake severity 1 to 3 (standard to high), closure slot 0 to 5. */
  private static int changeIndex(BehaviourSource source, AbuseType type, boolean session, int from, int to) {
    return CHANGE + (((source.ordinal() * TYPES + type.ordinal()) * 2 + (session ? 1 : 0)) * 3 + (from - 1)) * CLOSURE_SLOTS + to;
  }

  private static int needsIndex(AssessmentPoint point, NeedArea area, int slot) {
    return NEEDS + (point.ordinal() * AREAS + area.ordinal()) * NEED_SLOTS + slot;
  }

  /**
   * This report and another together: the report of both sets of cases. Merging is associative
   * and commutative, and {@link #empty()} changes nothing.
   *
   * @param other the other report
   * @return the report of the cases of both
   */
  public PerpetratorReport merge(PerpetratorReport other) {
    MissingValueException.require("other", other);
    SortedMap<Instrument, long[]> scoreSum = new TreeMap<>();
    scores.forEach((id, tally) -> scoreSum.put(id, tally.clone()));
    other.scores.forEach((id, tally) -> scoreSum.merge(id, tally.clone(), PerpetratorReport::add));
    return new PerpetratorReport(add(counts.clone(), other.counts), Collections.unmodifiableSortedMap(scoreSum));
  }

  /** Adds the second array into the first, element by element, and returns the first. */
  private static long[] add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] = Math.addExact(into[i], from[i]);
    }
    return into;
  }

  /**
   * The instruments with a score recorded on any case, such as {@code drive-dash}.
   *
   * @return their ids, in order
   */
  public Set<String> scoredInstruments() {
    Set<String> ids = new TreeSet<>();
    scores.keySet().forEach(key -> ids.add(key.id()));
    return Collections.unmodifiableSet(ids);
  }

  /**
   * The versions of an instrument the scores were made on. More than one is a change of item set
   * between years: {@link #scores(AssessmentPoint, String)} counts them together, and
   * {@link #scores(AssessmentPoint, String, String)} apart.
   *
   * @param instrumentId the instrument's id
   * @return its versions with a score, in order; empty when none
   */
  public Set<String> scoredVersions(String instrumentId) {
    MissingValueException.require("instrumentId", instrumentId);
    Set<String> versions = new TreeSet<>();
    scores.keySet().stream().filter(key -> key.id().equals(instrumentId)).forEach(key -> versions.add(key.version()));
    return Collections.unmodifiableSet(versions);
  }

  /**
   * An instrument's scores at a point, every version together: the valid ones and their mean,
   * those excluded as invalid, and the cases with none.
   *
   * @param point the point
   * @param instrumentId the instrument's id
   * @return the tally; all cases missing when no case has a score on that instrument
   */
  public ScoreTally scores(AssessmentPoint point, String instrumentId) {
    MissingValueException.require("point", point);
    MissingValueException.require("instrumentId", instrumentId);
    return tally(point, key -> key.id().equals(instrumentId));
  }

  /**
   * An instrument's scores at a point on one version only.
   *
   * @param point the point
   * @param instrumentId the instrument's id
   * @param version the version
   * @return the tally; the cases with no score on that version are missing
   */
  public ScoreTally scores(AssessmentPoint point, String instrumentId, String version) {
    MissingValueException.require("point", point);
    MissingValueException.require("instrumentId", instrumentId);
    MissingValueException.require("version", version);
    return tally(point, key -> key.id().equals(instrumentId) && key.version().equals(version));
  }

  private ScoreTally tally(AssessmentPoint point, java.util.function.Predicate<Instrument> which) {
    int at = point.ordinal() * 3;
    long valid = 0;
    long excluded = 0;
    long sum = 0;
    for (Map.Entry<Instrument, long[]> e : scores.entrySet()) {
      if (which.test(e.getKey())) {
        valid += e.getValue()[at];
        excluded += e.getValue()[at + 1];
        sum += e.getValue()[at + 2];
      }
    }
    return new ScoreTally(valid, excluded, cases() - valid - excluded, sum);
  }

  /**
   * The cases reported on.
   *
   * @return the number of cases
   */
  public long cases() {
    return counts[CASES];
  }

  /**
   * The cases closed, completed or ended early.
   *
   * @return the number closed
   */
  public long closedCases() {
    return counts[CLOSED];
  }

  /**
   * The share of closed cases that closed with a closure plan handing them over.
   *
   * @return closed cases with a plan over closed cases; left out, the cases still open
   */
  public Rate closurePlanShare() {
    return Rate.of(counts[PLANNED_CLOSURES], closedCases(), cases() - closedCases(), "case open");
  }

  /**
   * The cases with no contact made with the perpetrator: they run, and count, like any other.
   *
   * @return the number with no contact attempt that made contact
   */
  public long casesWithoutContact() {
    return counts[NO_CONTACT];
  }

  /**
   * The share of cases where a behaviour was present at a point, from a source.
   *
   * @param source whose view
   * @param point the point
   * @param type the behaviour
   * @return cases with it present at any severity, over cases whose assessment recorded it; left
   *     out, cases with no assessment at that point from that source and cases whose assessment did
   *     not record the type
   */
  public Rate prevalence(BehaviourSource source, AssessmentPoint point, AbuseType type) {
    requireBehaviourArguments(source, point, type);
    return behaviourRate(source, point, type, 1, 3);
  }

  /**
   * The share of cases where a behaviour was at one severity at a point, from a source.
   *
   * @param source whose view
   * @param point the point
   * @param type the behaviour
   * @param severity the severity
   * @return cases at that severity, over cases whose assessment recorded the type; left out as for
   *     {@link #prevalence}
   */
  public Rate atSeverity(BehaviourSource source, AssessmentPoint point, AbuseType type, Severity severity) {
    requireBehaviourArguments(source, point, type);
    MissingValueException.require("severity", severity);
    return behaviourRate(source, point, type, severity.ordinal() + 1, severity.ordinal() + 1);
  }

  private Rate behaviourRate(BehaviourSource source, AssessmentPoint point, AbuseType type, int fromSlot, int toSlot) {
    long num = 0;
    long den = 0;
    for (int slot = 0; slot < NOT_RECORDED; slot++) {
      long n = counts[behaviourIndex(source, point, type, slot)];
      den += n;
      num += slot >= fromSlot && slot <= toSlot ? n : 0;
    }
    long noRecord = counts[NO_BEHAVIOUR_RECORD + source.ordinal() * POINTS + point.ordinal()];
    long notRecorded = counts[behaviourIndex(source, point, type, NOT_RECORDED)];
    return Rate.missingFor(num, den, new long[] {noRecord, notRecorded},
        new String[] {"no " + name(point) + " assessment", "type not recorded"});
  }

  /**
   * The share of cases whose behaviour, present at intake, had stopped at closure.
   *
   * @param source whose view, at both points
   * @param type the behaviour
   * @param exposure which cases
   * @return cases with the type at none at closure, over cases with it present at intake and
   *     recorded at closure; left out, those with no closure assessment and those whose closure
   *     assessment did not record the type
   */
  public Rate stopped(BehaviourSource source, AbuseType type, Exposure exposure) {
    requireChangeArguments(source, type);
    MissingValueException.require("exposure", exposure);
    return change(source, type, exposure, 1, 3, true);
  }

  /**
   * The share of cases whose behaviour was less severe at closure than at intake, stopped included.
   *
   * @param source whose view, at both points
   * @param type the behaviour
   * @param exposure which cases
   * @return cases at a lower level at closure, over cases with the type present at intake and
   *     recorded at closure; left out as for {@link #stopped}
   */
  public Rate deescalated(BehaviourSource source, AbuseType type, Exposure exposure) {
    requireChangeArguments(source, type);
    MissingValueException.require("exposure", exposure);
    return change(source, type, exposure, 1, 3, false);
  }

  /**
   * {@link #stopped} over the cases at one severity at intake.
   *
   * @param source whose view
   * @param type the behaviour
   * @param atIntake the severity at intake
   * @return the share stopped of the cases at that severity at intake
   */
  public Rate stoppedFrom(BehaviourSource source, AbuseType type, Severity atIntake) {
    requireChangeArguments(source, type);
    MissingValueException.require("atIntake", atIntake);
    return change(source, type, Exposure.ALL, atIntake.ordinal() + 1, atIntake.ordinal() + 1, true);
  }

  /**
   * {@link #deescalated} over the cases at one severity at intake.
   *
   * @param source whose view
   * @param type the behaviour
   * @param atIntake the severity at intake
   * @return the share de-escalated of the cases at that severity at intake
   */
  public Rate deescalatedFrom(BehaviourSource source, AbuseType type, Severity atIntake) {
    requireChangeArguments(source, type);
    MissingValueException.require("atIntake", atIntake);
    return change(source, type, Exposure.ALL, atIntake.ordinal() + 1, atIntake.ordinal() + 1, false);
  }

  private Rate change(BehaviourSource source, AbuseType type, Exposure exposure, int fromLow, int fromHigh, boolean stopped) {
    long num = 0;
    long den = 0;
    long notRecorded = 0;
    long noClosure = 0;
    for (int session = 0; session < 2; session++) {
      if (exposure == Exposure.BEHAVIOUR_CHANGE_SESSION && session == 0 || exposure == Exposure.NO_BEHAVIOUR_CHANGE_SESSION && session == 1) {
        continue;
      }
      for (int from = fromLow; from <= fromHigh; from++) {
        for (int to = 0; to < NOT_RECORDED; to++) {
          long n = counts[changeIndex(source, type, session == 1, from, to)];
          den += n;
          num += (stopped ? to == 0 : to < from) ? n : 0;
        }
        notRecorded += counts[changeIndex(source, type, session == 1, from, NOT_RECORDED)];
        noClosure += counts[changeIndex(source, type, session == 1, from, NO_CLOSURE)];
      }
    }
    return Rate.missingFor(num, den, new long[] {noClosure, notRecorded}, new String[] {"no closure assessment", "type not recorded at closure"});
  }

  /**
   * The work entries reported on.
   *
   * @return the number of entries in every case's work log
   */
  public long workEntries() {
    long n = 0;
    for (int i = WORK_MODE; i < WORK_MODE + KINDS * MODES; i++) {
      n += counts[i];
    }
    return n;
  }

  /**
   * The share of work that was direct.
   *
   * @return direct entries over all entries
   */
  public Rate directShare() {
    long direct = 0;
    for (WorkKind kind : WorkKind.values()) {
      direct += kind.direct() ? kindEntries(kind) : 0;
    }
    return Rate.of(direct, workEntries(), 0, "");
  }

  /**
   * The share of one kind of work among the work on its side: of indirect work for the three
   * indirect kinds, of direct work for the three direct ones, as the evaluation gives its mix.
   *
   * @param kind the kind
   * @return its entries over the entries on its side
   */
  public Rate workShare(WorkKind kind) {
    MissingValueException.require("kind", kind);
    return Rate.of(kindEntries(kind), sideEntries(kind.direct()), 0, "");
  }

  /**
   * The share of one kind of work done one way among the work on its side: a row of the
   * evaluation's Table 7, for direct work.
   *
   * @param kind the kind
   * @param mode how it was done
   * @return its entries over the entries on its side
   */
  public Rate workShare(WorkKind kind, WorkMode mode) {
    MissingValueException.require("kind", kind);
    MissingValueException.require("mode", mode);
    return Rate.of(counts[WORK_MODE + kind.ordinal() * MODES + mode.ordinal()], sideEntries(kind.direct()), 0, "");
  }

  /**
   * The share of one kind of work done with one agency.
   *
   * @param kind the kind
   * @param agency the agency
   * @return the kind's entries with that agency over all its entries
   */
  public Rate agencyShare(WorkKind kind, Agency agency) {
    MissingValueException.require("kind", kind);
    MissingValueException.require("agency", agency);
    return Rate.of(counts[WORK_AGENCY + kind.ordinal() * AGENCIES + agency.ordinal()], kindEntries(kind), 0, "");
  }

  /**
   * The share of multi-agency work that had an objective.
   *
   * @param objective the objective
   * @return multi-agency entries with it over all multi-agency entries
   */
  public Rate objectiveShare(WorkObjective objective) {
    MissingValueException.require("objective", objective);
    return Rate.of(objectiveEntries(objective), kindEntries(WorkKind.MULTI_AGENCY_WORK), 0, "");
  }

  /**
   * The share of multi-agency work with an objective that was done with one agency.
   *
   * @param objective the objective
   * @param agency the agency
   * @return entries with that objective and agency over entries with that objective
   */
  public Rate agencyShare(WorkObjective objective, Agency agency) {
    MissingValueException.require("objective", objective);
    MissingValueException.require("agency", agency);
    return Rate.of(counts[OBJECTIVE_AGENCY + objective.ordinal() * AGENCIES + agency.ordinal()], objectiveEntries(objective), 0, "");
  }

  /**
   * The share of cases with any direct work: the evaluation's direct contact with 65% of service
   * users.
   *
   * @return cases with a direct work entry over all cases
   */
  public Rate directWorkReach() {
    return Rate.of(counts[DIRECT_CASES], cases(), 0, "");
  }

  /**
   * The share of cases with direct work that had a behaviour-change session: the evaluation's 11%.
   *
   * @return cases with a session over cases with direct work; left out, cases with no direct work
   */
  public Rate sessionReach() {
    return Rate.of(counts[SESSION_CASES], counts[DIRECT_CASES], cases() - counts[DIRECT_CASES], "no direct work");
  }

  private long kindEntries(WorkKind kind) {
    long n = 0;
    for (int m = 0; m < MODES; m++) {
      n += counts[WORK_MODE + kind.ordinal() * MODES + m];
    }
    return n;
  }

  private long sideEntries(boolean direct) {
    long n = 0;
    for (WorkKind kind : WorkKind.values()) {
      n += kind.direct() == direct ? kindEntries(kind) : 0;
    }
    return n;
  }

  private long objectiveEntries(WorkObjective objective) {
    long n = 0;
    for (int a = 0; a < AGENCIES; a++) {
      n += counts[OBJECTIVE_AGENCY + objective.ordinal() * AGENCIES + a];
    }
    return n;
  }

  /**
   * The share of cases with a need present at a point, counted one stated way.
   *
   * @param point the point
   * @param area the need area
   * @param counting which levels count as the need, and whether "don't know" stays in the denominator
   * @return cases at a counted level, over cases whose assessment rated the area (with "don't know"
   *     among them when the counting says so); left out, cases with no needs assessment at that
   *     point, cases whose assessment did not rate the area (every area of an empty assessment), and
   *     "don't know" when the counting leaves it out
   */
  public Rate needPrevalence(AssessmentPoint point, NeedArea area, NeedCounting counting) {
    MissingValueException.require("point", point);
    MissingValueException.require("area", area);
    MissingValueException.require("counting", counting);
    long num = 0;
    long den = 0;
    for (NeedLevel level : NeedLevel.values()) {
      long n = counts[needsIndex(point, area, level.ordinal())];
      if (level != NeedLevel.DONT_KNOW || counting.dontKnowCounted()) {
        den += n;
      }
      num += counting.present().contains(level) ? n : 0;
    }
    long dontKnow = counting.dontKnowCounted() ? 0 : counts[needsIndex(point, area, NeedLevel.DONT_KNOW.ordinal())];
    return Rate.missingFor(num, den,
        new long[] {cases() - needsAssessments(point), counts[needsIndex(point, area, NOT_RATED)], dontKnow},
        new String[] {"no " + name(point) + " needs assessment", "not rated", "don't know"});
  }

  /**
   * The needs assessments made at a point, empty ones among them.
   *
   * @param point the point
   * @return the number of cases with a needs record at that point
   */
  public long needsAssessments(AssessmentPoint point) {
    MissingValueException.require("point", point);
    return counts[NEEDS_RECORDS + point.ordinal()];
  }

  /**
   * The needs assessments made at a point that rated no area: kept and counted, never read as
   * "no needs".
   *
   * @param point the point
   * @return the number of empty needs records at that point
   */
  public long emptyNeedsAssessments(AssessmentPoint point) {
    MissingValueException.require("point", point);
    return counts[EMPTY_NEEDS_RECORDS + point.ordinal()];
  }

  /**
   * The share of cases with a statutory lever of a kind at any time in the case.
   *
   * @param kind the kind of lever
   * @return cases with one over all cases
   */
  public Rate leverReach(LeverKind kind) {
    MissingValueException.require("kind", kind);
    return Rate.of(counts[LEVER_CASES + kind.ordinal()], cases(), 0, "");
  }

  /**
   * The share of cases with a lever of a kind where one was breached.
   *
   * @param kind the kind of lever
   * @return cases with a breach of that kind over cases with a lever of it; left out, cases with none
   */
  public Rate breachShare(LeverKind kind) {
    MissingValueException.require("kind", kind);
    long with = counts[LEVER_CASES + kind.ordinal()];
    return Rate.of(counts[BREACH_CASES + kind.ordinal()], with, cases() - with, "no such lever");
  }

  private static void requireBehaviourArguments(BehaviourSource source, AssessmentPoint point, AbuseType type) {
    MissingValueException.require("source", source);
    MissingValueException.require("point", point);
    MissingValueException.require("type", type);
  }

  private static void requireChangeArguments(BehaviourSource source, AbuseType type) {
    MissingValueException.require("source", source);
    MissingValueException.require("type", type);
  }

  private static String name(AssessmentPoint point) {
    return point.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof PerpetratorReport r) || !Arrays.equals(counts, r.counts) || !scores.keySet().equals(r.scores.keySet())) {
      return false;
    }
    for (Map.Entry<Instrument, long[]> e : scores.entrySet()) {
      if (!Arrays.equals(e.getValue(), r.scores.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = Arrays.hashCode(counts);
    for (Map.Entry<Instrument, long[]> e : scores.entrySet()) {
      hash = 31 * hash + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
    }
    return hash;
  }

  @Override
  public String toString() {
    return "PerpetratorReport[" + cases() + " cases, " + closedCases() + " closed, " + workEntries() + " work entries]";
  }
}
