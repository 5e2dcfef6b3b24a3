package org.safeguard.core.outcome;

/** How something measured at intake stood at review. */
public enum ChangeSinceIntake {
  /** Present at intake, absent at review. */
  STOPPED,
  LOWER,
  SAME,
  HIGHER,
  /** Absent at intake, present at review. */
  STARTED
}
