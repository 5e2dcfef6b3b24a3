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

import java.time.LocalDate;
import org.safeguard.model.MissingValueException;

/**
 * The intake measures (T1) of a case that opened without them: the checklist completed after
 * referral.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param intake the intake measures, with the risk assessment
 */
public record IntakeRecorded(String caseId, long revision, Measures intake) implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param intake the intake measures, with the risk assessment
   * @throws MissingValueException when a part is null
   */
  public IntakeRecorded {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("intake", intake);
  }

  @Override
  public LocalDate on() {
    return intake.on();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.INTAKE_RECORDED;
  }
}
