package org.safeguard.plugins.spj;

import org.safeguard.model.Responses;
import org.safeguard.spi.ScoringRule;

/**
 * The sum of the ratings given, omitted items left out: a research convenience, <b>not a decision
 * rule</b>. Structured professional judgement computes no level from it (Kropp et al., SARA: the
 * total is a research convenience, not a decision rule); the instrument sets
 * {@code computesLevel(false)}, so the engine never bands this number and the level is always the
 * assessor's. It is reported so that research exports can carry it.
 */
enum RatingSum implements ScoringRule {
  INSTANCE;

  @Override
  public int score(Responses responses) {
    return responses.ratingSum();
  }
}
