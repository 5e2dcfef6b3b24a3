package org.safeguard.core.assessment;

/**
 * Structured reasons for professional judgement, from the typical triggers local MARAC guidance
 * lists (reference/instruments.md section 1.6). Structured so that a decision can show its reasons
 * without repeating a practitioner's free text.
 */
public enum JudgementReason {
  NON_FATAL_STRANGULATION,
  STALKING,
  THREATS_TO_KILL,
  VICTIM_PERCEPTION_OF_RISK,
  ESCALATION,
  HONOUR_BASED_ABUSE_OR_FORCED_MARRIAGE,
  /** Separation, coercive control and physical or sexual violence together. */
  CLUSTER_OF_THREE,
  OTHER
}
