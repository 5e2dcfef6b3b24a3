package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A consent; it replaces the one in force. */
@Value.Immutable
@ModelStyle
public abstract non-sealed class ConsentRecorded implements CaseEvent {
  @Override
  @Value.Parameter
  public abstract String caseId();

  @Override
  @Value.Parameter
  public abstract long revision();

  @Value.Parameter
  public abstract Consent consent();

  @Override
  public LocalDate on() {
    return consent().recordedOn();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.CONSENT_RECORDED;
  }

  public static ConsentRecorded of(String caseId, long revision, Consent consent) {
    return ImmutableConsentRecorded.of(caseId, revision, consent);
  }
}
