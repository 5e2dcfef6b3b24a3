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

/** Why a case was closed. */
public enum ClosureReason {
  /** The support planned was given and the case ended as agreed. */
  SUPPORT_COMPLETED,
  /** Risk fell far enough that the service was no longer needed. */
  RISK_REDUCED,
  /** The victim stopped taking part. */
  VICTIM_DISENGAGED,
  /** The victim could not be reached. */
  NO_CONTACT_POSSIBLE,
  /** The victim moved away from the service's area. */
  MOVED_OUT_OF_AREA,
  /** Another service took the case on. */
  TRANSFERRED_TO_ANOTHER_SERVICE,
  /** A reason the others do not cover. */
  OTHER
}
