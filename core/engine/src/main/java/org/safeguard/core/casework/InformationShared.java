package org.safeguard.core.casework;

import java.time.LocalDate;
import org.safeguard.model.MissingValueException;

/**
 * Information shared with an agency, with its basis.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param sharing what was shared, with whom, and on what basis
 */
public record InformationShared(String caseId, long revision, InformationSharing sharing) implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param sharing what was shared, with whom, and on what basis
   * @throws MissingValueException when a part is null
   */
  public InformationShared {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("sharing", sharing);
  }

  @Override
  public LocalDate on() {
    return sharing.on();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.INFORMATION_SHARED;
  }
}
