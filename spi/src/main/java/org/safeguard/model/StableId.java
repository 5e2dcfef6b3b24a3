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

import org.jspecify.annotations.Nullable;

/**
 * The one rule for the stable ids of instruments, items, policies, providers and intervention
 * kinds: lower-case letters and digits joined by single hyphens, such as {@code safelives-dash-ric}.
 */
public final class StableId {
  /** The longest id accepted: ids are keys and appear in log lines, so they stay short. */
  public static final int MAX_LENGTH = 64;

  private StableId() {}

  /**
   * Whether a string keeps the rule.
   *
   * @param id the candidate id; null is not valid
   * @return true when it is lower-case letters and digits joined by single hyphens, at most
   *     {@value #MAX_LENGTH} characters
   */
  public static boolean isValid(@Nullable String id) {
    if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && (c != '-' || id.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the id, or throws naming the field when it breaks the rule.
   *
   * @param field the name of the field or parameter, for the error
   * @param id the candidate id
   * @return the id, unchanged
   * @throws MissingValueException when the id is null
   * @throws InvalidInputException when the id breaks the rule
   */
  public static String require(String field, String id) {
    MissingValueException.require("field", field);
    MissingValueException.require(field, id);
    if (!isValid(id)) {
      throw new InvalidInputException(field, id, "must be lower-case letters and digits joined by single hyphens, at most "
          + MAX_LENGTH + " characters");
    }
    return id;
  }
}
