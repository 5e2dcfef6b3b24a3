package org.safeguard.planning;

import java.util.Objects;

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
    Objects.requireNonNull(allAdvisers, "allAdvisers");
    Objects.requireNonNull(highRiskOnly, "highRiskOnly");
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
