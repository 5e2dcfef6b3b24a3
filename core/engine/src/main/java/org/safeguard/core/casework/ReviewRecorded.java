package org.safeguard.core.casework;

import java.time.LocalDate;
import org.safeguard.model.MissingValueException;

/**
 * A review (T2).
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param review the review, with its measures and outcome answers
 */
public record ReviewRecorded(String caseId, long revision, Review review) implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param review the review, with its measures and outcome answers
   * @throws MissingValueException when a part is null
   */
  public ReviewRecorded {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("review", review);
  }

  @Override
  public LocalDate on() {
    return review.on();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.REVIEW_RECORDED;
  }
}
