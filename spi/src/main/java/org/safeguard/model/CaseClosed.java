package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** The case closed. */
@Value.Immutable
@ModelStyle
public abstract non-sealed class CaseClosed implements CaseEvent {
  @Override
  @Value.Parameter
  public abstract String caseId();

  @Override
  @Value.Parameter
  public abstract long revision();

  @Value.Parameter
  public abstract Closure closure();

  @Override
  public LocalDate on() {
    return closure().on();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.CASE_CLOSED;
  }

  public static CaseClosed of(String caseId, long revision, Closure closure) {
    return ImmutableCaseClosed.of(caseId, revision, closure);
  }
}
