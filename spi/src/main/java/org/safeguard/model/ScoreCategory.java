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

/**
 * A score range an instrument itself names, such as the Danger Assessment's "extreme danger" (18
 * and over) or an ODARA bin: the instrument's own reading of its score, kept apart from the risk
 * levels a local policy sets.
 */
@Value.Immutable
@ModelStyle
public abstract class ScoreCategory {
  /** Only the generated implementation in this package extends it. */
  ScoreCategory() {}

  /**
   * The instrument's name for the range, for example {@code extreme danger} or {@code 5-6}.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Inclusive lower end.
   *
   * @return the lowest score in the category
   */
  @Value.Parameter
  public abstract int lower();

  /**
   * Inclusive; empty for the open top category.
   *
   * @return the highest score in the category, or empty when it has no upper end
   */
  @Value.Parameter
  public abstract OptionalInt upper();

  /**
   * A closed category, such as the Danger Assessment's severe danger, 14 to 17.
   *
   * @param label the instrument's name for the range
   * @param lower the lowest score, inclusive
   * @param upper the highest score, inclusive
   * @return the category
   * @throws InvalidInputException when {@code upper} is below {@code lower}
   */
  public static ScoreCategory of(String label, int lower, int upper) {
    return ImmutableScoreCategory.of(label, lower, OptionalInt.of(upper));
  }

  /**
   * An open top category, such as the Danger Assessment's extreme danger, 18 and over.
   *
   * @param label the instrument's name for the range
   * @param lower the lowest score, inclusive
   * @return the category
   */
  public static ScoreCategory from(String label, int lower) {
    return ImmutableScoreCategory.of(label, lower, OptionalInt.empty());
  }

  /**
   * Whether a score falls in this category, both ends included.
   *
   * @param score the score
   * @return true when the score is in the category
   */
  public boolean contains(int score) {
    return score >= lower() && (upper().isEmpty() || score <= upper().getAsInt());
  }

  /** Runs when a category is built: the upper end is not below the lower. */
  @Value.Check
  protected void check() {
    if (upper().isPresent() && upper().getAsInt() < lower()) {
      throw new InvalidInputException("category.upper", upper().getAsInt(), "must not be below the lower end " + lower());
    }
  }
}
