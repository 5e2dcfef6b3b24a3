/**
 * Seeded synthetic cohorts for tests, examples and benchmarks: case outcomes drawn from
 * distributions that follow the published figures of the IDVA evaluation
 * (<i>Safety in Numbers</i>, CAADA, 2009), as {@link org.safeguard.core.outcome.CaseOutcome}
 * values or straight into a {@link org.safeguard.core.outcome.PackedCohort}. Every case is made up; nothing here
 * describes a real person.
 */
@NullMarked
package org.safeguard.synthetic;

import org.jspecify.annotations.NullMarked;

