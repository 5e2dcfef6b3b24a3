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
package org.safeguard.csv;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.safeguard.model.MissingValueException;

/**
 * One data row of a {@link CsvTable}: its cells by column name, as text or typed, each refusal a
 * {@link CsvInputException} naming the file, row, line and column but never the cell.
 *
 * <p>Numbers are written as plain decimals with a point ({@code 4.5}), never with an exponent, a
 * sign or a decimal comma: {@code 2,500} is refused in a decimal column, because a spreadsheet set
 * to another locale writes two and a half that way. A whole count may group thousands with commas
 * ({@code "1,116,062"}), which cannot be mistaken. A decimal has at most {@link #MAX_INTEGER_DIGITS}
 * digits before the point and {@link #MAX_DECIMAL_PLACES} after it.
 *
 * <p>Immutable.
 */
public final class CsvRow {
  /** The most digits a decimal cell may have before its point. */
  public static final int MAX_INTEGER_DIGITS = 15;
  /** The most digits a decimal cell may have after its point. */
  public static final int MAX_DECIMAL_PLACES = 10;

  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,19}|[0-9]{1,3}(,[0-9]{3}){1,6}");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]*\\.?[0-9]*");

  private final CsvTable table;
  private final int row;
  private final int line;
  private final List<String> cells;

  CsvRow(CsvTable table, int row, int line, List<String> cells) {
    this.table = table;
    this.row = row;
    this.line = line;
    this.cells = cells;
  }

  /**
   * The row's number among the data rows, from 1.
   *
   * @return the row
   */
  public int row() {
    return row;
  }

  /**
   * The line of the file the row starts on, from 1.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * A refusal of a cell of this row, for a rule the caller checks.
   *
   * @param column the column's name
   * @param rule the rule the cell breaks, in words
   * @return the exception, to throw; it names the cell's place, never its contents
   */
  public CsvInputException refuse(String column, String rule) {
    Integer at = table.index(MissingValueException.require("column", column));
    String value = at == null || cells.get(at).isBlank() ? "(empty)" : CsvInputException.WITHHELD;
    return CsvInputException.at(table.source(), row, line, at == null ? -1 : at + 1, column, column, value,
        MissingValueException.require("rule", rule));
  }

  /**
   * A cell as written, without surrounding spaces; it may hold line breaks if it was quoted.
   *
   * @param column the column's name
   * @return the text; empty when the cell is empty or the file has no such column
   */
  public String text(String column) {
    Integer at = table.index(MissingValueException.require("column", column));
    return at == null ? "" : cells.get(at).strip();
  }

  /**
   * A cell that is one line of text, such as a name or an id: no line break or other control
   * character, so it prints as one line.
   *
   * @param column the column's name
   * @param required whether the cell may be empty
   * @return the text, stripped; empty when allowed and the cell is empty or absent
   * @throws CsvInputException if required and empty, or if the text is not one line
   */
  public String label(String column, boolean required) {
    String value = text(column);
    if (value.isEmpty() && required) {
      throw refuse(column, "every row gives this");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        throw refuse(column, "one line of text, without line breaks or control characters");
      }
    }
    return value;
  }

  /**
   * A whole count from 0 to {@code max}; thousands may be grouped with commas.
   *
   * @param column the column's name
   * @param max the largest count accepted
   * @return the count; empty when the cell is empty or the file has no such column
   * @throws CsvInputException if the cell is not such a count
   */
  public OptionalLong count(String column, long max) {
    String value = text(column);
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    String rule = "a whole number from 0 to " + String.format(Locale.ROOT, "%,d", max);
    if (!WHOLE.matcher(value).matches()) {
      throw refuse(column, rule);
    }
    String digits = value.replace(",", "");
    // 19 digits may still be above Long.MAX_VALUE: compare as a decimal
    if (new BigDecimal(digits).compareTo(BigDecimal.valueOf(max)) > 0) {
      throw refuse(column, rule);
    }
    return OptionalLong.of(Long.parseLong(digits));
  }

  /**
   * A decimal that is not negative, written with a point and nothing else.
   *
   * @param column the column's name
   * @param example a value to show in the rule, for example {@code 4.5}
   * @return the decimal; empty when the cell is empty or the file has no such column
   * @throws CsvInputException if the cell is not such a decimal
   */
  public Optional<BigDecimal> decimal(String column, String example) {
    String value = text(column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(decimal(column, value, "a number of at most " + MAX_INTEGER_DIGITS + " digits before the point and "
        + MAX_DECIMAL_PLACES + " after, written with a point, for example " + MissingValueException.require("example", example)));
  }

  /**
   * A share from 0 to 1, written as a decimal ({@code 0.85}) or a percentage ({@code 85%}).
   *
   * @param column the column's name
   * @return the share as a decimal from 0 to 1; empty when the cell is empty or the file has no such column
   * @throws CsvInputException if the cell is not such a share
   */
  public Optional<BigDecimal> share(String column) {
    String value = text(column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String rule = "a share from 0 to 1 (0.85) or 0% to 100% (85%)";
    boolean percent = value.endsWith("%");
    BigDecimal share = decimal(column, percent ? value.substring(0, value.length() - 1).strip() : value, rule);
    if (percent) {
      share = share.movePointLeft(2);
    }
    if (share.compareTo(BigDecimal.ONE) > 0) {
      throw refuse(column, rule);
    }
    return Optional.of(share);
  }

  /**
   * A yes or no ({@code yes}, {@code y}, {@code true}; {@code no}, {@code n}, {@code false}; any case).
   *
   * @param column the column's name
   * @param whenEmpty the answer when the cell is empty or the file has no such column
   * @return the answer
   * @throws CsvInputException if the cell is neither
   */
  public boolean yesNo(String column, boolean whenEmpty) {
    switch (text(column).toLowerCase(Locale.ROOT)) {
      case "":
        return whenEmpty;
      case "yes":
      case "y":
      case "true":
        return true;
      case "no":
      case "n":
      case "false":
        return false;
      default:
        throw refuse(column, "yes or no");
    }
  }

  private BigDecimal decimal(String column, String value, String rule) {
    if (value.length() > 1 && value.startsWith("-") && DECIMAL.matcher(value.substring(1)).matches()) {
      throw refuse(column, "never negative");
    }
    if (value.indexOf(',') >= 0) {
      throw refuse(column, rule + "; no thousands separators, and a point, not a comma, for decimals");
    }
    int point = value.indexOf('.');
    int whole = point < 0 ? value.length() : point;
    int places = point < 0 ? 0 : value.length() - point - 1;
    if (!DECIMAL.matcher(value).matches() || whole + places == 0 || whole > MAX_INTEGER_DIGITS || places > MAX_DECIMAL_PLACES) {
      throw refuse(column, rule);
    }
    return new BigDecimal(value);
  }
}
