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

/** Lawful reasons to share information without the victim's consent. */
public enum SharingReason {
  /** Sharing is needed to protect someone from a risk of serious harm. */
  RISK_OF_SERIOUS_HARM,
  /** Sharing is needed to prevent or detect a crime. */
  PREVENTION_OR_DETECTION_OF_CRIME,
  /** Sharing is needed to safeguard a child. */
  SAFEGUARDING_A_CHILD,
  /** The law or a court order requires the sharing. */
  LEGAL_DUTY_OR_COURT_ORDER,
  /**
   * The policy in force shares without consent at the case's risk level (Hertfordshire: high
   * risk); {@code Casework.share} records it, and only where the policy allows.
   */
  POLICY_AT_THIS_RISK_LEVEL
}
