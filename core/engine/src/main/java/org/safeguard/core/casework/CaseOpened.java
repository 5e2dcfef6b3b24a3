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
import java.util.Optional;
import java.util.OptionalInt;
import org.safeguard.model.MissingValueException;

/**
 * The case opened on referral: the referral date, the victim's age where known and the intake
 * measures (T1) where the checklist came with the referral.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param openedOn the date of referral
 * @param victimAge the victim's age in whole years at referral, or empty when not recorded
 * @param intake the intake measures (T1), or empty when they are to be recorded later ({@link IntakeRecorded})
 */
public record CaseOpened(String caseId, long revision, LocalDate openedOn, OptionalInt victimAge, Optional<Measures> intake)
    implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param openedOn the date of referral
   * @param victimAge the victim's age in whole years at referral, or empty when not recorded
   * @param intake the intake measures (T1), or empty when they are to be recorded later
   * @throws MissingValueException when a part is null
   */
  public CaseOpened {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("openedOn", openedOn);
    MissingValueException.require("victimAge", victimAge);
    MissingValueException.require("intake", intake);
  }

  @Override
  public LocalDate on() {
    return openedOn;
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.CASE_OPENED;
  }
}
