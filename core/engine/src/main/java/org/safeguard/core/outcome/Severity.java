package org.safeguard.core.outcome;

/**
 * How severe one type of abuse is. The evaluation separates severe abuse (injuries, strangulation,
 * rape and other sexual abuse, stalking, extreme jealous and controlling behaviour including
 * threats to harm children) from the rest (Safety in Numbers (CAADA, 2009), Finding 1).
 */
public enum Severity {
  /** Present, but not severe. */
  MODERATE,
  /** Severe, as the evaluation defines it. */
  SEVERE
}
