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

import org.safeguard.model.MaracParameters;

/** What a MARAC screen decides. */
public enum MaracOutcome {
  /** A SafeLives route fired and the victim is of MARAC age: refer the case to a MARAC. */
  REFER_TO_MARAC,
  /** No route fired, the local medium-risk one included, and the victim is of MARAC age: no referral. */
  NO_REFERRAL,
  /** A local medium-risk MARAC, where the policy sets one (see {@link MaracParameters#mediumRiskMarac()}). */
  REFER_TO_MEDIUM_RISK_MARAC,
  /** The victim is under the MARAC minimum age: the route is children's safeguarding, not MARAC. */
  REFER_TO_CHILDREN_SAFEGUARDING
}
