package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A MARAC referral's meeting date was set; carries the updated referral. */
@Value.Immutable
@ModelStyle
public abstract non-sealed class MaracMeetingSet implements CaseEvent {
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
    return referral().meetingOn().orElseThrow();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.MARAC_MEETING_SET;
  }

  public static MaracMeetingSet of(String caseId, long revision, MaracReferral referral) {
    return ImmutableMaracMeetingSet.of(caseId, revision, referral);
  }
}
