package org.safeguard.core.casework;

/** Why a case was closed. */
public enum ClosureReason {
  /** The support planned was given and the case ended as agreed. */
  SUPPORT_COMPLETED,
  /** Risk fell far enough that the service was no longer needed. */
  RISK_REDUCED,
  /** The victim stopped taking part. */
  VICTIM_DISENGAGED,
  /** The victim could not be reached. */
  NO_CONTACT_POSSIBLE,
  /** The victim moved away from the service's area. */
  MOVED_OUT_OF_AREA,
  /** Another service took the case on. */
  TRANSFERRED_TO_ANOTHER_SERVICE,
  /** A reason the others do not cover. */
  OTHER
}
