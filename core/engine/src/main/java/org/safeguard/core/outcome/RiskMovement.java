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
package org.safeguard.core.outcome;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.MissingValueException;

/**
 * How risk levels moved from intake (T1) to review (T2): a 3 by 3 table of case counts, from the
 * level at intake to the level at review, and for each level at intake the cases with no review
 * (which never count as no change). Immutable.
 */
public final class RiskMovement {
  private static final int LEVELS = RiskLevel.values().length;

  private final long[] moves; // [from * 3 + to]
  private final long[] noReview; // [from]

  RiskMovement(long[] moves, long[] noReview) {
    this.moves = moves.clone();
    this.noReview = noReview.clone();
  }

  /**
   * Cases at {@code from} at intake and at {@code to} at review.
   *
   * @param from the risk level at intake
   * @param to the risk level at review
   * @return the number of cases
   */
  public long count(RiskLevel from, RiskLevel to) {
    MissingValueException.require("from", from);
    MissingValueException.require("to", to);
    return moves[from.ordinal() * LEVELS + to.ordinal()];
  }

  /**
   * Cases at {@code from} at intake with no review.
   *
   * @param from the risk level at intake
   * @return the number of cases
   */
  public long noReview(RiskLevel from) {
    MissingValueException.require("from", from);
    return noReview[from.ordinal()];
  }

  /**
   * Cases at {@code from} at intake, reviewed or not.
   *
   * @param from the risk level at intake
   * @return the number of cases
   */
  public long atIntake(RiskLevel from) {
    MissingValueException.require("from", from);
    long n = noReview[from.ordinal()];
    for (int to = 0; to < LEVELS; to++) {
      n += moves[from.ordinal() * LEVELS + to];
    }
    return n;
  }

  /**
   * Reviewed cases.
   *
   * @return the number of reviewed cases
   */
  public long reviewed() {
    return Arrays.stream(moves).sum();
  }

  /**
   * Cases with no review.
   *
   * @return the number of cases with no review
   */
  public long notReviewed() {
    return Arrays.stream(noReview).sum();
  }

  /**
   * Reviewed cases whose level at review is lower than at intake, over all reviewed cases (a case
   * at standard at intake counts in the denominator though it cannot go lower); cases with no
   * review are missing.
   *
   * @return the rate, with the cases with no review as missing
   */
  public Rate lowered() {
    return moved(-1);
  }

  /**
   * Reviewed cases whose level is the same at review as at intake; cases with no review are missing.
   *
   * @return the rate, with the cases with no review as missing
   */
  public Rate unchanged() {
    return moved(0);
  }

  /**
   * Reviewed cases whose level at review is higher than at intake; cases with no review are missing.
   *
   * @return the rate, with the cases with no review as missing
   */
  public Rate raised() {
    return moved(1);
  }

  private Rate moved(int direction) {
    long n = 0;
    for (int from = 0; from < LEVELS; from++) {
      for (int to = 0; to < LEVELS; to++) {
        if (Integer.signum(to - from) == direction) {
          n += moves[from * LEVELS + to];
        }
      }
    }
    return Rate.of(n, reviewed(), notReviewed(), "no review");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RiskMovement && Arrays.equals(((RiskMovement) o).moves, moves)
        && Arrays.equals(((RiskMovement) o).noReview, noReview);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(moves) + Arrays.hashCode(noReview);
  }

  /** Reads like {@code HIGH->MEDIUM 120, HIGH->HIGH 40, ...; no review: HIGH 30}, zero cells left out. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    RiskLevel[] levels = RiskLevel.values();
    for (RiskLevel from : levels) {
      for (RiskLevel to : levels) {
        long n = count(from, to);
        if (n > 0) {
          s.append(s.length() == 0 ? "" : ", ").append(from).append("->").append(to).append(' ').append(n);
        }
      }
    }
    StringBuilder missing = new StringBuilder();
    for (RiskLevel from : levels) {
      if (noReview(from) > 0) {
        missing.append(missing.length() == 0 ? "" : ", ").append(from).append(' ').append(noReview(from));
      }
    }
    return (s.length() == 0 ? "no reviewed cases" : s) + (missing.length() == 0 ? "" : "; no review: " + missing);
  }
}
