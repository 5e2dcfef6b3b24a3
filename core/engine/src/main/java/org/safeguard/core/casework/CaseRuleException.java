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
package org.safeguard.core.casework;

import org.safeguard.model.InvalidInputException;

/** A command that the case's rules refuse; the case is left exactly as it was. */
public final class CaseRuleException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal naming what the command tried to record and the rule it broke.
   *
   * @param field the field refused, such as {@code contact.on}
   * @param value the refused value
   * @param rule the rule it broke, in words
   */
  public CaseRuleException(String field, Object value, String rule) {
    super(field, value, rule);
  }
}
