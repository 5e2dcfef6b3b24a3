package org.safeguard.core.casework;

/** How an intervention turned out; an intervention not yet ended is ongoing. */
public enum InterventionResult {
  ONGOING,
  ACHIEVED,
  PARTLY_ACHIEVED,
  NOT_ACHIEVED,
  DECLINED_BY_VICTIM,
  NOT_AVAILABLE
}
