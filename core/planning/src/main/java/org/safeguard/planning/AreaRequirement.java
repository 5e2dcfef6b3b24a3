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
import org.safeguard.model.MissingValueException;

/**
 * The required IDVAs for one MARAC area, with the figures behind it.
 *
 * @param area the area's name
 * @param adultWomen the female population aged 16 and over
 * @param maracCases MARAC cases in 12 months
 * @param prevalenceCases the prevalence estimate of high-risk victims, unrounded
 * @param basis which of the two was used
 * @param casesUsed the larger of the two
 * @param required the required FTE, exact and rounded
 * @param trace the steps
 */
public record AreaRequirement(String area, long adultWomen, long maracCases, BigDecimal prevalenceCases, Basis basis,
    BigDecimal casesUsed, Fte required, Trace trace) {
  /** Which count the requirement rests on. */
  public enum Basis {
    /** The MARAC heard at least as many cases as the prevalence estimate. */
    MARAC_CASES,
    /** The MARAC heard fewer cases than the prevalence estimate, which replaces them. */
    PREVALENCE
  }

  /**
   * Checks that every figure is given.
   *
   * @param area the area's name
   * @param adultWomen the female population aged 16 and over
   * @param maracCases MARAC cases in 12 months
   * @param prevalenceCases the prevalence estimate of high-risk victims, unrounded
   * @param basis which of the two was used
   * @param casesUsed the larger of the two
   * @param required the required FTE, exact and rounded
   * @param trace the steps
   */
  public AreaRequirement {
    MissingValueException.require("area", area);
    MissingValueException.require("prevalenceCases", prevalenceCases);
    MissingValueException.require("basis", basis);
    MissingValueException.require("casesUsed", casesUsed);
    MissingValueException.require("required", required);
    MissingValueException.require("trace", trace);
  }
}
