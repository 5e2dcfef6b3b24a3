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
 * A closure plan agreed for the case.
 *
 * @param caseId the perpetrator case's id
 * @param revision the revision this event made
 * @param plan the plan
 */
public record ClosurePlanned(String caseId, long revision, ClosurePlan plan) implements PerpetratorEvent {
  /**
   * Refuses a missing part, naming it.
   *
   * @param caseId the perpetrator case's id
   * @param revision the revision this event made
   * @param plan the plan
   * @throws org.safeguard.model.InvalidInputException when a part is missing
   */
  public ClosurePlanned {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("plan", plan);
  }

  @Override
  public LocalDate on() {
    return plan.agreedOn();
  }
}
