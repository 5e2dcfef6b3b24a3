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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

/** Assertions on decimals by value, not by scale: 6.0 and 6 are the same figure. */
final class Figures {
  private Figures() {}

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  static BigDecimal d(long value) {
    return BigDecimal.valueOf(value);
  }

  static void assertFigure(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual.toPlainString());
  }

  static void assertFigure(String expected, BigDecimal actual, String why) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual),
        () -> why + ": expected " + expected + " but was " + actual.toPlainString());
  }

  static void assertBetween(String low, String high, BigDecimal actual) {
    assertTrue(actual.compareTo(new BigDecimal(low)) >= 0 && actual.compareTo(new BigDecimal(high)) <= 0,
        () -> actual.toPlainString() + " is not within " + low + " to " + high);
  }
}
