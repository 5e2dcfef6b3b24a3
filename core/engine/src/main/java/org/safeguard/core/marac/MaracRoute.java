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

/**
 * The four routes to a MARAC referral (SafeLives, Marac referral criteria and form), and a local
 * medium-risk one.
 */
public enum MaracRoute {
  /** The assessment's computed level is high under the policy in force (Dash: 14 or more yes). */
  VISIBLE_HIGH_RISK,
  /** A practitioner's judgement raised the level to high, with reasons. */
  PROFESSIONAL_JUDGEMENT,
  /** Enough incidents within the rolling window (default 3 in 12 months), from any agency. */
  POTENTIAL_ESCALATION,
  /** A qualifying incident within the window after the last referral, whatever else applies. */
  REPEAT,
  /**
   * Not a SafeLives route: a local medium-risk MARAC, when the policy sets one, for a score in its
   * band with the victim's consent and no other route fired.
   */
  MEDIUM_RISK_BAND;

  /**
   * The four SafeLives routes, without local ones.
   *
   * @return the routes from {@link #VISIBLE_HIGH_RISK} to {@link #REPEAT}, as a new set
   */
  public static java.util.Set<MaracRoute> safeLivesRoutes() {
    return java.util.EnumSet.range(VISIBLE_HIGH_RISK, REPEAT);
  }
}
