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
import org.safeguard.model.StableId;

/**
 * A victim's case linked to a perpetrator case: the victim-side case id (a reference to the IDVA
 * service's or MARAC's case, never a name), whether this is the primary victim, and how the two
 * are related and live, and the day the link was made (for the primary victim, the referral).
 *
 * @param victimCaseId the victim's case id in the embedding system: letters, digits and {@code .-_:}, at most 64
 * @param primary whether this is the case's primary victim; a case has exactly one
 * @param relationship how the perpetrator is related to the victim
 * @param livingArrangement whether they live together
 * @param linkedOn the day the link was made
 */
public record VictimLink(String victimCaseId, boolean primary, Relationship relationship, LivingArrangement livingArrangement,
    LocalDate linkedOn) {
  /**
   * Checks the parts.
   *
   * @param victimCaseId the victim's case id
   * @param primary whether this is the primary victim
   * @param relationship the relationship
   * @param livingArrangement the living arrangement
   * @param linkedOn the day the link was made
   * @throws MissingValueException when a part is null
   * @throws org.safeguard.model.InvalidInputException when the case id is not a reference or the day is out of range
   */
  public VictimLink {
    StableId.requireReference("victimCaseId", victimCaseId);
    MissingValueException.require("relationship", relationship);
    MissingValueException.require("livingArrangement", livingArrangement);
    RecordDates.require("linkedOn", linkedOn);
  }

  /**
   * The case's primary victim: the one whose case the referral came from.
   *
   * @param victimCaseId the victim's case id in the embedding system
   * @param relationship how the perpetrator is related to the victim
   * @param livingArrangement whether they live together
   * @param linkedOn the day the link was made: for the primary victim, the referral
   * @return the link
   * @throws MissingValueException when a part is null
   * @throws org.safeguard.model.InvalidInputException when the case id is not a reference or the day is out of range
   */
  public static VictimLink primary(String victimCaseId, Relationship relationship, LivingArrangement livingArrangement,
      LocalDate linkedOn) {
    return new VictimLink(victimCaseId, true, relationship, livingArrangement, linkedOn);
  }

  /**
   * An additional victim linked to the case (a new partner, a family member), not its primary one.
   *
   * @param victimCaseId the victim's case id in the embedding system
   * @param relationship how the perpetrator is related to the victim
   * @param livingArrangement whether they live together
   * @param linkedOn the day the link was made
   * @return the link
   * @throws MissingValueException when a part is null
   * @throws org.safeguard.model.InvalidInputException when the case id is not a reference or the day is out of range
   */
  public static VictimLink additional(String victimCaseId, Relationship relationship, LivingArrangement livingArrangement,
      LocalDate linkedOn) {
    return new VictimLink(victimCaseId, false, relationship, livingArrangement, linkedOn);
  }
}
