package org.safeguard.spi;

import org.safeguard.model.Responses;

/**
 * Turns one response set into a score. Rules are pure functions of the answers: the same answers
 * in any order give the same score, and a rule keeps no state between calls.
 */
@FunctionalInterface
public interface ScoringRule {
  int score(Responses responses);

  /** The unweighted count of yes answers, as the Dash checklists score. */
  static ScoringRule yesCount() {
    return YesCount.INSTANCE;
  }
}
