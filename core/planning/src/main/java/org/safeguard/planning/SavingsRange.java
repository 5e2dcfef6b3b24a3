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

import org.safeguard.model.MissingValueException;

/**
 * A range of savings from support: the extra cases where abuse ceases, and the direct costs
 * avoided, each low and high.
 *
 * @param extraCessationsLow extra cessations from the low victim estimate
 * @param extraCessationsHigh extra cessations from the high victim estimate
 * @param savingsLow low cessations × low cost avoided, rounded
 * @param savingsHigh high cessations × high cost avoided, rounded
 * @param trace the steps
 */
public record SavingsRange(Estimate extraCessationsLow, Estimate extraCessationsHigh, Estimate savingsLow,
    Estimate savingsHigh, Trace trace) {
  /**
   * Checks that every part is given.
   *
   * @param extraCessationsLow extra cessations from the low victim estimate
   * @param extraCessationsHigh extra cessations from the high victim estimate
   * @param savingsLow low cessations × low cost avoided, rounded
   * @param savingsHigh high cessations × high cost avoided, rounded
   * @param trace the steps
   */
  public SavingsRange {
    MissingValueException.require("extraCessationsLow", extraCessationsLow);
    MissingValueException.require("extraCessationsHigh", extraCessationsHigh);
    MissingValueException.require("savingsLow", savingsLow);
    MissingValueException.require("savingsHigh", savingsHigh);
    MissingValueException.require("trace", trace);
  }
}
