package org.safeguard.core.casework;

import java.time.LocalDate;
import org.safeguard.model.MissingValueException;

/**
 * The case opened on referral: the referral date, the victim's age and the intake measures (T1).
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param openedOn the date of referral
 * @param victimAge the victim's age in whole years at referral
 * @param intake the intake measures (T1)
 */
public record CaseOpened(String caseId, long revision, LocalDate openedOn, int victimAge, Measures intake) implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param openedOn the date of referral
   * @param victimAge the victim's age in whole years at referral
   * @param intake the intake measures (T1)
   * @throws MissingValueException when a part is null
   */
  public CaseOpened {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("openedOn", openedOn);
    MissingValueException.require("intake", intake);
  }

  @Override
  public LocalDate on() {
    return openedOn;
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.CASE_OPENED;
  }
}
