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

import org.safeguard.model.MissingValueException;

/**
 * Coverage reported both ways: counting every adviser in post, and counting only their time with
 * high-risk victims. The survey reports both: 74% of the required IDVAs counting high-risk time,
 * 88% "if all Idvas captured by the survey worked with victims/survivors at high risk".
 *
 * @param allAdvisers FTE in post ÷ required
 * @param highRiskOnly high-risk FTE ÷ required
 */
public record WorkforceCoverage(Coverage allAdvisers, Coverage highRiskOnly) {
  /**
   * Checks that both coverages are given.
   *
   * @param allAdvisers FTE in post ÷ required
   * @param highRiskOnly high-risk FTE ÷ required
   */
  public WorkforceCoverage {
    MissingValueException.require("allAdvisers", allAdvisers);
    MissingValueException.require("highRiskOnly", highRiskOnly);
  }

  /**
   * Both coverages' steps, all advisers first.
   *
   * @return the joined trace
   */
  public Trace trace() {
    return allAdvisers.trace().then(highRiskOnly.trace());
  }
}
