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

import java.util.List;
import org.immutables.value.Value;

/**
 * The ratings an instrument's items take instead of yes / no: the labels in order, the first worth
 * {@link #lowest()} points and each next one a point more. HITS rates 1 (never) to 5 (frequently);
 * a structured-professional-judgement tool rates 0 (absent), 1 (partial), 2 (present).
 */
@Value.Immutable
@ModelStyle
public abstract class RatingScale {
  /** The highest rating any scale may reach: ratings are stored in one byte per item. */
  public static final int MAX_RATING = 126;

  /** Only the generated implementation in this package extends it. */
  RatingScale() {}

  /**
   * The value of the first label: 1 for HITS, 0 for a structured-professional-judgement tool.
   *
   * @return the lowest rating, 0 or more
   */
  @Value.Parameter
  public abstract int lowest();

  /**
   * The labels, lowest first, as lower-case words joined by hyphens.
   *
   * @return between 2 and 100 labels
   */
  @Value.Parameter
  public abstract List<String> labels();

  /**
   * A scale whose first label is worth {@code lowest} and each next one a point more.
   *
   * @param lowest the value of the first label, 0 or more
   * @param labels the labels, lowest first, as lower-case words joined by hyphens
   * @return the scale
   * @throws InvalidInputException when {@code lowest} is below 0 or there are fewer than 2 or more
   *     than 100 labels
   */
  public static RatingScale of(int lowest, String... labels) {
    MissingValueException.require("labels", labels);
    for (int i = 0; i < labels.length; i++) {
      MissingValueException.require("labels[" + i + "]", labels[i]);
    }
    return ImmutableRatingScale.of(lowest, List.of(labels));
  }

  /**
   * As {@link #of(int, String...)}, for callers holding a list (Kotlin, Clojure, Scala).
   *
   * @param lowest the value of the first label, 0 or more
   * @param labels the labels, lowest first, as lower-case words joined by hyphens
   * @return the scale
   * @throws InvalidInputException when {@code lowest} is below 0, a label is null, or there are
   *     fewer than 2 or more than 100 labels
   */
  public static RatingScale of(int lowest, List<String> labels) {
    MissingValueException.requireElements("labels", labels);
    return of(lowest, labels.toArray(new String[0]));
  }

  /**
   * The value of the last label.
   *
   * @return the highest rating
   */
  public int highest() {
    return lowest() + labels().size() - 1;
  }

  /**
   * The value of a label, or throws naming the field. Case and spaces in the label do not matter:
   * {@code Fairly often} reads as {@code fairly-often}.
   *
   * @param field the item or parameter the rating is for, named in the error
   * @param label the label as given
   * @return the label's value
   * @throws MissingValueException when the label is null
   * @throws AnswerOutOfScaleException when the label is not on this scale; the message
   *     withholds it
   */
  public int valueOf(String field, String label) {
    InvalidInputException.requireFieldName(field);
    if (label == null) {
      throw new MissingValueException(field, "a rating is one of " + labels());
    }
    int i = labels().indexOf(label.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    if (i < 0) {
      throw new AnswerOutOfScaleException(field, label, "a rating is one of " + labels());
    }
    return lowest() + i;
  }

  /**
   * The label of a value, the inverse of {@link #valueOf(String, String)}.
   *
   * @param value a rating from {@link #lowest()} to {@link #highest()}
   * @return the label
   * @throws AnswerOutOfScaleException when the value is off the scale
   */
  public String labelOf(int value) {
    if (value < lowest() || value > highest()) {
      throw new AnswerOutOfScaleException("rating", value, "a rating on this scale is from " + lowest() + " to " + highest());
    }
    return labels().get(value - lowest());
  }

  /**
   * Runs when a scale is built: 2 to 100 labels, starting at 0 or above, and the highest rating at
   * most {@value #MAX_RATING}, since a rating is stored in one byte per item.
   */
  @Value.Check
  protected void check() {
    if (labels().size() < 2 || labels().size() > 100) {
      throw new InvalidInputException("ratingScale.labels", labels().size(), "a rating scale has between 2 and 100 labels");
    }
    if (lowest() < 0) {
      throw new InvalidInputException("ratingScale.lowest", lowest(), "ratings start at 0 or above");
    }
    if (lowest() > MAX_RATING - labels().size() + 1) {
      throw new InvalidInputException("ratingScale.lowest", lowest(), "with " + labels().size() + " labels the lowest rating is at most "
          + (MAX_RATING - labels().size() + 1) + ", so that the highest is at most " + MAX_RATING);
    }
  }
}
