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
import java.util.Objects;
import org.safeguard.model.MissingValueException;

/**
 * A rounding rule, named so that a result can say how it was rounded: to a multiple of a step
 * ({@code 0.5} FTE, £100, 1,000 people) in a {@link RoundingMode}, to a number of significant
 * figures, or not at all. The published planning models round differently from table to table
 * (area IDVAs up to the nearest 0.5, county IDVAs to the nearest whole FTE, people to the nearest
 * 100 or 1,000), so the rule is always a parameter, never a hidden default.
 *
 * <p>Rounding to a step is exact for any step: the value is split into whole steps and a
 * remainder with no division error, so a rule that rounds up never gives less than the value.
 */
public final class Rounding {
  private enum Kind { EXACT, STEP, SIGNIFICANT_FIGURES }

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal QUARTER = new BigDecimal("0.25");
  private static final BigDecimal HALF_STEP = new BigDecimal("0.5");
  private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");

  /** No rounding: the value is kept as computed. */
  public static final Rounding EXACT = new Rounding(Kind.EXACT, BigDecimal.ONE, 0, RoundingMode.UNNECESSARY);
  /** To the nearest whole number, halves up: the sources' "rounded to nearest FTE". */
  public static final Rounding NEAREST_WHOLE = nearest(BigDecimal.ONE);
  /** To the nearest 0.5, halves up. */
  public static final Rounding NEAREST_HALF = nearest(new BigDecimal("0.5"));
  /** Up to the next multiple of 0.5: SafeLives' required IDVAs per MARAC area. */
  public static final Rounding UP_TO_HALF = upTo(new BigDecimal("0.5"));
  /** To the nearest penny, halves up. */
  public static final Rounding NEAREST_PENNY = nearest(new BigDecimal("0.01"));

  private final Kind kind;
  private final BigDecimal step;
  private final int figures;
  private final RoundingMode mode;

  private Rounding(Kind kind, BigDecimal step, int figures, RoundingMode mode) {
    this.kind = kind;
    this.step = step;
    this.figures = figures;
    this.mode = mode;
  }

  /**
   * To the nearest multiple of {@code step}, halves up.
   *
   * @param step the step, above zero: {@code 0.5} FTE, {@code 100} people
   * @return the rule
   * @throws PlanningInputException if the step is not above zero, or not below 10^15 with at most 40 decimal places
   */
  public static Rounding nearest(BigDecimal step) {
    return to(step, RoundingMode.HALF_UP);
  }

  /**
   * To the nearest multiple of {@code step}, halves up.
   *
   * @param step the step, above zero: {@code 100} people, {@code 1000} pounds
   * @return the rule
   * @throws PlanningInputException if the step is not above zero, or not below 10^15 with at most 40 decimal places
   */
  public static Rounding nearest(long step) {
    return nearest(BigDecimal.valueOf(step));
  }

  /**
   * Up to the next multiple of {@code step} (towards positive infinity).
   *
   * @param step the step, above zero
   * @return the rule
   * @throws PlanningInputException if the step is not above zero, or not below 10^15 with at most 40 decimal places
   */
  public static Rounding upTo(BigDecimal step) {
    return to(step, RoundingMode.CEILING);
  }

  /**
   * Down to the multiple of {@code step} below (towards negative infinity).
   *
   * @param step the step, above zero
   * @return the rule
   * @throws PlanningInputException if the step is not above zero, or not below 10^15 with at most 40 decimal places
   */
  public static Rounding downTo(BigDecimal step) {
    return to(step, RoundingMode.FLOOR);
  }

  /**
   * Down to the multiple of {@code step} below (towards negative infinity).
   *
   * @param step the step, above zero
   * @return the rule
   * @throws PlanningInputException if the step is not above zero, or not below 10^15 with at most 40 decimal places
   */
  public static Rounding downTo(long step) {
    return downTo(BigDecimal.valueOf(step));
  }

