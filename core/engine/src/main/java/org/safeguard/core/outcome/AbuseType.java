package org.safeguard.core.outcome;

/**
 * The four types of abuse the IDVA evaluation recorded at intake (T1) and review (T2)
 * (seeds/000_94b07d5065788c30.txt, Figures 4 and 5; the Drive evaluation uses the same four).
 */
public enum AbuseType {
  PHYSICAL,
  SEXUAL,
  HARASSMENT_AND_STALKING,
  JEALOUS_AND_CONTROLLING
}
