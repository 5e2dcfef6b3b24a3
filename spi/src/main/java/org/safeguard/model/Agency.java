package org.safeguard.model;

/**
 * Agencies that report incidents or supply information, as they appear on MARAC referral forms.
 * Any agency's knowledge counts towards escalation and repeat MARAC, not only police call-outs.
 */
public enum Agency {
  POLICE,
  IDVA_SERVICE,
  SPECIALIST_DOMESTIC_ABUSE_SERVICE,
  HEALTH,
  CHILDREN_SOCIAL_CARE,
  ADULT_SOCIAL_CARE,
  HOUSING,
  PROBATION,
  EDUCATION,
  OTHER
}
