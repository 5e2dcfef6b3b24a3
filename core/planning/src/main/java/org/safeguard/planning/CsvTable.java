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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file split into a header and data rows, each row with the line it starts on, so that every
 * refusal can name the file, the row, the line and the column. Comma-separated, fields with a
 * comma, quote or line break in double quotes (RFC 4180); lines starting with {@code #} are
 * comments and blank lines are skipped; a byte-order mark is ignored. Column names are matched
 * without regard to case or surrounding spaces.
 */
final class CsvTable {
  /** One row: the line it starts on, its position among data rows (0 for the header), its fields. */
  record Row(int line, int row, List<String> fields) {}

  private final String source;
  private final int headerLine;
  private final Map<String, Integer> columns;
  private final List<Row> rows;

  private CsvTable(String source, int headerLine, Map<String, Integer> columns, List<Row> rows) {
    this.source = source;
    this.headerLine = headerLine;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Parses text and checks its header: every column known, none twice, the required ones there.
   *
   * @param what what a row of the file is, for messages ("area", "post")
   */
  static CsvTable parse(String text, String source, String what, List<String> known, List<String> required) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Row> all = split(body, source);
    if (all.isEmpty()) {
      throw new PlanningInputException(source, 0, 1, "(header)", "(missing)",
          "the file starts with a header row naming its columns: " + String.join(",", required) + ", ...");
    }
    Row header = all.get(0);
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
      if (!known.contains(name)) {
        throw new PlanningInputException(source, 0, header.line(), "column " + (i + 1), name.isEmpty() ? "(blank)" : name,
            "not a column of a" + (what.matches("[aeiou].*") ? "n " : " ") + what + "s file; the columns are " + String.join(", ", known));
      }
      if (columns.putIfAbsent(name, i) != null) {
        throw new PlanningInputException(source, 0, header.line(), "column " + (i + 1), name, "each column appears once");
      }
    }
    for (String column : required) {
      if (!columns.containsKey(column)) {
        throw new PlanningInputException(source, 0, header.line(), column, "(missing)",
            "every " + what + "s file has this column");
      }
    }
    if (all.size() == 1) {
      throw new PlanningInputException(source, 0, header.line(), "(rows)", "(none)", "the file has at least one " + what + " after its header");
    }
    for (Row row : all.subList(1, all.size())) {
      if (row.fields().size() != columns.size()) {
        throw new PlanningInputException(source, row.row(), row.line(), "(columns)", row.fields().size() + " fields",
            "a row has one field per header column, " + columns.size());
      }
    }
    return new CsvTable(source, header.line(), columns, List.copyOf(all.subList(1, all.size())));
  }

  List<Row> rows() {
    return rows;
  }

  String source() {
    return source;
  }

  int headerLine() {
    return headerLine;
  }

  boolean has(String column) {
    return columns.containsKey(column);
  }

  /** The field, stripped; empty when the column is absent. */
  String text(Row row, String column) {
    Integer at = columns.get(column);
    return at == null ? "" : row.fields().get(at).strip();
  }

  PlanningInputException fail(Row row, String column, Object value, String rule) {
    return new PlanningInputException(source, row.row(), row.line(), column, value, rule);
  }

  /** A required text field. */
  String requiredText(Row row, String column) {
    String value = text(row, column);
    if (value.isEmpty()) {
      throw fail(row, column, "(empty)", "every row gives this value");
    }
    return value;
  }

  /** A whole count, or null when the field is empty and {@code required} is false. */
  @Nullable Long count(Row row, String column, boolean required) {
    String value = text(row, column);
    if (value.isEmpty()) {
      if (required) {
        throw fail(row, column, "(empty)", "every row gives this count");
      }
      return null;
    }
    BigDecimal number = number(row, column, value, "a whole number, for example 459661");
    if (number.signum() < 0) {
      throw fail(row, column, value, "a count is never negative");
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw fail(row, column, value, "a whole number, for example 459661");
    }
  }

  /** A decimal, or null when the field is empty; never negative. */
  @Nullable BigDecimal decimal(Row row, String column, String example) {
    String value = text(row, column);
    if (value.isEmpty()) {
      return null;
    }
    BigDecimal number = number(row, column, value, "a number, for example " + example);
    if (number.signum() < 0) {
      throw fail(row, column, value, "never negative");
    }
    return number;
  }

  /** A share written {@code 0.85} or {@code 85%}, or null when the field is empty. */
  @Nullable BigDecimal share(Row row, String column) {
    String value = text(row, column);
    if (value.isEmpty()) {
      return null;
    }
    boolean percent = value.endsWith("%");
    String digits = percent ? value.substring(0, value.length() - 1).strip() : value;
    BigDecimal number = number(row, column, value, "a share such as 0.85 or 85%", digits);
    if (percent) {
      number = number.movePointLeft(2);
    }
    if (number.signum() < 0 || number.compareTo(BigDecimal.ONE) > 0) {
      throw fail(row, column, value, "a share from 0 to 1 (or 0% to 100%)");
    }
    return number;
  }

  /** {@code yes} or {@code no}; the default when empty. */
  boolean yesNo(Row row, String column, boolean whenEmpty) {
    String value = text(row, column).toLowerCase(Locale.ROOT);
    switch (value) {
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
        throw fail(row, column, value, "yes or no");
    }
  }

  private BigDecimal number(Row row, String column, String value, String rule) {
    return number(row, column, value, rule, value);
  }

  private BigDecimal number(Row row, String column, String value, String rule, String digits) {
    String trimmed = digits.strip();
    // "1,116,062" as a spreadsheet writes it (quoted) reads as 1116062; but a comma that does not
    // group thousands, as in a decimal comma ("4,5"), is refused rather than read as 45
    if (trimmed.indexOf(',') >= 0 && !trimmed.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
      throw fail(row, column, value, rule + "; a comma may only group thousands (1,234), write decimals with a point");
    }
    String plain = trimmed.replace(",", "").replace("_", "");
    if (!plain.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      throw fail(row, column, value, rule);
    }
    return new BigDecimal(plain);
  }

  /** Splits RFC 4180 text into rows, skipping comments and blank lines. */
  private static List<Row> split(String text, String source) {
    List<Row> rows = new ArrayList<>();
    int i = 0;
    int line = 1;
    int n = text.length();
    while (i < n) {
      int start = line;
      if (text.charAt(i) == '#') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
        i++;
        line++;
        continue;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean inQuotes = false;
      boolean wasQuoted = false;
      boolean endOfRow = false;
      while (i < n && !endOfRow) {
        char c = text.charAt(i);
        if (inQuotes) {
          if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          if (c == '"') {
            inQuotes = false;
          } else {
            if (c == '\n') {
              line++;
            }
            field.append(c);
          }
          i++;
        } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
          field.setLength(0);
          inQuotes = true;
          wasQuoted = true;
          i++;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
          i++;
        } else if (c == '\n' || (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
          i += c == '\r' ? 2 : 1;
          line++;
          endOfRow = true;
        } else if (wasQuoted && !Character.isWhitespace(c)) {
          throw new PlanningInputException(source, rows.size(), start, "field " + (fields.size() + 1), "(after quote)",
              "a quoted field ends at its closing quote; write a quote inside it as two quotes");
        } else {
          if (!wasQuoted) {
            field.append(c);
          }
          i++;
        }
      }
      if (inQuotes) {
        throw new PlanningInputException(source, rows.size(), start, "field " + (fields.size() + 1), "(unterminated)",
            "a quoted field needs its closing quote");
      }
      fields.add(field.toString());
      boolean blank = fields.size() == 1 && fields.get(0).isBlank();
      if (!blank) {
        rows.add(new Row(start, rows.size(), List.copyOf(fields)));
      }
    }
    return rows;
  }
}
