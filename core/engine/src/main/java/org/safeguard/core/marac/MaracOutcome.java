package org.safeguard.core.marac;

import org.safeguard.model.MaracParameters;

/** What a MARAC screen decides. */
public enum MaracOutcome {
  /** A SafeLives route fired and the victim is of MARAC age: refer the case to a MARAC. */
  REFER_TO_MARAC,
  /** No route fired, the local medium-risk one included, and the victim is of MARAC age: no referral. */
  NO_REFERRAL,
  /** A local medium-risk MARAC, where the policy sets one (see {@link MaracParameters#mediumRiskMarac()}). */
  REFER_TO_MEDIUM_RISK_MARAC,
  /** The victim is under the MARAC minimum age: the route is children's safeguarding, not MARAC. */
  REFER_TO_CHILDREN_SAFEGUARDING
}
