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

import java.util.List;
import java.util.Optional;
import org.safeguard.model.MissingValueException;

/**
 * One area's plan: its required IDVAs always; coverage, the caseload model, refuge provision and
 * costs where its inputs allow, with a note for each part left out and why.
 *
 * @param area the inputs
 * @param requirement required IDVAs by the SafeLives formula
 * @param workforce advisers in post, adjusted for high-risk time
 * @param coverage coverage both ways
 * @param caseloadNeed advisers by the caseload model
 * @param refuge refuge beds against the benchmark
 * @param teamCost a team sized to the required IDVAs
 * @param costPerVictim team cost ÷ cases used
 * @param costPerCessation cost per victim ÷ cessation rate
 * @param notes what was left out and why, or what was assumed
 * @param trace every step, in order
 */
public record AreaPlan(PlanningArea area, AreaRequirement requirement, Optional<Workforce> workforce,
    Optional<WorkforceCoverage> coverage, Optional<AdviserNeed> caseloadNeed, Optional<RefugeProvision> refuge,
    Optional<TeamCost> teamCost, Optional<Estimate> costPerVictim, Optional<Estimate> costPerCessation,
    List<String> notes, Trace trace) {
  /**
   * Copies the notes, so that a plan cannot change after it is reported.
   *
   * @param area the inputs
   * @param requirement required IDVAs by the SafeLives formula
   * @param workforce advisers in post, adjusted for high-risk time
   * @param coverage coverage both ways
   * @param caseloadNeed advisers by the caseload model
   * @param refuge refuge beds against the benchmark
   * @param teamCost a team sized to the required IDVAs
   * @param costPerVictim team cost ÷ cases used
   * @param costPerCessation cost per victim ÷ cessation rate
   * @param notes what was left out and why, or what was assumed
   * @param trace every step, in order
   */
  public AreaPlan {
    MissingValueException.require("area", area);
    MissingValueException.require("requirement", requirement);
    MissingValueException.require("workforce", workforce);
    MissingValueException.require("coverage", coverage);
    MissingValueException.require("caseloadNeed", caseloadNeed);
    MissingValueException.require("refuge", refuge);
    MissingValueException.require("teamCost", teamCost);
    MissingValueException.require("costPerVictim", costPerVictim);
    MissingValueException.require("costPerCessation", costPerCessation);
    notes = List.copyOf(notes);
    MissingValueException.require("trace", trace);
  }
}
