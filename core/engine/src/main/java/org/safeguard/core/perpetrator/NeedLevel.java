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
 * A need area's rating, on the Drive needs form's scale (<i>Evaluation of the Drive Project</i>,
 * University of Bristol, 2019, Appendix 7, Table A7.1): from none to excessive, and "don't know"
 * kept apart from every level, since a need not yet disclosed is not a need absent. An area not
 * rated at all is absent from its {@link NeedsRecord}. A service whose form rates an area on its
 * own words (housing as homeless, transitory, unstable, temporary or stable; mental health as poor
 * to excellent) maps them onto these levels before recording them.
 */
public enum NeedLevel {
  /** No need. */
  NONE,
  /** A low need. */
  LOW,
  /** A moderate need. */
  MODERATE,
  /** A high need. */
  HIGH,
  /** An excessive need, the top of the scale. */
  EXCESSIVE,
  /** The case manager does not know. */
  DONT_KNOW
}
