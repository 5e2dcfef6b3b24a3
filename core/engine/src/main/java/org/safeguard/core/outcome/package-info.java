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
 * Cohort outcome reports as in the IDVA evaluation's outcome tables
 * (Safety in Numbers (CAADA, 2009), Findings 2 to 4, Figure 8): each outcome by number of
 * interventions and by intensity of support, cessation by abuse type, and risk-level movement from
 * intake (T1) to review (T2), every rate with its numerator, denominator and missing count.
 *
 * <p>Reports are mergeable aggregations. {@link org.safeguard.core.outcome.CohortTally} counts
 * {@link org.safeguard.core.outcome.CaseOutcome} values one at a time and merges with other tallies;
 * {@link org.safeguard.core.outcome.PackedCohort} holds a cohort compactly (one {@code long} per
 * case) and reports over it on one thread or many. Both give the same
 * {@link org.safeguard.core.outcome.CohortReport}, itself an immutable value that merges with
 * other reports.
 */
@NullMarked
package org.safeguard.core.outcome;

import org.jspecify.annotations.NullMarked;

