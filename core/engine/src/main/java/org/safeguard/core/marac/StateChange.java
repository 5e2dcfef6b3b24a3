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

import java.time.LocalDate;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.RecordDates;

/**
 * A referral's move into a state, on a day.
 *
 * @param state the state entered
 * @param on the day
 */
public record StateChange(ReferralState state, LocalDate on) {
  /**
   * Refuses a missing part or a day out of range, naming it.
   *
   * @param state the state entered
   * @param on the day
   * @throws org.safeguard.model.InvalidInputException when a part is missing or out of range
   */
  public StateChange {
    MissingValueException.require("state", state);
    RecordDates.require("on", on);
  }
}
