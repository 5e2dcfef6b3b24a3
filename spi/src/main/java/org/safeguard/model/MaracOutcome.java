package org.safeguard.model;

/** What a MARAC screen decides. */
public enum MaracOutcome {
  REFER_TO_MARAC,
  NO_REFERRAL,
  /** The victim is under the MARAC minimum age: the route is children's safeguarding, not MARAC. */
  REFER_TO_CHILDREN_SAFEGUARDING
}
