package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A contact with the victim. */
@Value.Immutable
@ModelStyle
public abstract non-sealed class ContactRecorded implements CaseEvent {
  @Override
  @Value.Parameter
  public abstract String caseId();

  @Override
  @Value.Parameter
  public abstract long revision();

  @Value.Parameter
  public abstract Contact contact();

  @Override
  public LocalDate on() {
    return contact().on();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.CONTACT_RECORDED;
  }

  public static ContactRecorded of(String caseId, long revision, Contact contact) {
    return ImmutableContactRecorded.of(caseId, revision, contact);
  }
}
