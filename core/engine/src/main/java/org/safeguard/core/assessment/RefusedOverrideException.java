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
package org.safeguard.core.assessment;

import org.safeguard.model.InvalidInputException;

/**
 * A professional-judgement override that would lower a level, or lacks who or why. Refused because
 * judgement may raise a computed level but never lower it, and an unexplained change to a level
 * cannot be accounted for.
 */
public final class RefusedOverrideException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * A refused judgement or override.
   *
   * @param field the refused field, for example {@code judgement.level}
   * @param value the refused value, shown in the message: a level or an id, never the free-text
   *     rationale
   * @param rule the rule it broke, in words
   */
  public RefusedOverrideException(String field, Object value, String rule) {
    super(field, value, rule);
  }
}
