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
package org.safeguard.core.equality;

import java.math.BigDecimal;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * A group's share of the local population, in percent, as the caller knows it: one figure (19.2%)
 * or a range where only an estimate exists (LGBT 5-7%). Immutable.
 *
 * @param low the share, or the low end of the range
 * @param high the same as {@code low}, or the high end of the range
 */
public record PopulationShare(BigDecimal low, BigDecimal high) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Refuses a missing end, a share outside 0 to 100 or a range whose ends are the wrong way round.
   *
   * @param low the share, or the low end of the range
   * @param high the same as {@code low}, or the high end of the range
   * @throws InvalidInputException naming the end at fault
   */
  public PopulationShare {
    MissingValueException.require("low", low);
    MissingValueException.require("high", high);
    for (BigDecimal end : new BigDecimal[] {low, high}) {
      if (end.signum() < 0 || end.compareTo(HUNDRED) > 0 || end.precision() > 10) {
        throw new InvalidInputException(end == low ? "low" : "high", end, "a share is a percentage from 0 to 100");
      }
    }
    if (high.compareTo(low) < 0) {
      throw new InvalidInputException("high", high, "is not below the low end, " + low);
    }
  }

  /**
   * One figure.
   *
   * @param percent the share in percent, as text ({@code "19.2"}) so that it keeps its digits
   * @return the share
   * @throws InvalidInputException when the text is not a number from 0 to 100
   */
  public static PopulationShare of(String percent) {
    BigDecimal share = number("percent", percent);
    return new PopulationShare(share, share);
  }

  /**
   * A range.
   *
   * @param low the low end in percent, as text
   * @param high the high end in percent, as text
   * @return the share
   * @throws InvalidInputException when either is not a number from 0 to 100, or they are the wrong way round
   */
  public static PopulationShare between(String low, String high) {
    MissingValueException.require("low", low);
    MissingValueException.require("high", high);
    return new PopulationShare(number("low", low), number("high", high));
  }

  /**
   * Where a share in percent falls against this one.
   *
   * @param percent the share to compare
   * @return below the low end, within, or above the high end
   */
  public int compareWith(BigDecimal percent) {
    MissingValueException.require("percent", percent);
    return percent.compareTo(low) < 0 ? -1 : percent.compareTo(high) > 0 ? 1 : 0;
  }

  private static BigDecimal number(String field, String text) {
    MissingValueException.require(field, text);
    if (text.length() > 12) {
      throw new InvalidInputException(field, text, "a share is a percentage from 0 to 100, at most 12 characters");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, text, "a share is a percentage from 0 to 100");
    }
  }
}
