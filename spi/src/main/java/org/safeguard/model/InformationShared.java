package org.safeguard.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** Information shared with an agency, with its basis. */
@Value.Immutable
@ModelStyle
public abstract non-sealed class InformationShared implements CaseEvent {
  @Override
  @Value.Parameter
  public abstract String caseId();

  @Override
  @Value.Parameter
  public abstract long revision();

  @Value.Parameter
  public abstract InformationSharing sharing();

  @Override
  public LocalDate on() {
    return sharing().on();
  }

  @Override
  public CaseEventType type() {
    return CaseEventType.INFORMATION_SHARED;
  }

  public static InformationShared of(String caseId, long revision, InformationSharing sharing) {
    return ImmutableInformationShared.of(caseId, revision, sharing);
  }
}
