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
 * The twelve need areas the Drive case management system rated for each perpetrator at intake,
 * midpoint and closure (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019,
 * Appendix 2).
 */
public enum NeedArea {
  /** Housing need. */
  HOUSING,
  /** Employment difficulties. */
  EMPLOYMENT,
  /** Alcohol misuse. */
  ALCOHOL,
  /** Relationship issues with children. */
  RELATIONSHIP_WITH_CHILDREN,
  /** Parenting capacity. */
  PARENTING,
  /** Mental health difficulties. */
  MENTAL_HEALTH,
  /** Drugs misuse. */
  DRUGS,
  /** Relationship issues with family members. */
  RELATIONSHIP_WITH_FAMILY,
  /** Financial difficulties. */
  FINANCES,
  /** Social and community ties. */
  SOCIAL_AND_COMMUNITY_TIES,
  /** Poor physical health. */
  PHYSICAL_HEALTH,
  /** Other addictions. */
  OTHER_ADDICTIONS
}
