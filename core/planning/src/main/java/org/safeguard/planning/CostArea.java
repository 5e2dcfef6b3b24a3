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
package org.safeguard.planning;

/**
 * The public services a MARAC case costs, as the Drive evaluation's cost appendix lists them
 * (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019, Appendix 8, Table A8.1).
 */
public enum CostArea {
  /** The police. */
  POLICE,
  /** The rest of criminal justice: courts, custody, probation. */
  OTHER_CRIMINAL_JUSTICE,
  /** Acute physical health care for assaults. */
  PHYSICAL_HEALTH,
  /** Primary and community mental health care. */
  MENTAL_HEALTH,
  /** Treatment for substance use disorders. */
  SUBSTANCE_USE,
  /** Children's services. */
  CHILDRENS_SERVICES,
  /** Housing, refuge included. */
  HOUSING
}
