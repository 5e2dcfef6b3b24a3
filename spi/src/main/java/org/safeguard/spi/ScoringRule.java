package org.safeguard.spi;

import org.safeguard.model.Responses;

/**
 * Turns one response set into a score. Rules are pure functions of the answers: the same answers
 * in any order give the same score, and a rule keeps no state between calls.
 */
@FunctionalInterface
public interface ScoringRule {
  int score(Responses responses);

  /**
   * Why the rule cannot give a meaningful score for these answers, for example too many items
   * missing; empty when the score stands. The default accepts every response set.
   */
  default java.util.Optional<String> invalidReason(Responses responses) {
    return java.util.Optional.empty();
  }

  /** The unweighted count of yes answers, as the Dash checklists score. */
  static ScoringRule yesCount() {
    return YesCount.INSTANCE;
  }
}
