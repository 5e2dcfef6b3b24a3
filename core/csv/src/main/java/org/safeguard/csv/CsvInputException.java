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

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;

/**
 * A CSV file or one of its cells that breaks a rule. Names the file as given, the rule, and where
 * there is one the row (the header is row 0, data rows count from 1), the line an editor would jump
 * to and the column (from 1, with its name when the header gives one):
 *
 * <pre>
 * areas.csv row 2, line 3, column 4 (marac_cases): a whole number from 0 to 10,000,000,000
 * areas.csv: a directory, not a file
 * </pre>
 *
 * <p>A cell's contents are never part of the exception, neither in its message nor in {@link
 * #value()}: a file may hold answers, names and free text, and host systems log exception messages.
 * {@link #value()} says only what kind of value was refused ({@code (empty)}, {@code (missing)},
 * {@code (withheld)}).
 */
public final class CsvInputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The value of a refused cell, whose contents are never kept. */
  static final String WITHHELD = "(withheld)";

  /** The file or resource, as given. */
  private final String source;
  /** The row, 0 for the header, from 1 for data rows; -1 when the whole file is refused. */
  private final int row;
  /** The line, from 1; -1 when the whole file is refused. */
  private final int line;
  /** The column, from 1; -1 when no one column is at fault. */
  private final int column;
  /** The column's name, when the header gives one. */
  private final @Nullable String columnName;

  private CsvInputException(String source, int row, int line, int column, @Nullable String columnName, String field,
      String value, String rule) {
    super(field, value, rule, true);
    this.source = source;
    this.row = row;
    this.line = line;
    this.column = column;
    this.columnName = columnName;
  }

  /** The whole file is refused: it cannot be read, is too large, or is empty. */
  static CsvInputException file(String source, String rule) {
    return new CsvInputException(source, -1, -1, -1, null, "(file)", "(file)", rule);
  }

  /**
   * A row, or a cell of it, is refused.
   *
   * @param row 0 for the header, from 1 for data rows
   * @param line the line, from 1
   * @param column the column from 1, or -1 when no one column is at fault
   * @param columnName the column's name, or null when the header does not give it
   * @param field names what is refused when no column is: {@code (rows)}, {@code (header)}
   * @param value what kind of value was refused, never the cell itself
   */
  static CsvInputException at(String source, int row, int line, int column, @Nullable String columnName, String field,
      String value, String rule) {
    return new CsvInputException(source, row, line, column, columnName, columnName != null ? columnName : field, value, rule);
  }

  /**
   * The file or resource the text came from, as given.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The row: 0 for the header, from 1 for data rows (comment and blank lines are not rows).
   *
   * @return the row; empty when the whole file is refused
   */
  public OptionalInt row() {
    return row < 0 ? OptionalInt.empty() : OptionalInt.of(row);
  }

  /**
   * The line of the file, from 1, that an editor would jump to: where the row starts, or where an
   * undecodable byte is.
   *
   * @return the line; empty when the whole file is refused
   */
  public OptionalInt line() {
    return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /**
   * The column, from 1.
   *
   * @return the column; empty when the whole file, a whole row, or a column missing from the
   *     header is refused
   */
  public OptionalInt column() {
    return column < 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  @Override
  public String getMessage() {
    StringBuilder where = new StringBuilder();
    if (row == 0) {
      where.append("header");
    } else if (row > 0) {
      where.append("row ").append(row);
    }
    if (line > 0) {
      where.append(where.length() > 0 ? ", " : "").append("line ").append(line);
    }
    if (column > 0) {
      where.append(where.length() > 0 ? ", " : "").append("column ").append(column);
      if (columnName != null) {
        where.append(" (").append(columnName).append(')');
      }
    } else if (columnName != null) {
      where.append(where.length() > 0 ? ", " : "").append("column ").append(columnName);
    }
    return source + (where.length() > 0 ? " " + where : "") + ": " + rule();
  }
}
