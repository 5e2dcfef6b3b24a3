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
package org.safeguard.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The numbers a policy sets for the MARAC screen. The defaults are the SafeLives recommendations
 * (SafeLives, <i>Marac referral criteria and form</i>): 3 incidents in 12 months for potential
 * escalation, a 12-month window after the last referral for a repeat, and MARAC for victims aged
 * 16 and over.
 */
@Value.Immutable
@ModelStyle
public abstract class MaracParameters {
  /** Only the generated implementation in this package extends it. */
  MaracParameters() {}

  /**
   * Victims younger than this go to children's safeguarding instead of MARAC.
   *
   * @return the minimum age in years, 16 by default
   */
  @Value.Default
  public int minimumAge() {
    return 16;
  }

  /**
   * How many incidents in the window make potential escalation. Incidents known to any agency
   * count, not only police call-outs.
   *
   * @return the number of incidents, 3 by default
   */
  @Value.Default
  public int escalationIncidents() {
    return 3;
  }

  /**
   * The rolling window for potential escalation, in months, ending on the screening date.
   *
   * @return the window in months, 12 by default
   */
  @Value.Default
  public int escalationWindowMonths() {
    return 12;
  }

  /**
   * A qualifying incident within this many months of the last referral makes a repeat; after it,
   * a referral is a new one.
   *
   * @return the window in months, 12 by default
   */
  @Value.Default
  public int repeatWindowMonths() {
    return 12;
  }

  /**
   * A local medium-risk MARAC for scores in this band, referred only with the victim's consent,
   * as in Hertfordshire's Stevenage pilot (DASH 10-13; <i>Hertfordshire Domestic Abuse Review</i>,
   * CAADA, 2014, Appendix 10.6). Empty, as SafeLives recommends, when there is none.
   *
   * @return the band, or empty when the policy has no medium-risk MARAC
   */
  public abstract Optional<Band> mediumRiskMarac();

  /**
   * The SafeLives recommendations, with no medium-risk MARAC.
   *
   * @return the default parameters
   */
  public static MaracParameters defaults() {
    return ImmutableMaracParameters.builder().build();
  }

  /**
   * Starts a builder; a number left unset keeps its SafeLives default.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaracParameters}; building runs its checks. */
  public static final class Builder extends ImmutableMaracParameters.Builder {
    Builder() {}
  }

  /** Runs when the parameters are built: every number is 1 or more. */
  @Value.Check
  protected void check() {
    positive("marac.minimum-age", minimumAge());
    positive("marac.escalation.incidents", escalationIncidents());
    positive("marac.escalation.window-months", escalationWindowMonths());
    positive("marac.repeat.window-months", repeatWindowMonths());
  }

  private static void positive(String field, int value) {
    if (value < 1) {
      throw new InvalidInputException(field, value, "must be 1 or more");
    }
  }
}
