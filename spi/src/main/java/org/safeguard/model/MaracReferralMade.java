package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A referral by the MARAC screen: to a MARAC, a medium-risk MARAC or children's safeguarding, with the routes that fired. */
@Value.Immutable
@ModelStyle
public abstract non-sealed class MaracReferralMade implements CaseEvent {
  @Override
  @Value.Parameter
  public abstract String caseId();

  @Override
  @Value.Parameter
  public abstract long revision();

  @Value.Parameter
  public abstract MaracReferral referral();

  @Override
  public LocalDate on() {
    return referral().referredOn();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.MARAC_REFERRAL_MADE;
  }

  public static MaracReferralMade of(String caseId, long revision, MaracReferral referral) {
    return ImmutableMaracReferralMade.of(caseId, revision, referral);
  }
}
