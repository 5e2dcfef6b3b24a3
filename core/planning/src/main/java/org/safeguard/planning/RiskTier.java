package org.safeguard.planning;

/** The risk tiers the caseload model plans advisers for. */
public enum RiskTier {
  /** High risk: MARAC-level cases, the IDVA's caseload. */
  HIGH("high risk"),
  /** Medium risk: specialist caseworkers, a larger caseload. */
  MEDIUM("medium risk");

  private final String words;

  RiskTier(String words) {
    this.words = words;
  }

  /**
   * The tier in words, for traces and tables.
   *
   * @return for example {@code high risk}
   */
  public String words() {
    return words;
  }
}
