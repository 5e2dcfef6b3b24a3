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
        CaseClosed {
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
