package org.safeguard.core.casework;

import java.time.LocalDate;
import org.safeguard.model.MissingValueException;

/**
 * A contact with the victim.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param contact the contact with the victim
 */
public record ContactRecorded(String caseId, long revision, Contact contact) implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param contact the contact with the victim
   * @throws MissingValueException when a part is null
   */
  public ContactRecorded {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("contact", contact);
  }

  @Override
  public LocalDate on() {
    return contact.on();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.CONTACT_RECORDED;
  }
}
