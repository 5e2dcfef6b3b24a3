package org.safeguard.core.casework;

import java.time.LocalDate;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * A MARAC referral's meeting date was set; carries the updated referral.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param referral the referral with its meeting date set
 */
public record MaracMeetingSet(String caseId, long revision, MaracReferral referral) implements CaseEvent {
  /**
   * Refuses a missing part, or a referral without its meeting date, naming the field.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param referral the referral with its meeting date set
   * @throws MissingValueException when a part is null
   * @throws InvalidInputException when the referral has no meeting date
   */
  public MaracMeetingSet {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("referral", referral);
    if (referral.meetingOn().isEmpty()) {
      throw new InvalidInputException("referral.meetingOn", null, "a meeting-set event carries the meeting date");
    }
  }

  @Override
  public LocalDate on() {
    return referral.meetingOn().orElseThrow();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.MARAC_MEETING_SET;
  }
}
