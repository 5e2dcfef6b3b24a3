package org.safeguard.model;

/**
 * The risk level of an assessment, ordered from lowest to highest. The narrative definitions follow
 * the ones agencies use: standard (no current evidence that serious harm is likely), medium
 * (identifiable indicators, harm unlikely unless circumstances change), high (harm could happen at
 * any time and the impact would be serious).
 */
public enum RiskLevel {
  /** No current evidence that serious harm is likely. */
  STANDARD,
  /** Identifiable indicators of serious harm, but harm is unlikely unless circumstances change. */
  MEDIUM,
  /** Harm could happen at any time, and the impact would be serious. */
  HIGH;

  /**
   * True when this level is strictly higher than {@code other}.
   *
   * @param other the level to compare with
   * @return whether this level is above it
   */
  public boolean isAbove(RiskLevel other) {
    return compareTo(other) > 0;
  }

  /**
   * The higher of the two levels, as when professional judgement may raise a computed level but
   * never lower it.
   *
   * @param a one level
   * @param b the other
   * @return the higher, or {@code a} when they are equal
   */
  public static RiskLevel max(RiskLevel a, RiskLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
