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
 * The statutory levers on a perpetrator that a case manager can use to compel engagement or act on
 * a breach (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019: levers for
 * engagement and statutory involvement; the criminal justice measures of its case reviews).
 */
public enum LeverKind {
  /** A restraining order. */
  RESTRAINING_ORDER,
  /** A non-molestation order. */
  NON_MOLESTATION_ORDER,
  /** A domestic abuse protection order, under the Domestic Abuse Act 2021. */
  DOMESTIC_ABUSE_PROTECTION_ORDER,
  /** Bail conditions. */
  BAIL_CONDITIONS,
  /** Licence conditions on release from custody. */
  LICENCE_CONDITIONS,
  /** A community or suspended sentence order with probation requirements, such as a rehabilitation activity requirement. */
  PROBATION_REQUIREMENT,
  /** A child-protection plan. */
  CHILD_PROTECTION_PLAN,
  /** A sexual harm prevention order. */
  SEXUAL_HARM_PREVENTION_ORDER,
  /** Any other order or condition. */
  OTHER
}
