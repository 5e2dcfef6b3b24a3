package org.safeguard.core.casework;

import java.time.LocalDate;
import org.safeguard.model.MissingValueException;

/**
 * The case closed.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param closure when and why the case closed
 */
public record CaseClosed(String caseId, long revision, Closure closure) implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param closure when and why the case closed
   * @throws MissingValueException when a part is null
   */
  public CaseClosed {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("closure", closure);
  }

  @Override
  public LocalDate on() {
    return closure.on();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.CASE_CLOSED;
  }
}
