package org.safeguard.core.outcome;

/**
 * The outcome questions asked at review (T2), as in the evaluation's outcome tables
 * (Safety in Numbers (CAADA, 2009), Figures 7 and 8). Cessation of abuse is not asked: it is
 * derived by comparing the abuse present at T1 and T2.
 */
public enum OutcomeQuestion {
  /** The IDVA judges that risk has reduced. */
  RISK_REDUCED,
  /** The victim says she feels safer. */
  FEELS_SAFER,
  /** The victim's quality of life has improved. */
  QUALITY_OF_LIFE_IMPROVED,
  /** The victim's ability to cope has improved. */
  COPING_IMPROVED,
  /** The victim's social support has improved. */
  SOCIAL_SUPPORT_IMPROVED
}
