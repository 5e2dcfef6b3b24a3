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
 * How far a perpetrator engages with the case manager (the Drive evaluation's four levels). A case
 * with no contact made still runs: indirect work, such as disruption through other agencies, goes
 * on without it.
 */
public enum EngagementLevel {
  /** Engaged with the case manager. */
  ENGAGED,
  /** Engaged in part. */
  PARTIALLY_ENGAGED,
  /** Contact made, but no engagement. */
  NOT_ENGAGED,
  /** No contact made yet. */
  NO_CONTACT_MADE
}
