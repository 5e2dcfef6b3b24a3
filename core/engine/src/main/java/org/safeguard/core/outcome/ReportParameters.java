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

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * How a cohort report groups its cases: the intervention bands, given as their lower bounds, how
 * many significant contacts make support intensive, and when T2 is read ({@link OutcomePoint}).
 * The defaults are the evaluation's: bands 0-1, 2-5, 6-10 and 11+ (Safety in Numbers (CAADA,
 * 2009), Figure 8), intensive support at 6 or more significant contacts (Finding 3), and T2 at case
 * closure or after four months of engagement, whichever came first.
 *
 * <p>Bounds start at 0 and strictly increase; at most {@value #MAX_BANDS} bands; no bound or
 * threshold above {@value #MAX_COUNT}, the largest count a packed case holds. Immutable; two
 * parameter values are equal when their bounds, threshold and T2 are, and only reports made with
 * equal parameters merge.
 *
 * <p>Serializable, so that a distributed job (a Spark closure, say) can carry the parameters to its
 * workers: the stream holds the bounds, the threshold and T2 only, and is read back through the
 * same checks as {@link #of(List, int)}, so a stream cannot make parameters the factory would refuse.
 */
public final class ReportParameters implements Serializable {
  /** The most bands a report has. */
  public static final int MAX_BANDS = 64;

  /** The largest intervention or contact count a report tells apart; larger counts are held as this. */
  public static final int MAX_COUNT = 0x7FFF;

  private static final ReportParameters DEFAULTS = new ReportParameters(List.of(0, 2, 6, 11), 6, OutcomePoint.CLOSURE_OR_FOUR_MONTHS);

  private static final long serialVersionUID = 1L;

  // transient: the stream holds the serial form below, never these fields
  private final transient List<Integer> bandLowerBounds;
  /** The fewest significant contacts that make support intensive. */
  private final int intensiveThreshold;
  /** When T2 is read. */
  private final OutcomePoint outcomePoint;
  private final transient List<InterventionBand> bands;
  // band index by intervention count, for counts up to the last lower bound; counts above it share its band
  private final transient byte[] bandOf;

  private ReportParameters(List<Integer> bandLowerBounds, int intensiveThreshold, OutcomePoint outcomePoint) {
    this.bandLowerBounds = bandLowerBounds;
    this.intensiveThreshold = intensiveThreshold;
    this.outcomePoint = outcomePoint;
    List<InterventionBand> list = new ArrayList<>(bandLowerBounds.size());
    int last = bandLowerBounds.get(bandLowerBounds.size() - 1);
    this.bandOf = new byte[last + 1];
    for (int i = 0; i < bandLowerBounds.size(); i++) {
      int lower = bandLowerBounds.get(i);
      int upper = i + 1 < bandLowerBounds.size() ? bandLowerBounds.get(i + 1) - 1 : -1;
      list.add(new InterventionBand(i, lower, upper));
      for (int n = lower; n <= (upper < 0 ? last : upper); n++) {
        bandOf[n] = (byte) i;
      }
    }
    this.bands = Collections.unmodifiableList(list);
  }

  /**
   * Bands 0-1, 2-5, 6-10, 11+, intensive support at 6 or more significant contacts, and T2 at case
   * closure or after four months, whichever came first.
   *
   * @return the evaluation's parameters
   */
  public static ReportParameters defaults() {
    return DEFAULTS;
  }

  /**
   * Parameters with these band lower bounds and intensive threshold.
   *
   * @param bandLowerBounds the fewest interventions in each band, from 0, strictly increasing
   * @param intensiveThreshold the fewest significant contacts that make support intensive
   * @return the parameters
   * @throws InvalidInputException naming the first bound or the threshold that breaks a rule: bounds
   *     must start at 0, strictly increase and not exceed {@value #MAX_COUNT}; there must be from 1 to
   *     {@value #MAX_BANDS} bands; the threshold must be from 1 to {@value #MAX_COUNT}
   */
  public static ReportParameters of(List<Integer> bandLowerBounds, int intensiveThreshold) {
    MissingValueException.requireElements("bandLowerBounds", bandLowerBounds);
    return of(bandLowerBounds, intensiveThreshold, DEFAULTS.outcomePoint);
  }

  private static ReportParameters of(List<Integer> bandLowerBounds, int intensiveThreshold, OutcomePoint outcomePoint) {
    List<Integer> bounds = checkBounds(bandLowerBounds);
    checkThreshold(intensiveThreshold);
    if (bounds.equals(DEFAULTS.bandLowerBounds) && intensiveThreshold == DEFAULTS.intensiveThreshold && outcomePoint == DEFAULTS.outcomePoint) {
      return DEFAULTS;
    }
    return new ReportParameters(bounds, intensiveThreshold, outcomePoint);
  }

  /**
   * These parameters with other band lower bounds.
   *
   * @param bandLowerBounds the fewest interventions in each band, from 0, strictly increasing
   * @return new parameters with the same intensive threshold and T2
   * @throws InvalidInputException naming the first bound that breaks a rule of {@link #of(List, int)}
   */
  public ReportParameters withBandLowerBounds(List<Integer> bandLowerBounds) {
    MissingValueException.requireElements("bandLowerBounds", bandLowerBounds);
    return of(bandLowerBounds, intensiveThreshold, outcomePoint);
  }

  /**
   * These parameters with another intensive threshold.
   *
   * @param intensiveThreshold the fewest significant contacts that make support intensive
   * @return new parameters with the same bands and T2
   * @throws InvalidInputException naming {@code intensiveThreshold} when it is not from 1 to {@value #MAX_COUNT}
   */
  public ReportParameters withIntensiveThreshold(int intensiveThreshold) {
    return of(bandLowerBounds, intensiveThreshold, outcomePoint);
  }

  /**
   * These parameters with T2 read at another point, such as the Insights exit point
   * ({@link OutcomePoint#CASE_CLOSURE}). Outcomes must be read at the same point
   * ({@code Casework.outcome(file, point)}); a report refuses any other.
   *
   * @param outcomePoint when T2 is read
   * @return new parameters with the same bands and intensive threshold
   */
  public ReportParameters withOutcomePoint(OutcomePoint outcomePoint) {
    return of(bandLowerBounds, intensiveThreshold, MissingValueException.require("outcomePoint", outcomePoint));
  }

  /**
   * When T2 is read, which the report states and every outcome counted in it shares.
   *
   * @return the point; {@link OutcomePoint#CLOSURE_OR_FOUR_MONTHS} by default
   */
  public OutcomePoint outcomePoint() {
    return outcomePoint;
  }

  /**
   * Refuses an outcome read at another point than this report's.
   *
   * @throws InvalidInputException naming {@code outcome.outcomePoint}
   */
  void requireOutcomePoint(OutcomePoint read) {
    if (read != outcomePoint) {
      throw new InvalidInputException("outcome.outcomePoint", read,
          "this report reads T2 " + outcomePoint.description() + "; read the outcome at the same point, or report at " + read);
    }
  }

  private static List<Integer> checkBounds(@Nullable List<Integer> bounds) {
    if (bounds == null || bounds.isEmpty()) {
      throw new InvalidInputException("bandLowerBounds", bounds, "needs at least one band, and the first starts at 0");
    }
    if (bounds.size() > MAX_BANDS) {
      throw new InvalidInputException("bandLowerBounds", bounds.size() + " bands", "at most " + MAX_BANDS + " bands");
    }
    List<Integer> copy = new ArrayList<>(bounds.size());
    int previous = -1;
    for (int i = 0; i < bounds.size(); i++) {
      @Nullable Integer bound = bounds.get(i);
      String field = "bandLowerBounds[" + i + "]";
      if (bound == null) {
        throw new MissingValueException(field, "a band needs a lower bound");
      }
      if (i == 0 && bound != 0) {
        throw new InvalidInputException(field, bound, "the first band must start at 0 interventions");
      }
      if (i > 0 && bound <= previous) {
        throw new InvalidInputException(field, bound, "must be greater than the bound before it, " + previous);
      }
      if (bound > MAX_COUNT) {
        throw new InvalidInputException(field, bound, "must be at most " + MAX_COUNT);
      }
      copy.add(bound);
      previous = bound;
    }
    return Collections.unmodifiableList(copy);
  }

  private static void checkThreshold(int threshold) {
    if (threshold < 1) {
      throw new InvalidInputException("intensiveThreshold", threshold, "must be at least 1 significant contact");
    }
    if (threshold > MAX_COUNT) {
      throw new InvalidInputException("intensiveThreshold", threshold, "must be at most " + MAX_COUNT);
    }
  }

  /**
   * The lowest number of interventions in each band, from 0, increasing.
   *
   * @return the lower bounds, unmodifiable
   */
  public List<Integer> bandLowerBounds() {
    return bandLowerBounds;
  }

  /**
   * Support is intensive when a case has at least this many significant contacts.
   *
   * @return the threshold, from 1
   */
  public int intensiveThreshold() {
    return intensiveThreshold;
  }

  /**
   * The bands, in order.
   *
   * @return the bands, unmodifiable
   */
  public List<InterventionBand> bands() {
    return bands;
  }

  /**
   * How many bands there are.
   *
   * @return the number of bands, from 1 to {@value #MAX_BANDS}
   */
  public int bandCount() {
    return bands.size();
  }

  /**
   * The index of the band a case with this many interventions falls in.
   *
   * @param interventions a number of kinds of intervention mobilised
   * @return the band's index, from 0
   * @throws InvalidInputException naming {@code interventions} when it is negative
   */
  public int bandOf(int interventions) {
    if (interventions < 0) {
      throw new InvalidInputException("interventions", interventions, "a count cannot be negative");
    }
    return bandOf[Math.min(interventions, bandOf.length - 1)];
  }

  /**
   * True when this many significant contacts is intensive support.
   *
   * @param significantContacts a case's number of significant contacts
   * @return whether it reaches the intensive threshold
   */
  public boolean isIntensive(int significantContacts) {
    return significantContacts >= intensiveThreshold;
  }

  byte[] bandTable() {
    return bandOf;
  }

  /**
   * Throws when {@code other} is not equal to these parameters, naming the first field that differs;
   * {@code what} says what was being combined, for the message.
   */
  void requireSame(ReportParameters other, String what) {
    if (!bandLowerBounds.equals(other.bandLowerBounds)) {
      throw new InvalidInputException(
          "bandLowerBounds", other.bandLowerBounds, what + " needs the same bands on both sides; this side has " + bandLowerBounds);
    }
    if (intensiveThreshold != other.intensiveThreshold) {
      throw new InvalidInputException("intensiveThreshold", other.intensiveThreshold,
          what + " needs the same intensive threshold on both sides; this side has " + intensiveThreshold);
    }
    if (outcomePoint != other.outcomePoint) {
      throw new InvalidInputException("outcomePoint", other.outcomePoint, what + " needs T2 read at the same point on both sides; this side"
          + " reads it " + outcomePoint.description());
    }
  }

  /**
   * What is written in place of these parameters.
   *
   * @return their serial form
   */
  private Object writeReplace() {
    int[] bounds = new int[bandLowerBounds.size()];
    for (int i = 0; i < bounds.length; i++) {
      bounds[i] = bandLowerBounds.get(i);
    }
    return new SerialForm(bounds, intensiveThreshold, outcomePoint);
  }

  /**
   * Never called for a stream this class wrote: refuses one that claims to hold the fields themselves.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("report parameters are read from their serial form, through the factory's checks");
  }

  /**
   * The parameters as they are serialised: the three settings, read back through
   * {@link ReportParameters#of}'s checks.
   *
   * @param bandLowerBounds the band lower bounds
   * @param intensiveThreshold the intensive threshold
   * @param outcomePoint when T2 is read
   */
  record SerialForm(int @Nullable [] bandLowerBounds, int intensiveThreshold, @Nullable OutcomePoint outcomePoint) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The parameters this form holds, made by the factory.
     *
     * @return the parameters
     * @throws InvalidObjectException when a part is missing or breaks a rule of {@link ReportParameters#of}
     */
    private Object readResolve() throws InvalidObjectException {
      if (bandLowerBounds == null) {
        throw new InvalidObjectException("report parameters without band lower bounds");
      }
      List<Integer> bounds = new ArrayList<>(bandLowerBounds.length);
      for (int bound : bandLowerBounds) {
        bounds.add(bound);
      }
      try {
        return of(bounds, intensiveThreshold, MissingValueException.require("outcomePoint", outcomePoint));
      } catch (InvalidInputException e) {
        InvalidObjectException refused = new InvalidObjectException("report parameters that break a rule: " + e.getMessage());
        refused.initCause(e);
        throw refused;
      }
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportParameters && ((ReportParameters) o).intensiveThreshold == intensiveThreshold
        && ((ReportParameters) o).bandLowerBounds.equals(bandLowerBounds) && ((ReportParameters) o).outcomePoint == outcomePoint;
  }

  @Override
  public int hashCode() {
    return Objects.hash(bandLowerBounds, intensiveThreshold, outcomePoint);
  }

  /** Reads like {@code bands 0-1, 2-5, 6-10, 11+; intensive at 6+ significant contacts}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("bands ");
    for (int i = 0; i < bands.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(bands.get(i).label());
    }
    return s.append("; intensive at ").append(intensiveThreshold).append("+ significant contacts; T2 ").append(outcomePoint.description())
        .toString();
  }
}
