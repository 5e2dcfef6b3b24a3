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
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * A MARAC referral's meeting date was set; carries the updated referral.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param referral the referral with its meeting date set
 */
public record MaracMeetingSet(String caseId, long revision, MaracReferral referral) implements CaseEvent {
  /**
   * Refuses a missing part, or a referral without its meeting date, naming the field.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param referral the referral with its meeting date set
   * @throws MissingValueException when a part is null
   * @throws InvalidInputException when the referral has no meeting date
   */
  public MaracMeetingSet {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("referral", referral);
    if (referral.meetingOn().isEmpty()) {
      throw new MissingValueException("referral.meetingOn", "a meeting-set event carries the meeting date");
    }
  }

  @Override
  public LocalDate on() {
    return referral.meetingOn().orElseThrow();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.MARAC_MEETING_SET;
  }
}
