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
package org.safeguard.core.perpetrator;

/** How a perpetrator case ends: completed, or an early exit with its reason. */
public enum ExitReason {
  /** The programme ran its course, with or without contact made. */
  COMPLETED,
  /** The perpetrator moved out of the area. */
  MOVED_AWAY,
  /** The perpetrator went into custody and the case could not go on. */
  IN_CUSTODY,
  /** The perpetrator died. */
  DIED,
  /** Another reason for leaving early. */
  OTHER;

  /**
   * Whether this ends the case early rather than completing it.
   *
   * @return true for every reason but {@link #COMPLETED}
   */
  public boolean early() {
    return this != COMPLETED;
  }
}
