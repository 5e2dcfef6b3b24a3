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

/**
 * A referral the MARAC did not accept, with the reason.
 *
 * @param referralId the referral's id
 * @param revision the revision this event made
 * @param on the day rejected
 * @param reason why
 */
public record ReferralRejected(String referralId, long revision, LocalDate on, RejectionReason reason) implements ReferralEvent {
  /**
   * Refuses a missing part, naming it.
   *
   * @param referralId the referral's id
   * @param revision the revision this event made
   * @param on the day rejected
   * @param reason why
   * @throws org.safeguard.model.InvalidInputException when a part is missing
   */
  public ReferralRejected {
    MissingValueException.require("referralId", referralId);
    MissingValueException.require("on", on);
    MissingValueException.require("reason", reason);
  }
}
