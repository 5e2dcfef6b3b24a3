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

/** Why a MARAC did not accept a referral. */
public enum RejectionReason {
  /** None of the MARAC's criteria is met. */
  CRITERIA_NOT_MET,
  /** The referral lacks what the MARAC needs to judge it. */
  INSUFFICIENT_INFORMATION,
  /** The case is already open at this MARAC under another referral. */
  DUPLICATE,
  /** Not domestic abuse as the MARAC defines it. */
  NOT_DOMESTIC_ABUSE,
  /** Any other reason, recorded by the MARAC in its own system. */
  OTHER
}
