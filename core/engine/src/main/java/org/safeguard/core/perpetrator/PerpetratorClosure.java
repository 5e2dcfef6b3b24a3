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
package org.safeguard.core.perpetrator;

import java.time.LocalDate;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;

/**
 * How and when a perpetrator case ended.
 *
 * @param on the day it closed
 * @param reason completed, or why it ended early
 */
public record PerpetratorClosure(LocalDate on, ExitReason reason) {
  /**
   * Checks the parts.
   *
   * @param on the day it closed
   * @param reason the reason
   * @throws org.safeguard.model.InvalidInputException when a part is missing or the date out of range
   */
  public PerpetratorClosure {
    RecordDates.require("closure.on", on);
    MissingValueException.require("closure.reason", reason);
  }
}
