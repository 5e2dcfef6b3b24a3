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

/**
 * A statutory lever ended: the lever as it now stands, with its last day.
 *
 * @param caseId the perpetrator case's id
 * @param revision the revision this event made
 * @param lever the lever, its last day set
 */
public record LeverEnded(String caseId, long revision, StatutoryLever lever) implements PerpetratorEvent {
  /**
   * Refuses a missing part, naming it.
   *
   * @param caseId the perpetrator case's id
   * @param revision the revision this event made
   * @param lever the lever, its last day set
   * @throws org.safeguard.model.InvalidInputException when a part is missing, or the lever has no last day
   */
  public LeverEnded {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("lever", lever);
    MissingValueException.require("lever.until", lever.until().orElse(null));
  }

  @Override
  public LocalDate on() {
    return lever.until().orElseThrow();
  }
}
