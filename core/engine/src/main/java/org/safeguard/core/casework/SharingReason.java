package org.safeguard.core.casework;

/** Lawful reasons to share information without the victim's consent. */
public enum SharingReason {
  RISK_OF_SERIOUS_HARM,
  PREVENTION_OR_DETECTION_OF_CRIME,
  SAFEGUARDING_A_CHILD,
  LEGAL_DUTY_OR_COURT_ORDER
}
