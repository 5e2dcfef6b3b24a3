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
package org.safeguard.planning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.MissingValueException;

/**
 * Division and the checks shared by the calculators, so that every one divides the same way and
 * takes the same numbers.
 *
 * <p>Every number is bounded, so that the work a calculation does is bounded and no {@link
 * ArithmeticException} can escape. An input of the planner (an area's figures, a post, a rate, a
 * rounding step) has fewer than {@value #MAX_INTEGER_DIGITS} digits before its point and at most
 * {@value #MAX_SCALE} after it. Any calculator refuses a number with more than {@value
 * #MAX_WORKING_DIGITS} digits before the point or {@value #MAX_WORKING_SCALE} after it, which no
 * calculation from inputs within their bounds reaches. Every quotient has 34 significant digits
 * and at most {@value #MAX_SCALE} decimal places. Counts are {@code long}s from 0 to {@link
 * PlanningArea#MAX_COUNT}, and sums of counts are exact ({@link Math#addExact}).
 */
final class Decimals {
  /**
   * 34 significant digits for every quotient: far beyond any published figure, and the same on
   * every platform, so a result and its trace are reproducible.
   */
  static final MathContext CONTEXT = MathContext.DECIMAL128;
  /** The most digits an input may have before its point: below 10^15. */
  static final int MAX_INTEGER_DIGITS = 15;
  /** The most decimal places an input, or a quotient, may have. */
  static final int MAX_SCALE = 40;
  /** The most digits any number a calculator takes may have before its point. */
  static final int MAX_WORKING_DIGITS = 100;
  /** The most decimal places any number a calculator takes may have. */
  static final int MAX_WORKING_SCALE = 200;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  /** The rule an input breaks that is too large or too finely divided. */
  static final String INPUT_RULE = "a number below 10^" + MAX_INTEGER_DIGITS + " with at most " + MAX_SCALE + " decimal places";
  /** The rule any number breaks that no calculation could carry. */
  static final String WORKING_RULE = "a number below 10^" + MAX_WORKING_DIGITS + " with at most " + MAX_WORKING_SCALE
      + " decimal places";

  private Decimals() {}

  /** The quotient to 34 significant digits, and to at most {@link #MAX_SCALE} decimal places. */
  static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
    BigDecimal quotient = numerator.divide(denominator, CONTEXT);
    return quotient.scale() > MAX_SCALE ? quotient.setScale(MAX_SCALE, RoundingMode.HALF_EVEN) : quotient;
  }

  /**
   * An input of the planner: given, below 10^15, and with at most 40 decimal places as written
   * (zeros and all: the scale as written is what the arithmetic carries on with).
   *
   * @throws MissingValueException if it is null
   * @throws PlanningInputException if it is out of bounds; the message shows it only in brief
   */
  static BigDecimal input(String field, @Nullable BigDecimal value) {
    return within(field, value, MAX_INTEGER_DIGITS, MAX_SCALE, INPUT_RULE);
  }

  /**
   * Any number a calculator takes: given, and within the working bounds.
   *
   * @throws MissingValueException if it is null
   * @throws PlanningInputException if it is out of bounds; the message shows it only in brief
   */
  static BigDecimal bounded(String field, @Nullable BigDecimal value) {
    return within(field, value, MAX_WORKING_DIGITS, MAX_WORKING_SCALE, WORKING_RULE);
  }

  private static BigDecimal within(String field, @Nullable BigDecimal given, int digits, int scale, String rule) {
    BigDecimal value = MissingValueException.require(field, given);
    // in long: a scale near Integer.MIN_VALUE would wrap an int round to a small number
    if ((long) value.precision() - value.scale() > digits || value.scale() > scale) {
      throw new PlanningInputException(field, brief(value), rule);
    }
    return value;
  }

  /** An input no larger than {@code max}. */
  static BigDecimal atMost(String field, @Nullable BigDecimal given, BigDecimal max, String rule) {
    BigDecimal value = input(field, given);
    if (value.compareTo(max) > 0) {
      throw new PlanningInputException(field, brief(value), rule);
    }
    return value;
  }

  static BigDecimal requireNonNegative(String field, @Nullable BigDecimal given) {
    BigDecimal value = bounded(field, given);
    if (value.signum() < 0) {
      throw new PlanningInputException(field, brief(value), "never negative");
    }
    return value;
  }

  /** A count: from 0 to {@link PlanningArea#MAX_COUNT}. */
  static long requireNonNegative(String field, long value) {
    if (value < 0 || value > PlanningArea.MAX_COUNT) {
      throw new PlanningInputException(field, value, "a whole number from 0 to 10,000,000,000");
    }
    return value;
  }

  static BigDecimal requirePositive(String field, @Nullable BigDecimal given) {
    BigDecimal value = bounded(field, given);
    if (value.signum() <= 0) {
      throw new PlanningInputException(field, brief(value), "above zero");
    }
    return value;
  }

  static BigDecimal requireShare(String field, @Nullable BigDecimal given) {
    BigDecimal value = bounded(field, given);
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new PlanningInputException(field, brief(value), "a share from 0 to 1");
    }
    return value;
  }

  /** A sum of counts, refused rather than wrapped round to a negative number. */
  static long add(String field, long sum, long count) {
    try {
      return Math.addExact(sum, count);
    } catch (ArithmeticException e) {
      throw new PlanningInputException(field, "(total)", "the total fits in a whole number below 9,223,372,036,854,775,808");
    }
  }

  /** The most characters a name (an area, a role) may have. */
  static final int MAX_NAME = 200;

  static String requireName(String field, @Nullable String given) {
    String value = MissingValueException.require(field, given);
    if (value.isBlank()) {
      throw new PlanningInputException(field, "(blank)", "a name that is not blank");
    }
    String name = value.strip();
    if (name.length() > MAX_NAME) {
      throw new PlanningInputException(field, "(" + name.length() + " characters)", "a name of at most " + MAX_NAME + " characters");
    }
    return name;
  }

  /**
   * A number as short text for a message: as written when it is short, in scientific form when
   * that is short, and otherwise only how many digits it has, so that a refusal never carries a
   * number thousands of digits long.
   */
  static String brief(BigDecimal value) {
    if (value.precision() <= 40 && value.scale() >= -20 && value.scale() <= 60) {
      return value.toPlainString();
    }
    String scientific = value.toString();
    return scientific.length() <= 60 ? scientific : "(a number of " + value.precision() + " digits)";
  }

  /**
   * A number as a person would write it in a trace: plain, as given when it has at most 6 decimals
   * (so 6.0 FTE and £31,200.00 keep their scale), otherwise to 6 decimals marked "≈"; a number
   * too large to write out plainly is written in brief.
   */
  static String show(BigDecimal value) {
    if ((long) value.precision() - value.scale() > 40) {
      return brief(value);
    }
    if (value.scale() <= 6) {
      return value.toPlainString();
    }
    BigDecimal shown = value.setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return value.compareTo(shown) == 0 ? shown.toPlainString() : "≈" + shown.toPlainString();
  }
}
