/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
