package org.safeguard.core.casework;

/** Where a safety-plan action stands. */
public enum ActionStatus {
  /** Still to be done. */
  OPEN,
  /** Done. */
  DONE,
  /** No longer needed or no longer possible; kept so the plan's history shows it. */
  CANCELLED
}
