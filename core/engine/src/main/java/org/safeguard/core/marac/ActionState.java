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
 * Where a MARAC action stands. Overdue is not a state of its own: an action still open after its
 * due day is overdue on that day ({@link MaracAction#overdueOn}).
 */
public enum ActionState {
  /** Agreed and not yet done. */
  OPEN,
  /** Done. */
  DONE,
  /** Dropped, with a reason. */
  DROPPED
}
