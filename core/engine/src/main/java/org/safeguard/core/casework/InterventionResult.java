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

/** How an intervention turned out; an intervention not yet ended is ongoing. */
public enum InterventionResult {
  /** Not yet ended. */
  ONGOING,
  /** Did what it set out to do. */
  ACHIEVED,
  /** Did some of what it set out to do. */
  PARTLY_ACHIEVED,
  /** Ended without doing what it set out to do. */
  NOT_ACHIEVED,
  /** The victim chose not to take it up. */
  DECLINED_BY_VICTIM,
  /** It could not be had, for example no place or no provider in the area. */
  NOT_AVAILABLE;

  /**
   * Whether the victim received the intervention: every result but {@link #DECLINED_BY_VICTIM} and
   * {@link #NOT_AVAILABLE}. An intervention declined or not available stays on the case's record,
   * but is not counted among the interventions mobilised, as the evaluation counts them (<i>Safety
   * in Numbers</i>, CAADA, 2009, Table 4 and Figure 8).
   *
   * @return true when the intervention was, or is being, received
   */
  public boolean received() {
    return this != DECLINED_BY_VICTIM && this != NOT_AVAILABLE;
  }
}
