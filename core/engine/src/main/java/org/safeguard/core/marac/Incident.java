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
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;
import org.safeguard.model.StableId;

/**
 * One domestic-abuse incident known to an agency: when, what kind, and who reported it; and, where
 * the case system records them, its own ids for the incident and for the perpetrator. Those are
 * references the case system owns ({@link StableId#isValidReference}), never names.
 */
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
   * What kind of incident it was; the policy says which kinds make a repeat referral.
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
   * The case system's id for this incident, where it has one. The same incident reported by two
   * agencies under one id counts once towards potential escalation.
   *
   * @return the incident's id, or empty when not recorded
   */
  public abstract Optional<String> incidentId();

  /**
   * The case system's id for the perpetrator, where recorded. A repeat needs the same perpetrator
   * as the earlier referrals where both are recorded.
   *
   * @return the perpetrator's id, or empty when not recorded
   */
  public abstract Optional<String> perpetratorId();

  /**
   * An incident on a date, with no ids recorded.
   *
   * @param date the date of the incident
   * @param type what kind of incident it was
   * @param reportedBy the agency that reported it
   * @return the incident
   */
  public static Incident of(LocalDate date, IncidentType type, Agency reportedBy) {
    return ImmutableIncident.of(date, type, reportedBy);
  }

  /**
   * Starts a builder, for an incident with its ids.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Incident}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableIncident.Builder generated = new ImmutableIncident.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(Incident instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link Incident#date() date}.
     *
     * @param date the value
     * @return this builder
     */
    public Builder date(LocalDate date) {
      generated.date(MissingValueException.require("date", date));
      return this;
    }

    /**
     * Sets {@link Incident#type() type}.
     *
     * @param type the value
     * @return this builder
     */
    public Builder type(IncidentType type) {
      generated.type(MissingValueException.require("type", type));
      return this;
    }

    /**
     * Sets {@link Incident#reportedBy() reportedBy}.
     *
     * @param reportedBy the value
     * @return this builder
     */
    public Builder reportedBy(Agency reportedBy) {
      generated.reportedBy(MissingValueException.require("reportedBy", reportedBy));
      return this;
    }

    /**
     * Sets {@link Incident#incidentId() incidentId}.
     *
     * @param incidentId the value
     * @return this builder
     */
    public Builder incidentId(String incidentId) {
      generated.incidentId(MissingValueException.require("incidentId", incidentId));
      return this;
    }

    /**
     * Sets {@link Incident#incidentId() incidentId}, present or empty.
     *
     * @param incidentId the value, or empty
     * @return this builder
     */
    public Builder incidentId(Optional<String> incidentId) {
      generated.incidentId(MissingValueException.require("incidentId", incidentId));
      return this;
    }

    /**
     * Sets {@link Incident#perpetratorId() perpetratorId}.
     *
     * @param perpetratorId the value
     * @return this builder
     */
    public Builder perpetratorId(String perpetratorId) {
      generated.perpetratorId(MissingValueException.require("perpetratorId", perpetratorId));
      return this;
    }

    /**
     * Sets {@link Incident#perpetratorId() perpetratorId}, present or empty.
     *
     * @param perpetratorId the value, or empty
     * @return this builder
     */
    public Builder perpetratorId(Optional<String> perpetratorId) {
      generated.perpetratorId(MissingValueException.require("perpetratorId", perpetratorId));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public Incident build() {
      return generated.build();
    }
  }

  /** Runs when the value is built: its date is one a record may carry ({@link RecordDates}), its ids are references. */
  @Value.Check
  protected void check() {
    RecordDates.require("incident.date", date());
    incidentId().ifPresent(id -> StableId.requireReference("incident.incidentId", id));
    perpetratorId().ifPresent(id -> StableId.requireReference("incident.perpetratorId", id));
  }
}
