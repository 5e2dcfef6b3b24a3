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
package org.safeguard.core.marac;

import java.math.BigDecimal;
import java.util.Optional;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * The range a service expects one figure of its return to fall in, either end open. Immutable.
 *
 * @param low the lowest value expected, or empty for no lower end
 * @param high the highest value expected, or empty for no upper end
 */
public record ExpectedRange(Optional<BigDecimal> low, Optional<BigDecimal> high) {
  private static final int MAX_TEXT = 24;

  /**
   * Refuses a range with neither end, or whose ends are the wrong way round.
   *
   * @param low the lowest value expected, or empty
   * @param high the highest value expected, or empty
   * @throws InvalidInputException naming the end at fault
   */
  public ExpectedRange {
    MissingValueException.require("low", low);
    MissingValueException.require("high", high);
    if (low.isEmpty() && high.isEmpty()) {
      throw new InvalidInputException("range", "..", "a range has at least one end");
    }
    if (low.isPresent() && high.isPresent() && high.get().compareTo(low.get()) < 0) {
      throw new InvalidInputException("high", high.get(), "is not below the low end, " + low.get());
    }
  }

  /**
   * A range written {@code 28..40}, {@code 40..} (at least) or {@code ..75} (at most).
   *
   * @param range the range as text
   * @return the range
   * @throws InvalidInputException when the text is not such a range of plain decimal numbers
   */
  public static ExpectedRange parse(String range) {
    String text = range;
    MissingValueException.require("range", text);
    int dots = text.indexOf("..");
    if (text.length() > MAX_TEXT || dots < 0) {
      throw new InvalidInputException("range", text, "written low..high, low.. or ..high, at most " + MAX_TEXT + " characters");
    }
    return new ExpectedRange(end(text.substring(0, dots).strip(), text), end(text.substring(dots + 2).strip(), text));
  }

  private static Optional<BigDecimal> end(String part, String text) {
    if (part.isEmpty()) {
      return Optional.empty();
    }
    if (!part.matches("[0-9]{1,9}(\\.[0-9]{1,6})?")) {
      throw new InvalidInputException("range", text, "each end is a plain decimal number, such as 28 or 12.5");
    }
    return Optional.of(new BigDecimal(part));
  }

  /**
   * Whether a value falls in the range, ends included.
   *
   * @param value the value
   * @return true when neither end excludes it
   */
  public boolean contains(BigDecimal value) {
    MissingValueException.require("value", value);
    return low.map(l -> value.compareTo(l) >= 0).orElse(true) && high.map(h -> value.compareTo(h) <= 0).orElse(true);
  }

  /**
   * The range as it is written.
   *
   * @return for example {@code 28..40}
   */
  @Override
  public String toString() {
    return low.map(BigDecimal::toPlainString).orElse("") + ".." + high.map(BigDecimal::toPlainString).orElse("");
  }
}
