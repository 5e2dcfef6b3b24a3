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
import java.util.Collection;
import org.safeguard.model.MissingValueException;

/**
 * Full-time-equivalent posts: the value as computed, the rounding rule and the rounded value that
 * is reported. Keeping all three means a report can show "4.62 FTE, rounded to the nearest 0.5 →
 * 4.5" and a sum can say whether it adds rounded or exact figures.
 *
 * @param exact the value before rounding
 * @param rounding the rule that produced {@code value}
 * @param value the reported value, {@code rounding} applied to {@code exact}
 */
public record Fte(BigDecimal exact, Rounding rounding, BigDecimal value) {
  /**
   * Checks that {@code value} is {@code exact} rounded by {@code rounding}.
   *
   * @param exact the value before rounding; not negative
   * @param rounding the rule that produced {@code value}
   * @param value the reported value, {@code rounding} applied to {@code exact}
   * @throws PlanningInputException if {@code exact} is negative or {@code value} is not it rounded
   */
  public Fte {
    Decimals.requireNonNegative("fte", exact);
    MissingValueException.require("rounding", rounding);
    Decimals.bounded("value", value);
    if (value.compareTo(rounding.apply(exact)) != 0) {
      throw new PlanningInputException("fte", Decimals.brief(value),
          "the reported FTE is the exact FTE " + Decimals.brief(exact) + " rounded " + rounding.describe());
    }
  }

  /**
   * FTE as given, for example posts in service: not rounded.
   *
   * @param value the FTE; not negative
   * @return the FTE
   */
  public static Fte of(BigDecimal value) {
    return new Fte(value, Rounding.EXACT, value);
  }

  /**
   * FTE as given, written as text: {@code Fte.of("4.5")}.
   *
   * @param value the FTE as a decimal number; not negative
   * @return the FTE
   * @throws PlanningInputException if the text is not such a number
   */
  public static Fte of(String value) {
    String text = MissingValueException.require("fte", value).strip();
    String rule = "a decimal number such as 4.5";
    if (text.length() > 60) {
      throw new PlanningInputException("fte", "(" + text.length() + " characters)", rule);
    }
    try {
      return of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      throw new PlanningInputException("fte", text, rule);
    }
  }

  /**
   * A computed FTE and its rounding.
   *
   * @param exact the FTE as computed; not negative
   * @param rounding the rule for the reported value
   * @return the FTE, exact and rounded
   */
  public static Fte rounded(BigDecimal exact, Rounding rounding) {
    return new Fte(exact, rounding, rounding.apply(exact));
  }

  /**
   * The sum of the reported (rounded) values, not rounded again: the way a table's column adds up.
   * Compare it with a total rounded on its own; the two need not agree.
   *
   * @param parts the FTEs to add
   * @return the sum, not rounded
   */
  public static Fte sumOfValues(Collection<Fte> parts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Fte part : MissingValueException.require("parts", parts)) {
      MissingValueException.require("part", part);
      sum = sum.add(part.value());
    }
    return of(sum);
  }

  /**
   * The sum of the exact values, before any rounding.
   *
   * @param parts the FTEs to add
   * @return the sum of their exact values
   */
  public static BigDecimal sumOfExact(Collection<Fte> parts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Fte part : MissingValueException.require("parts", parts)) {
      MissingValueException.require("part", part);
      sum = sum.add(part.exact());
    }
    return sum;
  }

  @Override
  public String toString() {
    return Decimals.show(value) + " FTE" + (rounding.isExact() ? "" : " (" + Decimals.show(exact) + " " + rounding.describe() + ")");
  }
}
