package org.safeguard.spi;

import org.safeguard.model.Responses;

/** The yes-count rule: a popcount of the yes mask. */
enum YesCount implements ScoringRule {
  INSTANCE;

  @Override
  public int score(Responses responses) {
    return Long.bitCount(responses.yesMask());
  }
}
