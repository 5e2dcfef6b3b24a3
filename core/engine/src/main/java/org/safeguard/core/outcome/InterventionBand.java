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

import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One column of the outcomes-by-number-of-interventions table: the cases that mobilised from
 * {@link #lower()} to {@link #upper()} kinds of intervention, both ends inclusive; the last band
 * has no upper end. The evaluation's bands are 0-1, 2-5, 6-10 and 11+
 * (Safety in Numbers (CAADA, 2009), Figure 8).
 */
public final class InterventionBand {
  private final int index;
  private final int lower;
  private final int upper;

  InterventionBand(int index, int lower, int upper) {
    this.index = index;
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * The band's position, from 0 for the band that starts at no interventions.
   *
   * @return the index, as {@link CohortReport} methods take it
   */
  public int index() {
    return index;
  }

  /**
   * The fewest interventions a case in this band has.
   *
   * @return the band's lower end, inclusive
   */
  public int lower() {
    return lower;
  }

  /**
   * The most interventions a case in this band has; empty for the last, open band.
   *
   * @return the band's upper end, inclusive, or empty
   */
  public OptionalInt upper() {
    return upper < 0 ? OptionalInt.empty() : OptionalInt.of(upper);
  }

  /**
   * True when a case with this many interventions falls in the band.
   *
   * @param interventions a number of kinds of intervention mobilised
   * @return whether the count falls in the band
   */
  public boolean contains(int interventions) {
    return interventions >= lower && (upper < 0 || interventions <= upper);
  }

  /**
   * Reads like {@code 2-5}, {@code 11+}, or {@code 3} for a band of one count.
   *
   * @return the label, as the report's table heads the column
   */
  public String label() {
    if (upper < 0) {
      return lower + "+";
    }
    return lower == upper ? Integer.toString(lower) : lower + "-" + upper;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof InterventionBand && ((InterventionBand) o).index == index && ((InterventionBand) o).lower == lower
        && ((InterventionBand) o).upper == upper;
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, lower, upper);
  }

  @Override
  public String toString() {
    return label();
  }
}
