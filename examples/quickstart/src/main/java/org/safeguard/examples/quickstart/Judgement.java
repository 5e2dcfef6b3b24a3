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

import java.util.List;
import java.util.Objects;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.model.RiskLevel;

/**
 * A practitioner's professional judgement recorded against a case, to be applied with
 * {@link org.safeguard.core.Safeguard#raise}. The structured reasons are what a decision may show;
 * the rationale is the practitioner's own words and must never reach output or a log, which is why
 * {@link #toString()} leaves it out.
 *
 * @param level the level the practitioner sets
 * @param assessorId the assessor's id in the case system, for example {@code idva-07}; never a name
 * @param reasons the structured reasons
 * @param rationale why, in the practitioner's words
 */
public record Judgement(RiskLevel level, String assessorId, List<JudgementReason> reasons, String rationale) {
  public Judgement {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(assessorId, "assessorId");
    Objects.requireNonNull(rationale, "rationale");
    reasons = List.copyOf(reasons);
  }

  @Override
  public String toString() {
    return "Judgement{" + level + " by " + assessorId + " for " + reasons + ", rationale=<redacted>}";
  }
}
