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
package org.safeguard.core.marac;

import java.math.BigDecimal;
import org.safeguard.model.MissingValueException;

/**
 * A figure of a return outside the range its service expects.
 *
 * @param figure the figure
 * @param value its value in the return
 * @param expected the range the service expects
 */
public record OutOfRange(ReturnFigure figure, BigDecimal value, ExpectedRange expected) {
  /**
   * Refuses a missing part, naming it.
   *
   * @param figure the figure
   * @param value its value
   * @param expected the range expected
   * @throws org.safeguard.model.InvalidInputException when a part is missing
   */
  public OutOfRange {
    MissingValueException.require("figure", figure);
    MissingValueException.require("value", value);
    MissingValueException.require("expected", expected);
  }
}
