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
package org.safeguard.model;

/**
 * What the kinds of an {@link InterventionCatalog} are for: interventions mobilised for a victim's
 * case, or actions a perpetrator's case manager takes to disrupt abuse. The engine keeps the two
 * apart, so a victim's case cannot start a disruption action nor a perpetrator's work log name an
 * intervention; kind ids stay unique across every catalogue of either use.
 */
public enum CatalogUse {
  /**
   * Interventions mobilised on a victim's case, as <i>Safety in Numbers</i> (CAADA, 2009, Table 4)
   * counts them: the default.
   */
  CASE_INTERVENTIONS,
  /**
   * Disruption actions on a perpetrator's case: indirect work through other agencies that limits
   * the perpetrator's opportunity to harm, such as a MAPPA referral or reporting a breach of an
   * order (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019).
   */
  DISRUPTION_ACTIONS
}
