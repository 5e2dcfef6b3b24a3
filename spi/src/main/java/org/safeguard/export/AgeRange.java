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

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;

/**
 * An age in years as an export carries it: one year wide as recorded, or a band under
 * {@link Purpose#RESEARCH}. The bands follow the MARAC age rules (under 16 is children's
 * safeguarding, 16 and 17 go to children's social care as well) and then ten-year bands from 25:
 * 0-15, 16-17, 18-24, 25-34, 35-44, 45-54, 55-64 and 65 and over. Written {@code 34}, {@code 25-34}
 * or {@code 65+}.
 */
public final class AgeRange {
  /** The oldest age a record may carry, as for a case file. */
  public static final int MAX_AGE = 130;
  /** Where each research band starts; the last is open. */
  private static final int[] BAND_STARTS = {0, 16, 18, 25, 35, 45, 55, 65};

  private final int low;
  /** -1 when open. */
  private final int high;

  private AgeRange(int low, int high) {
    this.low = low;
    this.high = high;
  }

  /**
   * An age as recorded.
   *
   * @param years the age, 0 to {@value #MAX_AGE}
   * @return a range one year wide
   * @throws InvalidInputException when out of range; the age is not echoed
   */
  public static AgeRange exact(int years) {
    check(years);
    return new AgeRange(years, years);
  }

  /**
   * The research band an age falls in.
   *
   * @param years the age, 0 to {@value #MAX_AGE}
   * @return its band
   * @throws InvalidInputException when out of range; the age is not echoed
   */
  public static AgeRange band(int years) {
    check(years);
    int i = BAND_STARTS.length - 1;
    while (BAND_STARTS[i] > years) {
      i--;
    }
    return new AgeRange(BAND_STARTS[i], i == BAND_STARTS.length - 1 ? -1 : BAND_STARTS[i + 1] - 1);
  }

  /**
   * Reads the form {@link #toString()} writes: {@code 34}, {@code 25-34} or {@code 65+}. Only an
   * exact age or one of the research bands is accepted.
   *
   * @param field the field the text came from, for the error
   * @param text the text
   * @return the range
   * @throws InvalidInputException naming the field when the text is neither; the text is not echoed
   */
  public static AgeRange parse(String field, String text) {
    org.safeguard.model.InvalidInputException.requireFieldName(field);
    org.safeguard.model.MissingValueException.require(field, text);
    try {
      int dash = text.indexOf('-');
      if (text.endsWith("+")) {
        AgeRange band = band(Integer.parseInt(text.substring(0, text.length() - 1)));
        if (band.open() && band.toString().equals(text)) {
          return band;
        }
      } else if (dash < 0) {
        return exact(Integer.parseInt(text));
      } else {
        AgeRange band = band(Integer.parseInt(text.substring(0, dash)));
        if (band.toString().equals(text)) {
          return band;
        }
      }
    } catch (NumberFormatException | InvalidInputException e) {
      // refused below, without the text
    }
    throw new InvalidInputException(field, "(" + text.length() + " characters, not shown)",
        "an age is a whole number of years from 0 to " + MAX_AGE + ", or one of the bands 0-15, 16-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+");
  }

  private static void check(int years) {
    if (years < 0 || years > MAX_AGE) {
      throw new InvalidInputException("age", "(not shown)", "an age is from 0 to " + MAX_AGE + " years");
    }
  }

  /**
   * The youngest age in the range.
   *
   * @return years
   */
  public int low() {
    return low;
  }

  /**
   * The oldest age in the range.
   *
   * @return years, empty for the open band at the top
   */
  public OptionalInt high() {
    return high < 0 ? OptionalInt.empty() : OptionalInt.of(high);
  }

  /**
   * Whether the range is one year, an age as recorded.
   *
   * @return true for an exact age
   */
  public boolean exact() {
    return low == high;
  }

  private boolean open() {
    return high < 0;
  }

  /**
   * The research band this range falls in; a band is its own band.
   *
   * @return the band
   */
  public AgeRange toBand() {
    return band(low);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AgeRange && ((AgeRange) o).low == low && ((AgeRange) o).high == high;
  }

  @Override
  public int hashCode() {
    return low * 131 + high;
  }

  /** {@code 34}, {@code 25-34} or {@code 65+}. */
  @Override
  public String toString() {
    if (open()) {
      return low + "+";
    }
    return low == high ? Integer.toString(low) : low + "-" + high;
  }
}
