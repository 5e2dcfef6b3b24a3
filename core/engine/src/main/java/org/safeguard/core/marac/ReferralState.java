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

/** Where a MARAC referral stands. */
public enum ReferralState {
  /** Received by the MARAC and accepted for a meeting. */
  REFERRED,
  /** The victim engaged with the support offered (an IDVA, most often). */
  ENGAGED,
  /** The MARAC's work on the referral is finished. */
  CLOSED,
  /** Not accepted, with a {@link RejectionReason}. */
  REJECTED,
  /** Passed to another MARAC, which holds the case from then on. */
  TRANSFERRED;

  /**
   * Whether a referral in this state can change again.
   *
   * @return true for {@link #REFERRED} and {@link #ENGAGED}
   */
  public boolean open() {
    return this == REFERRED || this == ENGAGED;
  }
}
