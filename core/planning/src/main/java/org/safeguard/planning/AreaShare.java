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
package org.safeguard.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.model.MissingValueException;

/**
 * One area's weight when a whole is shared out: its high and medium risk police incidents, its
 * adult women, or a share given outright. An area's share is its weight over the sum of the
 * weights.
 *
 * @param area the area's name
 * @param weight not negative
 */
public record AreaShare(String area, BigDecimal weight) {
  /**
   * Strips the name and checks the weight.
   *
   * @param area the area's name; not blank
   * @param weight not negative
   * @throws PlanningInputException if the name is blank or the weight negative
   */
  public AreaShare {
    area = Decimals.requireName("area", area);
    Decimals.requireNonNegative("weight (" + area + ")", weight);
  }

  /**
   * A share by a count, such as an area's police incidents.
   *
   * @param area the area's name
   * @param weight the count; not negative
   * @return the share
   */
  public static AreaShare of(String area, long weight) {
    return new AreaShare(area, BigDecimal.valueOf(weight));
  }

  /**
   * Shares {@code whole} out by weight, rounding each part. The parts are not forced to add up to
   * the whole; {@link ShareAllocation#sumOfParts()} is reported beside it.
   *
   * @param what names the quantity in the trace, for example {@code visible high-risk victims}
   * @param whole the figure to share out; not negative
   * @param shares the areas and their weights
   * @param rounding how each area's part is rounded
   * @return each area's part, with the sum of the rounded parts
   * @throws PlanningInputException if there are no areas or the weights add up to zero
   */
  public static ShareAllocation allocate(String what, BigDecimal whole, List<AreaShare> shares, Rounding rounding) {
    Decimals.requireNonNegative(what, whole);
    MissingValueException.require("rounding", rounding);
    requireShares(shares);
    BigDecimal total = BigDecimal.ZERO;
    for (AreaShare share : shares) {
      total = total.add(share.weight());
    }
    if (total.signum() == 0) {
      throw new PlanningInputException("weights", "0", "the areas' weights add up to more than zero");
    }
    List<Estimate> parts = new ArrayList<>(shares.size());
    BigDecimal sum = BigDecimal.ZERO;
    for (AreaShare share : shares) {
      Trace.Builder trace = Trace.builder();
      BigDecimal fraction = trace.step("share (" + share.area() + ")", "area weight ÷ total weight")
          .input("area weight", share.weight()).input("total weight", total)
          .result(Decimals.divide(share.weight(), total));
      trace.step(what + " (" + share.area() + ")", "whole × share")
          .input(what, whole).input("share", fraction)
          .result(whole.multiply(fraction), rounding);
      Estimate part = Estimate.from(what + " (" + share.area() + ")", trace.build());
      parts.add(part);
      sum = sum.add(part.value());
    }
    return new ShareAllocation(what, whole, parts, sum);
  }

  /** The areas to share among: at least one, none of them null. */
  static void requireShares(List<AreaShare> shares) {
    if (MissingValueException.require("shares", shares).isEmpty()) {
      throw new PlanningInputException("areas", "(none)", "share a whole among at least one area");
    }
    for (int i = 0; i < shares.size(); i++) {
      MissingValueException.require("shares item " + (i + 1), shares.get(i));
    }
  }

  /**
   * A whole shared out among areas.
   *
   * @param what the quantity
   * @param whole the figure shared out
   * @param parts one estimate an area, in the order given
   * @param sumOfParts the sum of the rounded parts, which may differ from the whole
   */
  public record ShareAllocation(String what, BigDecimal whole, List<Estimate> parts, BigDecimal sumOfParts) {
    /**
     * Copies the parts, so that an allocation cannot change after it is reported.
     *
     * @param what the quantity
     * @param whole the figure shared out
     * @param parts one estimate an area, in the order given
     * @param sumOfParts the sum of the rounded parts, which may differ from the whole
     */
    public ShareAllocation {
      MissingValueException.require("what", what);
      MissingValueException.require("whole", whole);
      parts = List.copyOf(parts);
      MissingValueException.require("sumOfParts", sumOfParts);
    }
  }
}
