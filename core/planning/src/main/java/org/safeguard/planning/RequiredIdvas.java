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
import java.util.Collection;
import java.util.List;
import org.safeguard.model.MissingValueException;

/**
 * The SafeLives required-IDVA formula for one MARAC area (SafeLives' 2019 survey of domestic abuse
 * practitioners, Appendix 2): the larger of the area's MARAC cases in a year and an estimate of 40
 * high-risk victims per 10,000 adult women, divided by 100 cases per IDVA a year, rounded up to the
 * nearest 0.5 FTE. Regional and national figures are sums of the rounded area figures, which is why the
 * survey's national 1,120 is more than the 939 that the national case count alone would need.
 *
 * <p>Immutable; the three parameters are open so that a commissioner can plan to another standard.
 */
public final class RequiredIdvas {
  /** 40 high-risk victims per 10,000 adult women; 100 cases per IDVA; up to the nearest 0.5 FTE. */
  public static final RequiredIdvas SAFELIVES_2019 =
      new RequiredIdvas(BigDecimal.valueOf(40), BigDecimal.valueOf(100), Rounding.UP_TO_HALF);

  private final BigDecimal victimsPer10kWomen;
  private final BigDecimal casesPerIdva;
  private final Rounding rounding;

  private RequiredIdvas(BigDecimal victimsPer10kWomen, BigDecimal casesPerIdva, Rounding rounding) {
    this.victimsPer10kWomen = victimsPer10kWomen;
    this.casesPerIdva = casesPerIdva;
    this.rounding = rounding;
  }

  /**
   * Another standard.
   *
   * @param victimsPer10kWomen high-risk victims per 10,000 adult women; not negative
   * @param casesPerIdva cases one IDVA supports in a year; above zero
   * @param rounding how each area's required FTE is rounded
   * @return the formula
   * @throws PlanningInputException if the prevalence is negative or the cases per IDVA not above zero
   */
  public static RequiredIdvas of(BigDecimal victimsPer10kWomen, BigDecimal casesPerIdva, Rounding rounding) {
    Decimals.requireNonNegative("high-risk victims per 10,000 adult women",
        Decimals.input("high-risk victims per 10,000 adult women", victimsPer10kWomen));
    Decimals.requirePositive("cases per IDVA", Decimals.input("cases per IDVA", casesPerIdva));
    return new RequiredIdvas(victimsPer10kWomen, casesPerIdva, MissingValueException.require("rounding", rounding));
  }

  /**
   * The prevalence estimate.
   *
   * @return high-risk victims per 10,000 adult women
   */
  public BigDecimal victimsPer10kWomen() {
    return victimsPer10kWomen;
  }

  /**
   * The caseload the formula divides by.
   *
   * @return cases one IDVA supports in a year
   */
  public BigDecimal casesPerIdva() {
    return casesPerIdva;
  }

  /**
   * The rounding of each area's required FTE.
   *
   * @return the rounding
   */
  public Rounding rounding() {
    return rounding;
  }

  /**
   * The requirement for an area.
   *
   * @param area the area; only its name, adult women and MARAC cases are used
   * @return the required FTE with the figures behind it
   */
  public AreaRequirement forArea(PlanningArea area) {
    MissingValueException.require("area", area);
    return forArea(area.name(), area.adultWomen(), area.maracCases());
  }

  /**
   * The requirement for an area.
   *
   * @param area the area's name
   * @param adultWomen the female population aged 16 and over
   * @param maracCases cases heard at the area's MARAC in 12 months
   * @return the required FTE with the figures behind it
   * @throws PlanningInputException if a count is negative
   */
  public AreaRequirement forArea(String area, long adultWomen, long maracCases) {
    String name = Decimals.requireName("area", area);
    Decimals.requireNonNegative("adult women", adultWomen);
    Decimals.requireNonNegative("MARAC cases", maracCases);
    Trace.Builder trace = Trace.builder();
    BigDecimal prevalence = trace.step("prevalence cases", "adult women ÷ 10,000 × high-risk victims per 10,000 adult women")
        .input("adult women", adultWomen).input("per 10,000", victimsPer10kWomen)
        .result(Decimals.divide(BigDecimal.valueOf(adultWomen).multiply(victimsPer10kWomen), Decimals.TEN_THOUSAND));
    BigDecimal marac = BigDecimal.valueOf(maracCases);
    AreaRequirement.Basis basis = marac.compareTo(prevalence) >= 0
        ? AreaRequirement.Basis.MARAC_CASES : AreaRequirement.Basis.PREVALENCE;
    BigDecimal casesUsed = trace.step("cases used", "the larger of MARAC cases and prevalence cases")
        .input("MARAC cases", marac).input("prevalence cases", prevalence)
        .result(marac.max(prevalence));
    BigDecimal exact = Decimals.divide(casesUsed, casesPerIdva);
    trace.step("required IDVAs", "cases used ÷ cases per IDVA")
        .input("cases used", casesUsed).input("cases per IDVA", casesPerIdva)
        .result(exact, rounding);
    return new AreaRequirement(name, adultWomen, maracCases, prevalence, basis, casesUsed,
        Fte.rounded(exact, rounding), trace.build());
  }

  /**
   * IDVAs for a number of cases alone, as the survey does for the national MARAC count ("93,892
   * cases ... around 939 FTE Idvas"), with the rounding given.
   *
   * @param cases cases in a year; not negative
   * @param casesRounding how the FTE is rounded
   * @return cases ÷ cases per IDVA, exact and rounded
   * @throws PlanningInputException if the cases are negative
   */
  public Fte forCases(BigDecimal cases, Rounding casesRounding) {
    Decimals.requireNonNegative("cases", cases);
    MissingValueException.require("casesRounding", casesRounding);
    return Fte.rounded(Decimals.divide(cases, casesPerIdva), casesRounding);
  }

  /**
   * The sum of the areas' rounded requirements: how the survey adds areas into regions and nations.
   *
   * @param areas the areas' requirements
   * @return the sum, not rounded again
   */
  public static Fte sumOfAreas(Collection<AreaRequirement> areas) {
    List<Fte> parts = new ArrayList<>(MissingValueException.require("areas", areas).size());
    for (AreaRequirement area : areas) {
      parts.add(MissingValueException.require("area", area).required());
    }
    return Fte.sumOfValues(parts);
  }

  @Override
  public String toString() {
    return "max(MARAC cases, " + Decimals.show(victimsPer10kWomen) + " per 10,000 adult women) ÷ "
        + Decimals.show(casesPerIdva) + " cases per IDVA, " + rounding.describe();
  }
}
