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
 * Whose view a behaviour record gives. The Drive evaluation read the perpetrator's behaviour from
 * the case manager's records and from the IDVA's records of what the victim reported; the two
 * often disagree (victims reported more abuse at intake), so each is kept apart and reported with
 * its own count (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019).
 */
public enum BehaviourSource {
  /** The case manager's assessment of the perpetrator, from every source open to them. */
  CASE_MANAGER,
  /** The IDVA's record of the abuse the victim reports. */
  IDVA
}
