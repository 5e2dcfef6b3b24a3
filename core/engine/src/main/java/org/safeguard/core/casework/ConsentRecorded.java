package org.safeguard.core.casework;

import java.time.LocalDate;
import org.safeguard.model.MissingValueException;

/**
 * A consent; it replaces the one in force.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param consent the consent now in force
 */
public record ConsentRecorded(String caseId, long revision, Consent consent) implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param consent the consent now in force
   * @throws MissingValueException when a part is null
   */
  public ConsentRecorded {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("consent", consent);
  }

  @Override
  public LocalDate on() {
    return consent.recordedOn();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.CONSENT_RECORDED;
  }
}
