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

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;

/**
 * Planning input that breaks a rule: a negative count, a share above one, a caseload of zero, a
 * missing or non-numeric column. Names the field, the value and the rule; when the input came from
 * a file, also the file, the row (the header is row 0, data rows count from 1) and the line an
 * editor would jump to.
 */
public final class PlanningInputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The file or resource the input came from; null for input built in code. */
  private final @Nullable String source;
  /** The data row, from 1, or 0 for the header; -1 for input built in code. */
  private final int row;
  /** The line of the file the row starts on, from 1; -1 for input built in code. */
  private final int line;

  /**
   * Input built in code: no file, no row.
   *
   * @param field the field or column that breaks the rule
   * @param value the value given, or null if none
   * @param rule the rule in words
   */
  public PlanningInputException(String field, @Nullable Object value, String rule) {
    super(field, value, rule);
    this.source = null;
    this.row = -1;
    this.line = -1;
  }

  /**
   * Input read from a file.
   *
   * @param source the file or resource, as given
   * @param row the data row, from 1; 0 for the header
   * @param line the line of the file the row starts on, from 1
   * @param field the column that breaks the rule
   * @param value the value given, or null if none
   * @param rule the rule in words
   */
  public PlanningInputException(String source, int row, int line, String field, @Nullable Object value, String rule) {
    super(field, value, rule);
    this.source = source;
    this.row = row;
    this.line = line;
  }

  /**
   * The file or resource the input came from.
   *
   * @return the source; empty for input built in code
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The data row, from 1, or 0 for the header.
   *
   * @return the row; empty for input built in code
   */
  public OptionalInt row() {
    return row < 0 ? OptionalInt.empty() : OptionalInt.of(row);
  }

  /**
   * The line of the file the row starts on, from 1, so that an editor can jump to it.
   *
   * @return the line; empty for input built in code
   */
  public OptionalInt line() {
    return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  @Override
  public @Nullable String getMessage() {
    if (source == null) {
      return super.getMessage();
    }
    String what = "field " + field() + " = " + value() + ": " + rule();
    String where = row == 0 ? "header" : "row " + row;
    return source + " " + where + " (line " + line + "), " + what;
  }
}
