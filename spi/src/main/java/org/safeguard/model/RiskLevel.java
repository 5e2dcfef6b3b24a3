package org.safeguard.model;

/**
 * The risk level of an assessment, ordered from lowest to highest. The narrative definitions follow
 * the ones agencies use: standard (no current evidence that serious harm is likely), medium
 * (identifiable indicators, harm unlikely unless circumstances change), high (harm could happen at
 * any time and the impact would be serious).
 */
public enum RiskLevel {
  STANDARD,
  MEDIUM,
  HIGH;

  /** True when this level is strictly higher than {@code other}. */
  public boolean isAbove(RiskLevel other) {
    return compareTo(other) > 0;
  }

  /** The higher of the two levels. */
  public static RiskLevel max(RiskLevel a, RiskLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
