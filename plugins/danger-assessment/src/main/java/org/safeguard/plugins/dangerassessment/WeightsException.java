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
package org.safeguard.plugins.dangerassessment;

import org.safeguard.model.InvalidInputException;

/**
 * The Danger Assessment weights could not be loaded: none were supplied, or the file breaks a
 * rule. Names the file or resource, the key (an item id, or {@code weights} for the file as a
 * whole), the value and the rule.
 */
public final class WeightsException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The source of weights that were never found. */
  public static final String NONE = "(none)";

  /** Where the weights were read from, or {@link #NONE}. */
  private final String source;

  /**
   * Weights that could not be loaded.
   *
   * @param source the file or classpath resource, or {@link #NONE} when none was found
   * @param key the item id at fault, or {@code weights} for the file as a whole
   * @param value the value at fault, shown in the message: a weight or a location, never an answer
   * @param rule the rule it broke, in words
   */
  public WeightsException(String source, String key, Object value, String rule) {
    super(key, value, NONE.equals(source) ? rule : rule + " (in " + source + ")");
    this.source = source;
  }

  /**
   * The file or classpath resource the weights came from, or {@link #NONE} when none was found.
   *
   * @return the source
   */
  public String source() {
    return source;
  }
}
