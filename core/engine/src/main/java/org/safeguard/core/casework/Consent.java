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
import java.util.Set;
import org.immutables.value.Value;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.ModelStyle;
import org.safeguard.model.RecordDates;

/**
 * What the victim agreed to, when and how it was recorded: whether she may be contacted, and which
 * agencies information may be shared with. A later consent replaces an earlier one; all are kept.
 */
@Value.Immutable
@ModelStyle
public abstract class Consent {
  /** Only the generated implementation in this package extends it. */
  Consent() {}

  /**
   * The date the consent was recorded; it is in force from then until a later one is recorded.
   *
   * @return the date
   */
  public abstract LocalDate recordedOn();

  /**
   * How the consent was given and recorded.
   *
   * @return the method
   */
  public abstract ConsentMethod method();

  /**
   * Whether the victim agreed to be contacted by the service.
   *
   * @return true when contact was agreed
   */
  public abstract boolean contactAgreed();

  /**
   * The agencies the victim agreed information may be shared with.
   *
   * @return the agencies, empty when she agreed to no sharing
   */
  public abstract Set<Agency> shareWith();

  /**
   * Whether the victim agreed to a referral where one needs consent, such as a local medium-risk
   * MARAC. Not agreed unless recorded.
   *
   * @return true when a referral was agreed
   */
  @Value.Default
  public boolean referralAgreed() {
    return false;
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code build()} checks the value
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Consent}; building runs its checks. Every method refuses null with a
   * {@link MissingValueException} naming the attribute, before it changes anything.
   */
  public static final class Builder {
    private final ImmutableConsent.Builder generated = new ImmutableConsent.Builder();

    Builder() {}

    /**
     * Fills this builder from {@code instance}: each value is set, and each element or entry of a
     * collection is added to those already here.
     *
     * @param instance the value to start from
     * @return this builder
     */
    public Builder from(Consent instance) {
      generated.from(MissingValueException.require("instance", instance));
      return this;
    }

    /**
     * Sets {@link Consent#recordedOn() recordedOn}.
     *
     * @param recordedOn the value
     * @return this builder
     */
    public Builder recordedOn(LocalDate recordedOn) {
      generated.recordedOn(MissingValueException.require("recordedOn", recordedOn));
      return this;
    }

    /**
     * Sets {@link Consent#method() method}.
     *
     * @param method the value
     * @return this builder
     */
    public Builder method(ConsentMethod method) {
      generated.method(MissingValueException.require("method", method));
      return this;
    }

    /**
     * Sets {@link Consent#contactAgreed() contactAgreed}.
     *
     * @param contactAgreed the value
     * @return this builder
     */
    public Builder contactAgreed(boolean contactAgreed) {
      generated.contactAgreed(contactAgreed);
      return this;
    }

    /**
     * Adds one element to {@link Consent#shareWith() shareWith}.
     *
     * @param shareWith the element
     * @return this builder
     */
    public Builder addShareWith(Agency shareWith) {
      generated.addShareWith(MissingValueException.require("shareWith", shareWith));
      return this;
    }

    /**
     * Adds these elements to {@link Consent#shareWith() shareWith}.
     *
     * @param shareWith the elements, none of them null
     * @return this builder
     */
    public Builder addShareWith(Agency... shareWith) {
      generated.addShareWith(MissingValueException.requireElements("shareWith", shareWith));
      return this;
    }

    /**
     * Replaces the elements of {@link Consent#shareWith() shareWith} with these.
     *
     * @param shareWith the elements, none of them null
     * @return this builder
     */
    public Builder shareWith(Iterable<Agency> shareWith) {
      generated.shareWith(MissingValueException.requireList("shareWith", shareWith));
      return this;
    }

    /**
     * Adds these elements to {@link Consent#shareWith() shareWith}.
     *
     * @param shareWith the elements, none of them null
     * @return this builder
     */
    public Builder addAllShareWith(Iterable<Agency> shareWith) {
      generated.addAllShareWith(MissingValueException.requireList("shareWith", shareWith));
      return this;
    }

    /**
     * Sets {@link Consent#referralAgreed() referralAgreed}.
     *
     * @param referralAgreed the value
     * @return this builder
     */
    public Builder referralAgreed(boolean referralAgreed) {
      generated.referralAgreed(referralAgreed);
      return this;
    }

    /**
     * Builds the value and runs its checks.
     *
     * @return the value
     * @throws InvalidInputException when a required attribute is unset (a {@link MissingValueException})
     *     or the value breaks a rule of its type
     */
    public Consent build() {
      return generated.build();
    }
  }

  /** Runs when the value is built: its dates are ones a record may carry ({@link RecordDates}). */
  @Value.Check
  protected void check() {
    RecordDates.require("consent.recordedOn", recordedOn());
  }
}
