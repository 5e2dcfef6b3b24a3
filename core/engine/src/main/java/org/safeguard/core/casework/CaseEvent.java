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

/**
 * Something a command did to a case, for the embedding system to persist and audit. Each event
 * names the case, the revision it produced, the date it concerns and its {@link #type()}; the
 * concrete type carries the new record. The hierarchy is sealed, so a switch over the types can be
 * complete: together the events rebuild the case.
 */
public sealed interface CaseEvent
    permits CaseOpened,
        SafetyPlanRevised,
        InterventionStarted,
        InterventionEnded,
        ContactRecorded,
        IncidentRecorded,
        MaracReferralMade,
        MaracMeetingSet,
        ReviewRecorded,
        ConsentRecorded,
        InformationShared,
        CaseClosed,
        IntakeRecorded {
  /**
   * The case's id in the embedding system.
   *
   * @return the case id
   */
  String caseId();

  /**
   * The case revision this event produced.
   *
   * @return the revision, from 1 for the opening
   */
  long revision();

  /**
   * The date the event concerns (the contact's date, the review's date, ...).
   *
   * @return the date
   */
  LocalDate on();

  /**
   * A stable tag for the kind of event.
   *
   * @return the event's type
   */
  CaseEventType type();
}
