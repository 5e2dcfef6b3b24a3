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

  /** Builds a {@link Consent}; building runs its checks. */
  public static final class Builder extends ImmutableConsent.Builder {
    Builder() {}
  }

  /** Runs when the value is built: its dates are ones a record may carry ({@link RecordDates}). */
  @Value.Check
  protected void check() {
    RecordDates.require("consent.recordedOn", recordedOn());
  }
}
