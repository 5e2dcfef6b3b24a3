package org.safeguard.benchmarks;

import java.util.Map;

/**
 * The baseline: Dash RIC scoring written the way a case-management vendor writes it, straight from
 * the answers as they come out of the database, a map of item id to answer word ({@code "YES"},
 * {@code "NO"}, {@code "DONT_KNOW"}; an item not asked has no entry). It counts the {@code "YES"}
 * values and calls 14 or more high, the SafeLives threshold.
 *
 * <p>{@link DashScoringBenchmark} measures Safeguard against this class. It is deliberately plain
 * and deliberately not tuned: it stands for the code Safeguard replaces, so it must be neither
 * slowed down nor sped up to move a result.
 */
public final class VendorMapScorer {
  /** The SafeLives threshold: this many yes answers or more is high risk. */
  public static final int HIGH_THRESHOLD = 14;

  private VendorMapScorer() {}

  /** The number of items answered {@code "YES"}. */
  public static int score(Map<String, String> answers) {
    int count = 0;
    for (String value : answers.values()) {
      if ("YES".equals(value)) {
        count++;
      }
    }
    return count;
  }

  /** {@code "HIGH"} at 14 or more, otherwise {@code "STANDARD"}. */
  public static String level(int score) {
    return score >= HIGH_THRESHOLD ? "HIGH" : "STANDARD";
  }
}
