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
package org.safeguard.examples.quickstart;

import org.safeguard.model.InvalidInputException;

/**
 * A cases file that cannot be read: names the file, the row (the header, or the n-th case), the
 * line an editor would jump to, the field, the value and the rule. Names and rationale are never
 * echoed; their value reads {@code <redacted>}, as the library does for its own free-text fields.
 */
public final class CaseCsvException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int row;
  private final int line;

  /**
   * @param row the case's position among the data rows, from 1; 0 for the header
   * @param line the line of the file the row starts on, from 1
   */
  public CaseCsvException(String source, int row, int line, String field, Object value, String rule) {
    super(field, value, rule);
    this.source = source;
    this.row = row;
    this.line = line;
  }

  /** The file or resource the cases came from. */
  public String source() {
    return source;
  }

  /** The case's position among the data rows, from 1; 0 when the header is at fault. */
  public int row() {
    return row;
  }

  /** The line of the file the row starts on, from 1. */
  public int line() {
    return line;
  }

  @Override
  public String getMessage() {
    String where = row == 0 ? "header" : "row " + row;
    return source + " " + where + " (line " + line + "), field " + field() + " = " + value() + ": " + rule();
  }
}
