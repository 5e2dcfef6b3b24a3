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
/**
 * Service planning: how many advisers (IDVAs) and refuge beds an area needs and what a team costs,
 * by the published models. {@link org.safeguard.planning.RequiredIdvas} is the SafeLives
 * required-IDVA formula per MARAC area; {@link org.safeguard.planning.CaseloadModel} is the
 * CAADA caseload model with allocation across areas; {@link org.safeguard.planning.PeopleEstimates},
 * {@link org.safeguard.planning.RefugeBenchmark}, {@link org.safeguard.planning.TeamCostModel}
 * and {@link org.safeguard.planning.CostEffectiveness} cover people net of repeats, refuge
 * provision, team costs and cost per outcome; {@link org.safeguard.planning.CapacityPlanner}
 * puts them together over a list of {@link org.safeguard.planning.PlanningArea}s, built in code
 * or read with {@link org.safeguard.planning.AreaCsv}.
 *
 * <p>Every number is a {@link java.math.BigDecimal}; every rounding is a named
 * {@link org.safeguard.planning.Rounding}, because the sources round differently from table to
 * table and a figure must be reproducible exactly. Every result carries a
 * {@link org.safeguard.planning.Trace} of its steps, inputs and roundings.
 */
@NullMarked
package org.safeguard.planning;

import org.jspecify.annotations.NullMarked;

