package org.safeguard.core.outcome;

/**
 * The four types of abuse the IDVA evaluation recorded at intake (T1) and review (T2)
 * (Safety in Numbers (CAADA, 2009), Figures 4 and 5; the Evaluation of the Drive Project
 * (University of Bristol, 2019) uses the same four).
 */
public enum AbuseType {
  /** Physical abuse. */
  PHYSICAL,
  /** Sexual abuse, including rape. */
  SEXUAL,
  /** Harassment and stalking. */
  HARASSMENT_AND_STALKING,
  /** Jealous and controlling behaviour. */
  JEALOUS_AND_CONTROLLING
}
