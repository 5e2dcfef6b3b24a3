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
package org.safeguard.model;

import java.util.OptionalInt;
import org.immutables.value.Value;

/** A score range that maps to a risk level, both ends inclusive; the top band has no upper end. */
@Value.Immutable
@ModelStyle
public abstract class Band {
  /** Only the generated implementation in this package extends it. */
  Band() {}

  /**
   * The risk level a score in this band gets.
   *
   * @return the level
   */
  @Value.Parameter
  public abstract RiskLevel level();

  /**
   * Inclusive lower end; 0 or more.
   *
   * @return the lowest score in the band
   */
  @Value.Parameter
  public abstract int lower();

  /**
   * Inclusive upper end; empty for the open top band ("14 and over").
   *
   * @return the highest score in the band, or empty when it has no upper end
   */
  @Value.Parameter
  public abstract OptionalInt upper();

  /**
   * Whether a score falls in this band, both ends included.
   *
   * @param score the score
   * @return true when the score is in the band
   */
  public boolean contains(int score) {
    return score >= lower() && (upper().isEmpty() || score <= upper().getAsInt());
  }

  /**
   * A closed band, such as medium 10 to 13.
   *
   * @param level the level for scores in the band
   * @param lower the lowest score, inclusive
   * @param upper the highest score, inclusive
   * @return the band
   * @throws InvalidInputException when {@code lower} is below 0 or {@code upper} below {@code lower}
   */
  public static Band of(RiskLevel level, int lower, int upper) {
    return ImmutableBand.of(level, lower, OptionalInt.of(upper));
  }

  /**
   * An open top band, such as high 14 and over.
   *
   * @param level the level for scores in the band
   * @param lower the lowest score, inclusive
   * @return the band
   * @throws InvalidInputException when {@code lower} is below 0
   */
  public static Band from(RiskLevel level, int lower) {
    return ImmutableBand.of(level, lower, OptionalInt.empty());
  }

  /** Runs when a band is built: scores start at 0, and the upper end is not below the lower. */
  @Value.Check
  protected void check() {
    if (lower() < 0) {
      throw new InvalidInputException("band.lower", lower(), "scores start at 0");
    }
    if (upper().isPresent() && upper().getAsInt() < lower()) {
      throw new InvalidInputException("band.upper", upper().getAsInt(), "must not be below the lower end " + lower());
    }
  }

  /** Reads like {@code high 14+} or {@code medium 10-13}. */
  @Override
  public String toString() {
    String name = level().name().toLowerCase(java.util.Locale.ROOT);
    return upper().isPresent() ? name + " " + lower() + "-" + upper().getAsInt() : name + " " + lower() + "+";
  }
}
