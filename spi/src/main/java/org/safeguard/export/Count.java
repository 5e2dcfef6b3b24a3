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
package org.safeguard.export;

import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * A count of cases in an aggregate cell, as an export carries it: exact as counted; suppressed
 * under {@link Purpose#RESEARCH} (and a MARAC return's under every purpose but
 * {@link Purpose#FULL}) when it is below the export's small-cell threshold, so that the
 * cell does not single out a few people, written {@code <5} for the threshold 5; or withheld,
 * written {@code [c]}, when it is not small itself but would give a suppressed count away by
 * subtraction (a total beside its parts, a part beside its whole). Zero is never suppressed: it
 * counts nobody, so it singles nobody out.
 */
public final class Count {
  /** The largest threshold a count may be suppressed under, as for a research profile. */
  public static final int MAX_THRESHOLD = 1000;

  private static final Count[] SMALL = new Count[256];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new Count(i, false);
    }
  }

  /** What a withheld count is written as: confidential, in the form official statistics use. */
  public static final String WITHHELD_TEXT = "[c]";

  private static final Count WITHHELD = new Count(-1, true);

  /** The count, the threshold it is below when suppressed, or -1 when withheld. */
  private final long value;
  private final boolean suppressed;

  private Count(long value, boolean suppressed) {
    this.value = value;
    this.suppressed = suppressed;
  }

  /**
   * A count as counted.
   *
   * @param n the count, zero or more
   * @return the count
   * @throws InvalidInputException when negative
   */
  public static Count of(long n) {
    if (n < 0) {
      throw new InvalidInputException("count", n, "a count is zero or more");
    }
    return n < SMALL.length ? SMALL[(int) n] : new Count(n, false);
  }

  /**
   * A count known only to be below a threshold, and above zero.
   *
   * @param threshold the small-cell threshold, 2 to {@value #MAX_THRESHOLD}
   * @return the suppressed count
   * @throws InvalidInputException when the threshold is out of range
   */
  public static Count fewerThan(int threshold) {
    if (threshold < 2 || threshold > MAX_THRESHOLD) {
      throw new InvalidInputException("threshold", threshold, "a suppressed count is below a threshold from 2 to " + MAX_THRESHOLD);
    }
    return new Count(threshold, true);
  }

  /**
   * A count withheld to protect a suppressed one, which could otherwise be worked out from it.
   *
   * @return the withheld count
   */
  public static Count withheld() {
    return WITHHELD;
  }

  /**
   * This count as an export under a small-cell threshold shows it: suppressed when from 1 to one
   * below the threshold, unchanged otherwise. A count already suppressed below a lower threshold is
   * suppressed below this one instead ({@code <2} says the count is 1), one below a higher
   * threshold is unchanged.
   *
   * @param threshold the small-cell threshold, 1 to {@value #MAX_THRESHOLD}; 1 suppresses nothing
   * @return the count to show
   * @throws InvalidInputException when the threshold is out of range
   */
  public Count suppressedBelow(int threshold) {
    if (threshold < 1 || threshold > MAX_THRESHOLD) {
      throw new InvalidInputException("threshold", threshold, "a small-cell threshold is from 1 to " + MAX_THRESHOLD);
    }
    if (suppressed) {
      return value < 0 || value >= threshold ? this : fewerThan(threshold);
    }
    if (value == 0 || value >= threshold) {
      return this;
    }
    return fewerThan(threshold);
  }

  /**
   * Reads the form {@link #toString()} writes: digits, {@code <} and the threshold, or {@code [c]}.
   *
   * @param field the field the text came from, for the error
   * @param text the text
   * @return the count
   * @throws InvalidInputException naming the field when the text is none of them; the text is not echoed
   */
  public static Count parse(String field, String text) {
    InvalidInputException.requireFieldName(field);
    MissingValueException.require(field, text);
    if (text.equals(WITHHELD_TEXT)) {
      return WITHHELD;
    }
    boolean below = text.startsWith("<");
    String digits = below ? text.substring(1) : text;
    if (!digits.isEmpty() && digits.length() <= 19 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        long n = Long.parseLong(digits);
        if (!below) {
          return of(n);
        }
        if (n >= 2 && n <= MAX_THRESHOLD && digits.charAt(0) != '0') {
          return fewerThan((int) n);
        }
      } catch (NumberFormatException e) {
        // refused below
      }
    }
    throw new InvalidInputException(field, "(" + text.length() + " characters, not shown)",
        "a count is a whole number from 0, < and a threshold from 2 to " + MAX_THRESHOLD + " for a suppressed one, such as <5, or "
            + WITHHELD_TEXT + " for a withheld one");
  }

  /**
   * Whether the count is not shown: suppressed, known only to be from 1 to one below
   * {@link #threshold()}, or {@link #withheld()}.
   *
   * @return true when not shown
   */
  public boolean suppressed() {
    return suppressed;
  }

  /**
   * Whether the count is withheld: not small itself, hidden so that a suppressed one cannot be worked out.
   *
   * @return true when withheld
   */
  public boolean isWithheld() {
    return value < 0;
  }

  /**
   * The count as counted.
   *
   * @return the count
   * @throws IllegalStateException when suppressed: then there is no count to give
   */
  public long value() {
    if (suppressed) {
      throw new IllegalStateException("a count not shown has no value: " + this);
    }
    return value;
  }

  /**
   * The threshold a suppressed count is below.
   *
   * @return the threshold
   * @throws IllegalStateException when the count is exact or withheld
   */
  public int threshold() {
    if (!suppressed || value < 0) {
      throw new IllegalStateException("only a suppressed count has a threshold: " + this);
    }
    return (int) value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Count && ((Count) o).value == value && ((Count) o).suppressed == suppressed;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value) * 2 + (suppressed ? 1 : 0);
  }

  /** The digits of an exact count, {@code <5} for one suppressed below 5, {@code [c]} for a withheld one. */
  @Override
  public String toString() {
    if (value < 0) {
      return WITHHELD_TEXT;
    }
    return suppressed ? "<" + value : Long.toString(value);
  }
}
