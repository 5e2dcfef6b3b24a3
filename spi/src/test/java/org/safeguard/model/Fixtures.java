package org.safeguard.model;

import org.safeguard.spi.ScoringRule;

/** Small instruments made for these tests. */
final class Fixtures {
  private Fixtures() {}

  /** Ten yes / no / not known items, scored by yes count. */
  static Instrument tenItems() {
    return Instrument.builder()
        .id("ten-items")
        .version("1")
        .itemIds("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")
        .scoringRule(ScoringRule.yesCount())
        .build();
  }

  /** Three items answered yes or no only. */
  static Instrument yesNoOnly() {
    return Instrument.builder()
        .id("yes-no-only")
        .version("1")
        .itemIds("x", "y", "z")
        .answerScale(java.util.EnumSet.of(Answer.YES, Answer.NO))
        .scoringRule(ScoringRule.yesCount())
        .build();
  }
}
