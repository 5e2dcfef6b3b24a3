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
package org.safeguard.model;

/**
 * A required field was null or never set. Thrown by every model builder in place of a bare
 * {@link NullPointerException}, so callers catch one family of typed exceptions.
 */
public final class MissingValueException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** @param what the field name, or the builder's own text naming the fields left unset */
  public MissingValueException(String what) {
    super(fieldOf(what), null, "is required");
  }

  /**
   * Returns the value, or throws naming the field when it is null: the one null check behind every
   * hand-written constructor and command, so a missing argument is always this exception.
   *
   * @param <T> the value's type
   * @param field the name of the field or parameter, as the caller knows it
   * @param value the value to check
   * @return the value, never null
   * @throws MissingValueException when the value is null
   */
  public static <T> T require(String field, T value) {
    if (value == null) {
      throw new MissingValueException(field);
    }
    return value;
  }

  private static String fieldOf(String what) {
    int open = what.indexOf('[');
    int close = what.lastIndexOf(']');
    return open >= 0 && close > open ? what.substring(open + 1, close) : what;
  }
}
