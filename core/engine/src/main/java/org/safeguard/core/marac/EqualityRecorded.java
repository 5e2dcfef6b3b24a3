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
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.model.MissingValueException;

/**
 * The victim's equality answers recorded, replacing those recorded before. The answers are
 * special-category data: {@link #toString()} shows how many were given, never one of them.
 *
 * @param referralId the referral's id
 * @param revision the revision this event made
 * @param on the day recorded
 * @param profile the answers
 */
public record EqualityRecorded(String referralId, long revision, LocalDate on, EqualityProfile profile) implements ReferralEvent {
  /**
   * Refuses a missing part, naming it.
   *
   * @param referralId the referral's id
   * @param revision the revision this event made
   * @param on the day recorded
   * @param profile the answers
   * @throws org.safeguard.model.InvalidInputException when a part is missing
   */
  public EqualityRecorded {
    MissingValueException.require("referralId", referralId);
    MissingValueException.require("on", on);
    MissingValueException.require("profile", profile);
  }

  /**
   * The event with how many answers were given, never what they are.
   *
   * @return for example {@code EqualityRecorded[referralId=R-1, revision=2, on=2026-04-06, 3 of 5 given]}
   */
  @Override
  public String toString() {
    return "EqualityRecorded[referralId=" + referralId + ", revision=" + revision + ", on=" + on + ", " + profile.given()
        + " of 5 given]";
  }
}