  /**
   * To a multiple of {@code step} in the given mode.
   *
   * @param step the step, above zero
   * @param mode how to round; any mode but {@code UNNECESSARY}
   * @return the rule
   * @throws PlanningInputException if the step is not above zero or out of bounds, or the mode is {@code UNNECESSARY}
   */
  public static Rounding to(BigDecimal step, RoundingMode mode) {
    Decimals.input("rounding step", step);
    MissingValueException.require("mode", mode);
    if (step.signum() <= 0) {
      throw new PlanningInputException("rounding step", Decimals.brief(step), "a rounding step is above zero");
    }
    if (mode == RoundingMode.UNNECESSARY) {
      throw new PlanningInputException("rounding mode", mode, "name how to round; use Rounding.EXACT for no rounding");
    }
    return new Rounding(Kind.STEP, step, 0, mode);
  }

  /**
   * To {@code figures} significant figures in the given mode, for headline sums such as "£200
   * million".
   *
   * @param figures significant figures to keep; at least one
   * @param mode how to round; any mode but {@code UNNECESSARY}
   * @return the rule
   * @throws PlanningInputException if {@code figures} is below one or the mode is {@code UNNECESSARY}
   */
  public static Rounding significantFigures(int figures, RoundingMode mode) {
    MissingValueException.require("mode", mode);
    if (figures < 1) {
      throw new PlanningInputException("significant figures", figures, "at least one significant figure");
    }
    if (mode == RoundingMode.UNNECESSARY) {
      throw new PlanningInputException("rounding mode", mode, "name how to round; use Rounding.EXACT for no rounding");
    }
    return new Rounding(Kind.SIGNIFICANT_FIGURES, BigDecimal.ONE, figures, mode);
  }

  /**
   * Whether this rule leaves values as they are.
   *
   * @return true for {@link #EXACT}
   */
  public boolean isExact() {
    return kind == Kind.EXACT;
  }

  /**
   * Applies the rule.
   *
   * @param value the value to round; below 10^100, with at most 200 decimal places
   * @return the rounded value; the value itself for {@link #EXACT}
   * @throws PlanningInputException if the value is out of those bounds
   */
  public BigDecimal apply(BigDecimal value) {
    Decimals.bounded("value", value);
    switch (kind) {
      case EXACT:
        return value;
      case SIGNIFICANT_FIGURES:
        return value.signum() == 0 ? value : value.round(new MathContext(figures, mode));
      default:
        return toStep(value);
    }
  }

  private BigDecimal toStep(BigDecimal value) {
    // whole steps (truncated towards zero) and the remainder, both exact
    BigDecimal whole = value.divideToIntegralValue(step);
    BigDecimal remainder = value.subtract(whole.multiply(step));
    BigDecimal fraction;
    if (remainder.signum() == 0) {
      fraction = BigDecimal.ZERO;
    } else {
      int againstHalf = remainder.abs().multiply(TWO).compareTo(step);
      // a stand-in fraction below, at or above one half is enough for any RoundingMode to decide
      fraction = againstHalf < 0 ? QUARTER : againstHalf == 0 ? HALF_STEP : THREE_QUARTERS;
      if (remainder.signum() < 0) {
        fraction = fraction.negate();
      }
    }
    BigDecimal steps = whole.add(fraction).setScale(0, mode);
    return steps.multiply(step);
  }

  /**
   * The rule in words, for traces: "up to the nearest 0.5", "to the nearest 100 (halves up)".
   *
   * @return the rule in words
   */
  public String describe() {
    switch (kind) {
      case EXACT:
        return "not rounded";
      case SIGNIFICANT_FIGURES:
        return modeWords("to " + figures + " significant figure" + (figures == 1 ? "" : "s"));
      default:
        String size = step.stripTrailingZeros().toPlainString();
        switch (mode) {
          case CEILING:
          case UP:
            return "up to the nearest " + size;
          case FLOOR:
          case DOWN:
            return "down to the nearest " + size;
          default:
            return modeWords("to the nearest " + size);
        }
    }
  }

  private String modeWords(String what) {
    switch (mode) {
      case HALF_UP:
        return what + " (halves up)";
      case HALF_DOWN:
        return what + " (halves down)";
      case HALF_EVEN:
        return what + " (halves to even)";
      case CEILING:
      case UP:
        return what + ", up";
      case FLOOR:
      case DOWN:
        return what + ", down";
      default:
        return what;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Rounding)) {
      return false;
    }
    Rounding other = (Rounding) o;
    return kind == other.kind && step.compareTo(other.step) == 0 && figures == other.figures && mode == other.mode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, step.stripTrailingZeros(), figures, mode);
  }

  @Override
  public String toString() {
    return describe();
  }
}
