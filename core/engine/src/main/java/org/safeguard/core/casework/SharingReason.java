package org.safeguard.core.casework;

/** Lawful reasons to share information without the victim's consent. */
public enum SharingReason {
  /** Sharing is needed to protect someone from a risk of serious harm. */
  RISK_OF_SERIOUS_HARM,
  /** Sharing is needed to prevent or detect a crime. */
  PREVENTION_OR_DETECTION_OF_CRIME,
  /** Sharing is needed to safeguard a child. */
  SAFEGUARDING_A_CHILD,
  /** The law or a court order requires the sharing. */
  LEGAL_DUTY_OR_COURT_ORDER
}
