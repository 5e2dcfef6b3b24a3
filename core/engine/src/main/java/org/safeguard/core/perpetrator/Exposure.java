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

/**
 * Which cases a behaviour-change rate is taken over, by their exposure to direct work: the Drive
 * evaluation compared cases with at least one behaviour-change session against the rest
 * (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019).
 */
public enum Exposure {
  /** Every case. */
  ALL,
  /** Cases with at least one behaviour-change session in their work log. */
  BEHAVIOUR_CHANGE_SESSION,
  /** Cases with no behaviour-change session. */
  NO_BEHAVIOUR_CHANGE_SESSION
}
