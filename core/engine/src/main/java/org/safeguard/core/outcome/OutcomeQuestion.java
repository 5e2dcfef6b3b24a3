package org.safeguard.core.outcome;

/**
 * The outcome questions asked at review (T2), as in the evaluation's outcome tables
 * (seeds/000_94b07d5065788c30.txt, Figures 7 and 8). Cessation of abuse is not asked: it is
 * derived by comparing the abuse present at T1 and T2.
 */
public enum OutcomeQuestion {
  /** The IDVA judges that risk has reduced. */
  RISK_REDUCED,
  /** The victim says she feels safer. */
  FEELS_SAFER,
  QUALITY_OF_LIFE_IMPROVED,
  COPING_IMPROVED,
  SOCIAL_SUPPORT_IMPROVED
}
