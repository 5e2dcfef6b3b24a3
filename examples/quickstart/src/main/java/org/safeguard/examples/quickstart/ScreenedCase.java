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
package org.safeguard.examples.quickstart;

import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.marac.MaracDecision;

/**
 * What the quickstart made of one case: the assessment (with the practitioner's judgement applied
 * when it raised the level) and the MARAC decision. It keeps the case id and nothing personal, so a
 * report built from these cannot print a name, an answer or a rationale.
 *
 * @param caseId the case's id
 * @param assessment the assessment in force
 * @param decision the MARAC screen's decision
 * @param judgementNotNeeded true when the case carried a judgement that would not have raised the
 *     level, because the computed level under the policy in force was already as high
 */
public record ScreenedCase(String caseId, Assessment assessment, MaracDecision decision, boolean judgementNotNeeded) {}
