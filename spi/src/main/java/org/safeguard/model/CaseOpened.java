package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** The case opened on referral: the referral date, the victim's age and the intake measures (T1). */
@Value.Immutable
@ModelStyle
public abstract non-sealed class CaseOpened implements CaseEvent {
  @Override
  @Value.Parameter
  public abstract String caseId();

  @Override
  @Value.Parameter
  public abstract long revision();

  /** The referral date. */
  @Value.Parameter
  public abstract LocalDate openedOn();

  @Value.Parameter
  public abstract int victimAge();

  @Value.Parameter
  public abstract Measures intake();

  @Override
  public LocalDate on() {
    return openedOn();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.CASE_OPENED;
  }

  public static CaseOpened of(String caseId, long revision, LocalDate openedOn, int victimAge, Measures intake) {
    return ImmutableCaseOpened.of(caseId, revision, openedOn, victimAge, intake);
  }
}
