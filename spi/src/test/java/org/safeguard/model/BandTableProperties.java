package org.safeguard.model;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class BandTableProperties {
  @Property
  void aHigherScoreNeverFallsInALowerLevel(
      @ForAll @IntRange(min = 1, max = 30) int mediumFrom,
      @ForAll @IntRange(min = 1, max = 30) int highAfter,
      @ForAll @IntRange(min = 0, max = 80) int score) {
    int highFrom = mediumFrom + highAfter;
    BandTable table = BandTable.of("t", List.of(
        Band.of(RiskLevel.STANDARD, 0, mediumFrom - 1),
        Band.of(RiskLevel.MEDIUM, mediumFrom, highFrom - 1),
        Band.from(RiskLevel.HIGH, highFrom)));
    assertFalse(table.bandFor(score).level().isAbove(table.bandFor(score + 1).level()));
    assertFalse(!table.bandFor(score).contains(score));
  }
}
