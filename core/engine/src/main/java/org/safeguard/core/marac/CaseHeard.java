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
 * A case heard at a meeting.
 *
 * @param meetingId the meeting's id
 * @param revision the revision this event made
 * @param on the day of the meeting
 * @param caseId the case heard
 */
public record CaseHeard(String meetingId, long revision, LocalDate on, String caseId) implements MeetingEvent {
  /**
   * Refuses a missing part, naming it.
   *
   * @param meetingId the meeting's id
   * @param revision the revision this event made
   * @param on the day of the meeting
   * @param caseId the case heard
   * @throws org.safeguard.model.InvalidInputException when a part is missing
   */
  public CaseHeard {
    MissingValueException.require("meetingId", meetingId);
    MissingValueException.require("on", on);
    MissingValueException.require("caseId", caseId);
  }
}
