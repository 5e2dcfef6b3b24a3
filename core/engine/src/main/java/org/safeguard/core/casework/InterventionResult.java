package org.safeguard.core.casework;

/** How an intervention turned out; an intervention not yet ended is ongoing. */
public enum InterventionResult {
  /** Not yet ended. */
  ONGOING,
  /** Did what it set out to do. */
  ACHIEVED,
  /** Did some of what it set out to do. */
  PARTLY_ACHIEVED,
  /** Ended without doing what it set out to do. */
  NOT_ACHIEVED,
  /** The victim chose not to take it up. */
  DECLINED_BY_VICTIM,
  /** It could not be had, for example no place or no provider in the area. */
  NOT_AVAILABLE
}
