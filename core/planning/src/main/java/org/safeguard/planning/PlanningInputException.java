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

import org.jspecify.annotations.Nullable;
import org.safeguard.model.InvalidInputException;

/**
 * Planning input that breaks a rule: a negative count, a share above one, a caseload of zero, a
 * number beyond what the calculators take. Names the field, the value and the rule. A file of areas
 * or posts is refused with the CSV reader's {@link org.safeguard.csv.CsvInputException} instead,
 * which also says where.
 */
public final class PlanningInputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Input that breaks a rule.
   *
   * @param field the field that breaks the rule
   * @param value the value given, or null if none
   * @param rule the rule in words
   */
  public PlanningInputException(String field, @Nullable Object value, String rule) {
    super(field, value, rule);
  }
}
