package org.safeguard.plugins.lethalityscreen;

/**
 * Why a Lethality Screen screened in; more than one may apply (the Maryland Lethality Assessment
 * Program).
 */
public enum ScreenInReason {
  /** A yes to any of questions 1-3 (weapon, threats to kill, the victim thinks they might be killed). */
  DANGER_QUESTION,
  /** Yes to 4 or more of questions 4-11. */
  FOUR_OR_MORE_OTHER_QUESTIONS,
  /** The responder believes the victim is in a potentially lethal situation. */
  RESPONDER_BELIEF
}
