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
