package org.safeguard.core.casework;

/** Where a safety-plan action stands. */
public enum ActionStatus {
  OPEN,
  DONE,
  CANCELLED
}
