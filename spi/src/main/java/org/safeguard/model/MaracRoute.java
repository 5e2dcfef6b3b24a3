package org.safeguard.model;

/** The four routes to a MARAC referral (SafeLives; reference/instruments.md section 1.6). */
public enum MaracRoute {
  /** The assessment's computed level is high under the policy in force (Dash: 14 or more yes). */
  VISIBLE_HIGH_RISK,
  /** A practitioner's judgement raised the level to high, with reasons. */
  PROFESSIONAL_JUDGEMENT,
  /** Enough incidents within the rolling window (default 3 in 12 months), from any agency. */
  POTENTIAL_ESCALATION,
  /** A qualifying incident within the window after the last referral, whatever else applies. */
  REPEAT
}
