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

import java.util.Set;

/**
 * An answer outside the answer scale the instrument declares, or a word that is no answer at all.
 * The message withholds the answer, so it is safe to log; {@link #value()} has it.
 */
public final class AnswerOutOfScaleException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * An answer outside an instrument's scale.
   *
   * @param field the item or parameter the answer was for
   * @param value the refused answer, kept for {@link #value()} but withheld from the message
   * @param scale the answers the instrument accepts
   * @param whose what the scale belongs to, for the message, for example an instrument's id
   */
  public AnswerOutOfScaleException(String field, Object value, Set<Answer> scale, String whose) {
    super(field, value, "answers to " + whose + " must be one of " + scale, true);
  }

  /**
   * A rating or other answer that breaks {@code rule}.
   *
   * @param field the item or parameter the answer was for
   * @param value the refused answer, kept for {@link #value()} but withheld from the message
   * @param rule the rule it broke, in words
   */
  public AnswerOutOfScaleException(String field, Object value, String rule) {
    super(field, value, rule, true);
  }
}
