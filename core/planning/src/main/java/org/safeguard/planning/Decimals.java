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
import java.util.Objects;

/** Division and checks shared by the calculators, so that every one divides the same way. */
final class Decimals {
  /**
   * 34 significant digits for every quotient: far beyond any published figure, and the same on
   * every platform, so a result and its trace are reproducible.
   */
  static final MathContext CONTEXT = MathContext.DECIMAL128;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private Decimals() {}

  static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, CONTEXT);
  }

  static BigDecimal requireNonNegative(String field, BigDecimal value) {
    Objects.requireNonNull(value, field);
    if (value.signum() < 0) {
      throw new PlanningInputException(field, value.toPlainString(), "never negative");
    }
    return value;
  }

  static long requireNonNegative(String field, long value) {
    if (value < 0) {
      throw new PlanningInputException(field, value, "a count is never negative");
    }
    return value;
  }

  static BigDecimal requirePositive(String field, BigDecimal value) {
    Objects.requireNonNull(value, field);
    if (value.signum() <= 0) {
      throw new PlanningInputException(field, value.toPlainString(), "above zero");
    }
    return value;
  }

  static BigDecimal requireShare(String field, BigDecimal value) {
    Objects.requireNonNull(value, field);
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new PlanningInputException(field, value.toPlainString(), "a share from 0 to 1");
    }
    return value;
  }

  static String requireName(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new PlanningInputException(field, "(blank)", "a name that is not blank");
    }
    return value.strip();
  }

  /**
   * A number as a person would write it in a trace: plain, as given when it has at most 6 decimals
   * (so 6.0 FTE and £31,200.00 keep their scale), otherwise to 6 decimals marked "≈".
   */
  static String show(BigDecimal value) {
    if (value.scale() <= 6) {
      return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }
    BigDecimal shown = value.setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (shown.scale() < 0) {
      shown = shown.setScale(0);
    }
    return value.compareTo(shown) == 0 ? shown.toPlainString() : "≈" + shown.toPlainString();
  }
}
