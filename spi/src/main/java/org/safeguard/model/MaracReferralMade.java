package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A MARAC referral, with the routes that fired. */
@Value.Immutable
@ModelStyle
public abstract class MaracReferralMade implements CaseEvent {
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

  public static MaracReferralMade of(String caseId, long revision, MaracReferral referral) {
    return ImmutableMaracReferralMade.of(caseId, revision, referral);
  }
}
