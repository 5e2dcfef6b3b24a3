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

