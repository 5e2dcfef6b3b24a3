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
package org.safeguard.core.assessment;

/**
 * Structured reasons for professional judgement, from the typical triggers that local MARAC
 * guidance lists under the professional-judgement route of SafeLives' <i>Marac referral criteria
 * and form</i>. Structured so that a decision can show its reasons without repeating a
 * practitioner's free text.
 */
public enum JudgementReason {
  /** Non-fatal strangulation. */
  NON_FATAL_STRANGULATION,
  /** Stalking or harassment. */
  STALKING,
  /** Threats to kill. */
  THREATS_TO_KILL,
  /** The victim's own sense of how much danger they are in, which a checklist may not capture. */
  VICTIM_PERCEPTION_OF_RISK,
  /** Abuse becoming more frequent or more severe. */
  ESCALATION,
  /** Honour-based abuse or forced marriage. */
  HONOUR_BASED_ABUSE_OR_FORCED_MARRIAGE,
  /** Separation, coercive control and physical or sexual violence together. */
  CLUSTER_OF_THREE,
  /** A reason not listed here; the rationale says what it is. */
  OTHER
}
