package org.safeguard.core.casework;

/** When a review (T2) is made: after about four months of engagement, or at closure, whichever comes first. */
public enum ReviewKind {
  INTERIM,
  CLOSURE
}
