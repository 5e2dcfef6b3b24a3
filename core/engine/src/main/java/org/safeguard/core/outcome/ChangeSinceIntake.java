package org.safeguard.core.outcome;

/** How something measured at intake stood at review. */
public enum ChangeSinceIntake {
  /** Present at intake, absent at review. */
  STOPPED,
  /** Present at both, and lower at review. */
  LOWER,
  /** The same at both. */
  SAME,
  /** Present at both, and higher at review. */
  HIGHER,
  /** Absent at intake, present at review. */
  STARTED
}
