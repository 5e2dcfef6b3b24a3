package org.safeguard.core.casework;

/** When a review (T2) is made: after about four months of engagement, or at closure, whichever comes first. */
public enum ReviewKind {
  /** After about four months of engagement, while the case is still open. */
  INTERIM,
  /** At the closure of the case; a case has at most one. */
  CLOSURE
}
