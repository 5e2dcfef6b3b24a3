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
package org.safeguard.plugins.exportndjson;

import org.safeguard.model.InvalidInputException;

/**
 * An NDJSON export file that cannot be read back: not one the exporter wrote, of another schema
 * version, or damaged. Names the line and the field and the rule, never a value read, which may be
 * personal.
 */
public final class NdjsonInputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The line of the file, from 1 for the header. */
  private final long line;

  NdjsonInputException(long line, String field, String rule) {
    super("line " + line + ": " + field, "<withheld>", rule, true);
    this.line = line;
  }

  /**
   * The line of the file, from 1 for the header.
   *
   * @return the line number
   */
  public long line() {
    return line;
  }
}
