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
 * Who a cost of domestic abuse falls on, as the Drive evaluation's cost appendix splits it
 * (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019, Appendix 8, Table A8.1).
 */
public enum CostBearer {
  /** Costs that follow the victim and the children: their health, children's services, housing and refuge. */
  VICTIM_AND_CHILDREN,
  /** Costs that follow the perpetrator: police and criminal justice, their own health and housing. */
  PERPETRATOR
}
