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

/**
 * A change recorded on a MARAC meeting, for the embedding system to persist; the meeting is where
 * it stands, the events are how it got there.
 */
public sealed interface MeetingEvent permits MeetingScheduled, AttendanceRecorded, CaseHeard, ActionAgreed, ActionClosed {
  /**
   * The meeting's id.
   *
   * @return the id
   */
  String meetingId();

  /**
   * The revision this event made.
   *
   * @return the revision, from 1 for the scheduling
   */
  long revision();

  /**
   * The day the event concerns.
   *
   * @return the day
   */
  LocalDate on();
}
