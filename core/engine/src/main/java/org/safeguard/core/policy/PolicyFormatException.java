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
package org.safeguard.core.policy;

import org.safeguard.model.InvalidInputException;

/** A threshold policy file that cannot be read as a policy: names the file, the key and the rule. */
public final class PolicyFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The file or class path resource the policy came from. */
  private final String source;

  /**
   * A refusal naming where the policy came from, so a county can find the line to fix.
   *
   * @param source the file or class path resource the policy came from
   * @param key the key refused, such as {@code marac.minimum-age}
   * @param value the refused value, or where in the file it was
   * @param rule the rule it broke, in words
   */
  public PolicyFormatException(String source, String key, Object value, String rule) {
    super(key, value, rule + " (in " + source + ")");
    this.source = source;
  }

  /**
   * The file or class path resource the policy came from.
   *
   * @return the source, as given to the reader
   */
  public String source() {
    return source;
  }
}
