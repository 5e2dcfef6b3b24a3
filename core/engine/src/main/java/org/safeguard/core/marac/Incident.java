/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.safeguard.core.marac;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;

/** One domestic-abuse incident known to an agency: when, what kind, and who reported it. */
@Value.Immutable
@ModelStyle
public abstract class Incident {
  /** Only the generated implementation in this package extends it. */
  Incident() {}

  /**
   * The date of the incident.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * What kind of incident it was; only some kinds qualify for a repeat referral.
   *
   * @return the type
   */
  @Value.Parameter
  public abstract IncidentType type();

  /**
   * The agency that reported it; any agency's knowledge counts, not only the police's.
   *
   * @return the reporting agency
   */
  @Value.Parameter
  public abstract Agency reportedBy();

  /**
   * An incident on a date.
   *
   * @param date the date of the incident
   * @param type what kind of incident it was
   * @param reportedBy the agency that reported it
   * @return the incident
   */
  public static Incident of(LocalDate date, IncidentType type, Agency reportedBy) {
    return ImmutableIncident.of(date, type, reportedBy);
  }

  /** Runs when the value is built: its dates are ones a record may carry ({@link RecordDates}). */
  @Value.Check
  protected void check() {
    RecordDates.require("incident.date", date());
  }
}
