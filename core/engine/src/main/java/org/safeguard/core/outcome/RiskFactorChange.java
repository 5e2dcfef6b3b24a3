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

import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * How one risk factor changed from intake to review over the same reviewed cases, as the
 * evaluation shows it (<i>Safety in Numbers</i>, CAADA, 2009, Table 5: conflict around child
 * contact in 42% (292) of 699 victims with children at intake and 23% (160) at review, a 45% fall;
 * Table 6 for the perpetrator's factors). Both rates read over the same group: the reviewed cases,
 * or the reviewed cases with children for a factor about children.
 */
public final class RiskFactorChange {
  private final RiskFactor factor;
  private final Rate atIntake;
  private final Rate atReview;

  RiskFactorChange(RiskFactor factor, Rate atIntake, Rate atReview) {
    this.factor = factor;
    this.atIntake = atIntake;
    this.atReview = atReview;
  }

  /**
   * The factor.
   *
   * @return the risk factor
   */
  public RiskFactor factor() {
    return factor;
  }

  /**
   * The share of the group with the factor at intake (T1).
   *
   * @return the rate
   */
  public Rate atIntake() {
    return atIntake;
  }

  /**
   * The share of the same group with the factor at review (T2).
   *
   * @return the rate
   */
  public Rate atReview() {
    return atReview;
  }

  /**
   * The fall from intake to review as a share of the cases with the factor at intake, as the
   * evaluation's "percentage change" column reads ((292 - 160) / 292 = 45%); negative for a rise.
   *
   * @return the fall, from -infinity to 1, or empty when no case had the factor at intake
   */
  public OptionalDouble fall() {
    long before = atIntake.numerator();
    return before == 0 ? OptionalDouble.empty() : OptionalDouble.of((before - atReview.numerator()) / (double) before);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RiskFactorChange)) {
      return false;
    }
    RiskFactorChange c = (RiskFactorChange) o;
    return factor == c.factor && atIntake.equals(c.atIntake) && atReview.equals(c.atReview);
  }

  @Override
  public int hashCode() {
    return Objects.hash(factor, atIntake, atReview);
  }

  @Override
  public String toString() {
    return factor + ": " + atIntake + " at intake, " + atReview + " at review";
  }
}
