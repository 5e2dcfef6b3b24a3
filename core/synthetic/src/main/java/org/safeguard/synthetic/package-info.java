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
 * Seeded synthetic cohorts for tests, examples and benchmarks: case outcomes drawn from
 * distributions that follow the published figures of the IDVA evaluation
 * (<i>Safety in Numbers</i>, CAADA, 2009), as {@link org.safeguard.core.outcome.CaseOutcome}
 * values or straight into a {@link org.safeguard.core.outcome.PackedCohort}; completed checklists
 * ({@link org.safeguard.synthetic.SyntheticChecklists}); and whole case files worked through the
 * engine's casework from referral to closure ({@link org.safeguard.synthetic.SyntheticCaseFiles}).
 * Every case is made up; nothing here describes a real person.
 */
@NullMarked
package org.safeguard.synthetic;

import org.jspecify.annotations.NullMarked;

