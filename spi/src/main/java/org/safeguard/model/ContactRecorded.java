package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A contact with the victim. */
@Value.Immutable
@ModelStyle
public abstract class ContactRecorded implements CaseEvent {
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

  public static ContactRecorded of(String caseId, long revision, Contact contact) {
    return ImmutableContactRecorded.of(caseId, revision, contact);
  }
}
