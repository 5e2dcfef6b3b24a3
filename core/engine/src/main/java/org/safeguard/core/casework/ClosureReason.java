package org.safeguard.core.casework;

/** Why a case was closed. */
public enum ClosureReason {
  SUPPORT_COMPLETED,
  RISK_REDUCED,
  VICTIM_DISENGAGED,
  NO_CONTACT_POSSIBLE,
  MOVED_OUT_OF_AREA,
  TRANSFERRED_TO_ANOTHER_SERVICE,
  OTHER
}
