package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** The case opened on referral, with its intake measures. */
@Value.Immutable
@ModelStyle
public abstract class CaseOpened implements CaseEvent {
  @Override
  @Value.Parameter
  public abstract String caseId();

  @Override
  @Value.Parameter
  public abstract long revision();

  @Value.Parameter
  public abstract Measures intake();

  @Override
  public LocalDate on() {
    return intake().on();
  }

  public static CaseOpened of(String caseId, long revision, Measures intake) {
    return ImmutableCaseOpened.of(caseId, revision, intake);
  }
}
