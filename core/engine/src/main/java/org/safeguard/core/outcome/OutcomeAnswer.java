package org.safeguard.core.outcome;

/** The answer to an outcome question; a question nobody answered is not recorded, never no. */
public enum OutcomeAnswer {
  YES,
  NO,
  NOT_RECORDED
}
