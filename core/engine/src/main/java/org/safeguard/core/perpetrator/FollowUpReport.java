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

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguard.core.outcome.Rate;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * The follow-up of a set of perpetrators, as the Drive evaluation counted it (<i>Evaluation of the
 * Drive Project</i>, University of Bristol, 2019: MARAC and police data, Site 2): re-appearance at
 * MARAC (the MARAC that referred the perpetrator left out) and police incidents in each
 * {@link FollowUpWindow}, and the shares serial and repeat.
 *
 * <p>Each window has its own denominator: the perpetrators whose data cover it. The evaluation
 * divided its 12-month re-appearance by the whole cohort when its data covered 64% of it; here a
 * perpetrator whose data end too soon, whose source has no data on them, or whose case is still
 * open (for the windows from the end of the work) is left out, with the reason. Counts only, never
 * an id: reports {@link #merge merge} when made under the same definitions. Immutable and thread-safe.
 */
public final class FollowUpReport {
  private static final FollowUpWindow[] WINDOWS = FollowUpWindow.values();
  private static final IncidentClass[] CLASSES = IncidentClass.values();
  /** Per window and source (MARAC, then each incident class): covered, with one or more, events, not covered, no data, open. */
  private static final int SLOTS = 6;
  private static final int COVERED = 0;
  private static final int WITH = 1;
  private static final int EVENTS = 2;
  private static final int NOT_COVERED = 3;
  private static final int NO_DATA = 4;
  private static final int OPEN = 5;
  private static final int SOURCES = 1 + CLASSES.length;
  private static final int PERPETRATORS = WINDOWS.length * SOURCES * SLOTS;
  private static final int SERIAL = PERPETRATORS + 1;
  private static final int SERIAL_UNKNOWN = SERIAL + 1;
  private static final int REPEAT = SERIAL_UNKNOWN + 1;
  private static final int NO_POLICE = REPEAT + 1;
  private static final int SIZE = NO_POLICE + 1;

  private final long[] counts;
  private final int serialVictims;
  private final int repeatIncidents;

  private FollowUpReport(long[] counts, int serialVictims, int repeatIncidents) {
    this.counts = counts;
    this.serialVictims = serialVictims;
    this.repeatIncidents = repeatIncidents;
  }

  /**
   * The follow-up report of no perpetrators, under a programme's definitions of serial and repeat.
   *
   * @param parameters the programme's numbers
   * @return the empty report
   */
  public static FollowUpReport empty(ProgrammeParameters parameters) {
    MissingValueException.require("parameters", parameters);
    return new FollowUpReport(new long[SIZE], parameters.serialVictims(), parameters.repeatIncidents());
  }

  /**
   * The follow-up report of a set of perpetrators.
   *
   * @param followUps each perpetrator's follow-up, programme cases and controls alike (report the two apart to compare them)
   * @param parameters the programme's numbers, for what serial and repeat mean
   * @return the report
   */
  public static FollowUpReport of(Iterable<FollowUp> followUps, ProgrammeParameters parameters) {
    MissingValueException.requireElements("followUps", followUps);
    MissingValueException.require("parameters", parameters);
    long[] counts = new long[SIZE];
    for (FollowUp f : followUps) {
      count(f, parameters, counts);
    }
    return new FollowUpReport(counts, parameters.serialVictims(), parameters.repeatIncidents());
  }

  private static void count(FollowUp f, ProgrammeParameters parameters, long[] counts) {
    counts[PERPETRATORS]++;
    PerpetratorHistory h = f.history();
    boolean serial = f.serial(parameters);
    counts[SERIAL] += serial ? 1 : 0;
    counts[SERIAL_UNKNOWN] += !serial && h.maracCoverage().isEmpty() ? 1 : 0;
    counts[REPEAT] += f.repeat(parameters) ? 1 : 0;
    counts[NO_POLICE] += h.policeCoverage().isEmpty() ? 1 : 0;
    for (FollowUpWindow w : WINDOWS) {
      for (int source = 0; source < SOURCES; source++) {
        Optional<DataCoverage> coverage = source == 0 ? h.maracCoverage() : h.policeCoverage();
        int base = index(w, source);
        if (coverage.isEmpty()) {
          counts[base + NO_DATA]++;
          continue;
        }
        if (f.end().isEmpty() && w != FollowUpWindow.BEFORE_6_MONTHS) {
          counts[base + OPEN]++;
          continue;
        }
        LocalDate end = f.end().orElse(f.start());
        if (!w.coveredBy(coverage.get(), f.start(), end)) {
          counts[base + NOT_COVERED]++;
          continue;
        }
        long events = events(f, source, w, end);
        counts[base + COVERED]++;
        counts[base + WITH] += events > 0 ? 1 : 0;
        counts[base + EVENTS] += events;
      }
    }
  }

  /**
   * The source's records in the window: MARAC appearances for source 0, leaving out the one that
   * referred the perpetrator, else incidents of its class.
   */
  private static long events(FollowUp f, int source, FollowUpWindow w, LocalDate end) {
    PerpetratorHistory h = f.history();
    LocalDate start = f.start();
    long n = 0;
    if (source == 0) {
      boolean referral = false;
      for (MaracAppearance a : h.marac()) {
        if (!referral && a.on().equals(f.referredOn())) {
          referral = true; // the referring MARAC, not a re-appearance
          continue;
        }
        n += w.contains(a.on(), start, end) ? 1 : 0;
      }
      return n;
    }
    IncidentClass incidentClass = CLASSES[source - 1];
    for (PoliceIncident i : h.incidents()) {
      n += i.fallsIn(incidentClass) && w.contains(i.on(), start, end) ? 1 : 0;
    }
    return n;
  }

  private static int index(FollowUpWindow w, int source) {
    return (w.ordinal() * SOURCES + source) * SLOTS;
  }

  /**
   * This report and another together. Merging is associative and commutative, and an empty report
   * under the same definitions changes nothing.
   *
   * @param other the other report, made under the same definitions of serial and repeat
   * @return the report of the perpetrators of both
   * @throws InvalidInputException when the two were made under different definitions
   */
  public FollowUpReport merge(FollowUpReport other) {
    MissingValueException.require("other", other);
    if (other.serialVictims != serialVictims || other.repeatIncidents != repeatIncidents) {
      throw new InvalidInputException("other", other.serialVictims + " victims / " + other.repeatIncidents + " incidents",
          "merges only with a report under the same definitions, serial at " + serialVictims + " victims and repeat at "
              + repeatIncidents + " incidents");
    }
    long[] sum = counts.clone();
    for (int i = 0; i < SIZE; i++) {
      sum[i] = Math.addExact(sum[i], other.counts[i]);
    }
    return new FollowUpReport(sum, serialVictims, repeatIncidents);
  }

  /**
   * The perpetrators reported on.
   *
   * @return the number of perpetrators
   */
  public long perpetrators() {
    return counts[PERPETRATORS];
  }

  /**
   * The share of perpetrators who appeared at MARAC in a window.
   *
   * @param window the window
   * @return perpetrators with one appearance or more in it, over those whose MARAC data cover it;
   *     left out, those with no MARAC data, those whose case is open (for the windows from the end),
   *     and those whose data do not cover the window
   */
  public Rate maracReappearance(FollowUpWindow window) {
    MissingValueException.require("window", window);
    return rate(index(window, 0), "no MARAC data");
  }

  /**
   * The MARAC appearances in a window, of the perpetrators whose data cover it: with
   * {@link #maracReappearance} its denominator, the mean per perpetrator.
   *
   * @param window the window
   * @return the number of appearances
   */
  public long maracAppearances(FollowUpWindow window) {
    MissingValueException.require("window", window);
    return counts[index(window, 0) + EVENTS];
  }

  /**
   * The share of perpetrators with a police incident of a class in a window.
   *
   * @param window the window
   * @param incidentClass the class of incident
   * @return perpetrators with one incident or more of the class in it, over those whose police data
   *     cover it; left out as for {@link #maracReappearance}, with police data
   */
  public Rate policeIncidents(FollowUpWindow window, IncidentClass incidentClass) {
    MissingValueException.require("window", window);
    MissingValueException.require("incidentClass", incidentClass);
    return rate(index(window, 1 + incidentClass.ordinal()), "no police data");
  }

  /**
   * The police incidents of a class in a window, of the perpetrators whose data cover it.
   *
   * @param window the window
   * @param incidentClass the class
   * @return the number of incidents
   */
  public long incidents(FollowUpWindow window, IncidentClass incidentClass) {
    MissingValueException.require("window", window);
    MissingValueException.require("incidentClass", incidentClass);
    return counts[index(window, 1 + incidentClass.ordinal()) + EVENTS];
  }

  private Rate rate(int base, String noData) {
    return Rate.missingFor(counts[base + WITH], counts[base + COVERED],
        new long[] {counts[base + NO_DATA], counts[base + OPEN], counts[base + NOT_COVERED]},
        new String[] {noData, "case open", "data do not cover the window"});
  }

  /**
   * The share of perpetrators who are serial: victims linked and heard at MARAC with them to the
   * programme's number or more.
   *
   * @return serial perpetrators over those known to be serial or not; left out, those below the
   *     number with no MARAC data to add more victims
   */
  public Rate serial() {
    return Rate.missingFor(counts[SERIAL], perpetrators() - counts[SERIAL_UNKNOWN], new long[] {counts[SERIAL_UNKNOWN]},
        new String[] {"no MARAC data"});
  }

  /**
   * The share of perpetrators who are repeat: domestic-abuse incidents recorded by the police to the
   * programme's number or more, over the days the police data cover.
   *
   * @return repeat perpetrators over those with police data; left out, those with none
   */
  public Rate repeat() {
    return Rate.missingFor(counts[REPEAT], perpetrators() - counts[NO_POLICE], new long[] {counts[NO_POLICE]},
        new String[] {"no police data"});
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FollowUpReport r && serialVictims == r.serialVictims && repeatIncidents == r.repeatIncidents
        && Arrays.equals(counts, r.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts) * 31 + serialVictims * 7 + repeatIncidents;
  }

  @Override
  public String toString() {
    return "FollowUpReport[" + perpetrators() + " perpetrators]";
  }
}
