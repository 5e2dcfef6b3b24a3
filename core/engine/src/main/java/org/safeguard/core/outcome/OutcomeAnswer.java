package org.safeguard.core.outcome;

/** The answer to an outcome question; a question nobody answered is not recorded, never no. */
public enum OutcomeAnswer {
  /** Yes. */
  YES,
  /** No. */
  NO,
  /** No answer was recorded; reports leave the case out of the rate rather than count it as no. */
  NOT_RECORDED
}
