package org.safeguard.core.marac;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.safeguard.core.internal.ValueStyle;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;

/** One domestic-abuse incident known to an agency: when, what kind, and who reported it. */
@Value.Immutable
@ValueStyle
public abstract class Incident {
  /** Only the generated implementation in this package extends it. */
  Incident() {}

  @Value.Parameter
  public abstract LocalDate date();

  @Value.Parameter
  public abstract IncidentType type();

  @Value.Parameter
  public abstract Agency reportedBy();

  public static Incident of(LocalDate date, IncidentType type, Agency reportedBy) {
    return ImmutableIncident.of(date, type, reportedBy);
  }
}
