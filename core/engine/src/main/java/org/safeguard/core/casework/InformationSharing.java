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
package org.safeguard.core.casework;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;

/**
 * Information about the case shared with an agency, and on what basis: the victim's consent, or,
 * without it, a recorded reason. The case says which it was.
 */
@Value.Immutable
@ModelStyle
public abstract class InformationSharing {
  /** Only the generated implementation in this package extends it. */
  InformationSharing() {}

  /**
   * The date the information was shared.
   *
   * @return the date
   */
  public abstract LocalDate on();

  /**
   * The agency the information was shared with.
   *
   * @return the agency
   */
  public abstract Agency with();

  /**
   * True when the consent in force covered this agency.
   *
   * @return whether the sharing had the victim's consent
   */
  public abstract boolean withConsent();

  /**
   * The reason for sharing without consent; present exactly when there was no consent.
   *
   * @return the reason, or empty when shared with consent
   */
  public abstract Optional<SharingReason> reasonWithoutConsent();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link InformationSharing}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableInformationSharing.Builder generated = new ImmutableInformationSharing.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(InformationSharing instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link InformationSharing#on() on}.
     *
     * @param on the value
     * @return this builder
     */
    public Builder on(LocalDate on) {
      generated.on(MissingValueException.require("on", on));
      return this;
    }

    /**
     * Sets {@link InformationSharing#with() with}.
     *
     * @param with the value
     * @return this builder
     */
    public Builder with(Agency with) {
      generated.with(MissingValueException.require("with", with));
      return this;
    }

    /**
     * Sets {@link InformationSharing#withConsent() withConsent}.
     *
     * @param withConsent the value
     * @return this builder
     */
    public Builder withConsent(boolean withConsent) {
      generated.withConsent(withConsent);
      return this;
    }

    /**
     * Sets {@link InformationSharing#reasonWithoutConsent() reasonWithoutConsent}.
     *
     * @param reasonWithoutConsent the value
     * @return this builder
     */
    public Builder reasonWithoutConsent(SharingReason reasonWithoutConsent) {
      generated.reasonWithoutConsent(MissingValueException.require("reasonWithoutConsent", reasonWithoutConsent));
      return this;
    }

    /**
     * Sets {@link InformationSharing#reasonWithoutConsent() reasonWithoutConsent}, present or empty.
     *
     * @param reasonWithoutConsent the value, or empty
     * @return this builder
     */
    public Builder reasonWithoutConsent(Optional<? extends SharingReason> reasonWithoutConsent) {
      generated.reasonWithoutConsent(MissingValueException.require("reasonWithoutConsent", reasonWithoutConsent));
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public InformationSharing build() {
      return generated.build();
    }
  }

  /**
   * Refuses sharing without consent that has no recorded reason, and sharing with consent that has
   * one, so the basis of every sharing is unambiguous.
   *
   * @throws InvalidInputException naming {@code sharing.reasonWithoutConsent}
   */
  @Value.Check
  protected void check() {
    RecordDates.require("sharing.on", on());
    if (withConsent() == reasonWithoutConsent().isPresent()) {
      throw new InvalidInputException("sharing.reasonWithoutConsent", reasonWithoutConsent(),
          "sharing without consent needs a recorded reason, and sharing with consent has none");
    }
  }
}
