package org.safeguard.model;

/**
 * Kinds of domestic-abuse incident. Every kind counts towards potential escalation; the first three
 * are the ones that make a repeat MARAC referral (SafeLives, <i>Marac referral criteria and
 * form</i>).
 */
public enum IncidentType {
  /** Violence or threats of violence, including against property. */
  VIOLENCE_OR_THREATS(true),
  /** A pattern of stalking or harassment. */
  STALKING_OR_HARASSMENT(true),
  /** Rape or sexual abuse. */
  SEXUAL_ABUSE(true),
  /** Any other domestic-abuse incident known to an agency, such as controlling behaviour. */
  OTHER_ABUSE(false);

  private final boolean qualifiesForRepeat;

  IncidentType(boolean qualifiesForRepeat) {
    this.qualifiesForRepeat = qualifiesForRepeat;
  }

  /**
   * True for the incident types that make a repeat MARAC referral.
   *
   * @return whether an incident of this type within the repeat window makes a repeat referral
   */
  public boolean qualifiesForRepeat() {
    return qualifiesForRepeat;
  }
}
