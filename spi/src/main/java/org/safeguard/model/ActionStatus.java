package org.safeguard.model;

/** Where a safety-plan action stands. */
public enum ActionStatus {
  OPEN,
  DONE,
  CANCELLED
}
