package org.safeguard.core.casework;

import java.time.LocalDate;
import org.safeguard.model.MissingValueException;

/**
 * A referral by the MARAC screen: to a MARAC, a medium-risk MARAC or children's safeguarding, with the routes that fired.
 *
 * @param caseId the case's id in the embedding system
 * @param revision the case revision this event produced
 * @param referral the referral as made, with the routes that fired
 */
public record MaracReferralMade(String caseId, long revision, MaracReferral referral) implements CaseEvent {
  /**
   * Refuses a missing part with a {@link MissingValueException} naming it.
   *
   * @param caseId the case's id in the embedding system
   * @param revision the case revision this event produced
   * @param referral the referral as made, with the routes that fired
   * @throws MissingValueException when a part is null
   */
  public MaracReferralMade {
    MissingValueException.require("caseId", caseId);
    MissingValueException.require("referral", referral);
  }

  @Override
  public LocalDate on() {
    return referral.referredOn();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.MARAC_REFERRAL_MADE;
  }
}
