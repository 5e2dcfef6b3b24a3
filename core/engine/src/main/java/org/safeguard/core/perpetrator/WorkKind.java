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
 * What a case manager's work was, in the Drive evaluation's categories (<i>Evaluation of the Drive
 * Project</i>, University of Bristol, 2019): three kinds of indirect work, done around the
 * perpetrator with other agencies, and three of direct work with the perpetrator (Table 7).
 */
public enum WorkKind {
  /** Indirect: background research, gathering information about the perpetrator and the risk. */
  BACKGROUND_RESEARCH(false),
  /** Indirect: work with another agency, to disrupt the abuse, to support the perpetrator, or both. */
  MULTI_AGENCY_WORK(false),
  /** Indirect: a case update shared with or received from another agency. */
  CASE_UPDATE(false),
  /** Direct: maintaining and sustaining contact (calls, texts, emails, letters, messages left, visits). */
  MAINTAINING_CONTACT(true),
  /** Direct: direct support, such as a one-to-one meeting or going with the perpetrator to an appointment. */
  DIRECT_SUPPORT(true),
  /** Direct: a behaviour-change session. */
  BEHAVIOUR_CHANGE(true);

  private final boolean direct;

  WorkKind(boolean direct) {
    this.direct = direct;
  }

  /**
   * Whether this is direct work with the perpetrator, rather than indirect work around them.
   *
   * @return true for the three kinds of direct work
   */
  public boolean direct() {
    return direct;
  }
}
