package org.safeguard.model;

import java.time.LocalDate;

/**
 * Something a command did to a case, for the embedding system to persist and audit. Each event
 * names the case, the revision it produced, and the date it concerns; the concrete type says what
 * happened and carries the new record.
 */
public interface CaseEvent {
  String caseId();

  /** The case revision this event produced. */
  long revision();

  /** The date the event concerns (the contact's date, the review's date, ...). */
  LocalDate on();
}
