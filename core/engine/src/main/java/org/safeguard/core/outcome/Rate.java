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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;

/**
 * A proportion as a report shows it: the numerator, the denominator, and how many cases were left
 * out of the denominator for missing data, with the reason. Never a bare percentage.
 */
@Value.Immutable
@ModelStyle
public abstract class Rate {
  /** Only the generated implementation in this package extends it. */
  Rate() {}

  /**
   * The cases counted as yes.
   *
   * @return the numerator, not above the denominator
   */
  @Value.Parameter
  public abstract long numerator();

  /**
   * The cases with a usable value.
   *
   * @return the denominator, 0 when no case had one
   */
  @Value.Parameter
  public abstract long denominator();

  /**
   * Cases that belonged in the group but had no usable value.
   *
   * @return the number of cases left out of the denominator
   */
  @Value.Parameter
  public abstract long missing();

  /**
   * Why the missing cases were left out, in words; empty when none were.
   *
   * @return the reason, such as {@code no review}
   */
  @Value.Parameter
  public abstract String missingReason();

  /**
   * A rate with its missing cases.
   *
   * @param numerator the cases counted as yes
   * @param denominator the cases with a usable value
   * @param missing the cases of the group left out of the denominator
   * @param missingReason why they were left out; dropped when {@code missing} is 0
   * @return the rate
   * @throws InvalidInputException when a count is negative or the numerator exceeds the
   *     denominator
   */
  public static Rate of(long numerator, long denominator, long missing, String missingReason) {
    return ImmutableRate.of(numerator, denominator, missing, missing == 0 ? "" : missingReason);
  }

  /**
   * A rate whose missing cases fall under several reasons, each with its count: the reasons with
   * none are left out, and the counts are given only when more than one reason applies, as in
   * {@code 12 no review, 3 answer not recorded}.
   *
   * @param numerator the cases counted
   * @param denominator the cases counted among, the missing ones left out
   * @param counts the missing cases for each reason
   * @param reasons the reasons, in the same order
   * @return the rate
   * @throws InvalidInputException when a count is negative, the numerator exceeds the
   *     denominator, or the counts and reasons differ in number
   */
  public static Rate missingFor(long numerator, long denominator, long[] counts, String[] reasons) {
    MissingValueException.require("counts", counts);
    MissingValueException.require("reasons", reasons);
    if (counts.length != reasons.length) {
      throw new InvalidInputException("reasons", reasons.length, "one reason for each count, " + counts.length);
    }
    long missing = 0;
    int given = 0;
    for (long c : counts) {
      missing += c;
      given += c > 0 ? 1 : 0;
    }
    StringBuilder why = new StringBuilder();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        why.append(why.length() == 0 ? "" : ", ").append(given > 1 ? counts[i] + " " : "").append(reasons[i]);
      }
    }
    return of(numerator, denominator, missing, why.toString());
  }

  /**
   * The rate in percent, rounded half up, as a published table shows it.
   *
   * @param decimals the decimal places, 0 to 6
   * @return the percentage, or empty when the denominator is 0
   * @throws InvalidInputException when the decimal places are out of range
   */
  public Optional<BigDecimal> percent(int decimals) {
    if (decimals < 0 || decimals > 6) {
      throw new InvalidInputException("decimals", decimals, "from 0 to 6");
    }
    if (denominator() == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator()).movePointRight(2)
        .divide(BigDecimal.valueOf(denominator()), decimals, RoundingMode.HALF_UP));
  }

  /**
   * The proportion, for calculation; show the rate itself, never this alone.
   *
   * @return the proportion from 0 to 1, or NaN when the denominator is 0
   */
  public double value() {
    return denominator() == 0 ? Double.NaN : (double) numerator() / denominator();
  }

  /** Reads like {@code 58% (290/500; 12 missing: no review)}. */
  @Override
  public String toString() {
    String pct = denominator() == 0 ? "-" : Math.round(100.0 * numerator() / denominator()) + "%";
    return pct + " (" + numerator() + "/" + denominator() + (missing() == 0 ? "" : "; " + missing() + " missing: " + missingReason()) + ")";
  }

  /**
   * Refuses negative counts and a numerator above the denominator.
   *
   * @throws InvalidInputException naming {@code rate} or {@code rate.numerator}
   */
  @Value.Check
  protected void check() {
    if (numerator() < 0 || denominator() < 0 || missing() < 0) {
      throw new InvalidInputException("rate", numerator() + "/" + denominator(), "counts cannot be negative");
    }
    if (numerator() > denominator()) {
      throw new InvalidInputException("rate.numerator", numerator(), "cannot exceed the denominator " + denominator());
    }
  }
}
