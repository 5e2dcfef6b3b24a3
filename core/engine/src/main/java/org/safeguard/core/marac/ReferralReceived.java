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
import java.util.Set;
import org.safeguard.model.Agency;
import org.safeguard.model.MissingValueException;

/**
 * A referral received by the MARAC.
 *
 * @param referralId the referral's id
 * @param revision the revision this event made, 1
 * @param on the day received
 * @param caseId the victim's case the referral is about
 * @param maracId the MARAC that received it
 * @param referredBy the referring agency
 * @param routes the criteria the referral came by
 */
public record ReferralReceived(String referralId, long revision, LocalDate on, String caseId, String maracId, Agency referredBy,
    Set<MaracRoute> routes) implements ReferralEvent {
  /**
   * Refuses a missing part, naming it, and keeps an unmodifiable copy of the routes.
   *
   * @param referralId the referral's id
   * @param revision the revision this event made, 1
   * @param on the day received
   * @param caseId the victim's case the referral is about
   * @param maracId the MARAC that received it
   * @param referredBy the referring agency
   * @param routes the criteria the referral came by
   * @throws org.safeguard.model.InvalidInputException when a part is missing
   */
  public ReferralReceived {
    MissingValueException.require("referralId", referralId);
    MissingValueException.require("on", on);
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("maracId", maracId);
    MissingValueException.require("referredBy", referredBy);
    routes = Set.copyOf(MissingValueException.requireElements("routes", routes));
  }
}
