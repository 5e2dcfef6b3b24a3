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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.StableId;

/**
 * Versioned unit costs of a case heard at MARAC, a year's cost to public services by service and
 * by who it falls on, and what a perpetrator programme costs to deliver per perpetrator: the
 * figures a commissioner sets a programme's cost against.
 *
 * <p><b>They hold only for cases at the MARAC threshold.</b> The usage and prevalence rates behind
 * them are of high-risk cases referred to MARAC (police data on the perpetrators in the six months
 * before referral, the linked victims' IDVA records, the programme's own midpoint data), and say
 * nothing of cases below that threshold.
 *
 * @param id the cost set's id: lower-case words joined by hyphens
 * @param version its version, so that a report says which figures it used
 * @param deliveryPerPerpetrator what the programme costs to deliver for one perpetrator, in pounds
 * @param lines each service's yearly cost per case and who it falls on, in pounds; each service and
 *     bearer once
 */
public record MaracCaseCosts(String id, String version, BigDecimal deliveryPerPerpetrator, List<Line> lines) {
  /**
   * The Drive evaluation's costs (<i>Evaluation of the Drive Project</i>, University of Bristol,
   * 2019, Appendix 8): Table A8.1's yearly cost per MARAC case (£63,400 in all; the text rounds it
   * to £63,000), and the programme's delivery cost of £2,400 per perpetrator.
   */
  public static final MaracCaseCosts DRIVE_2019 = new MaracCaseCosts("drive-evaluation", "2019", BigDecimal.valueOf(2_400), List.of(
      new Line(CostArea.POLICE, CostBearer.PERPETRATOR, BigDecimal.valueOf(17_800)),
      new Line(CostArea.OTHER_CRIMINAL_JUSTICE, CostBearer.PERPETRATOR, BigDecimal.valueOf(14_200)),
      new Line(CostArea.PHYSICAL_HEALTH, CostBearer.VICTIM_AND_CHILDREN, BigDecimal.valueOf(3_240)),
      new Line(CostArea.MENTAL_HEALTH, CostBearer.VICTIM_AND_CHILDREN, BigDecimal.valueOf(3_345)),
      new Line(CostArea.MENTAL_HEALTH, CostBearer.PERPETRATOR, BigDecimal.valueOf(2_050)),
      new Line(CostArea.SUBSTANCE_USE, CostBearer.VICTIM_AND_CHILDREN, BigDecimal.valueOf(1_375)),
      new Line(CostArea.SUBSTANCE_USE, CostBearer.PERPETRATOR, BigDecimal.valueOf(3_400)),
      new Line(CostArea.CHILDRENS_SERVICES, CostBearer.VICTIM_AND_CHILDREN, BigDecimal.valueOf(14_390)),
      new Line(CostArea.HOUSING, CostBearer.VICTIM_AND_CHILDREN, BigDecimal.valueOf(2_215)),
      new Line(CostArea.HOUSING, CostBearer.PERPETRATOR, BigDecimal.valueOf(1_385))));

  /**
   * One service's yearly cost per case, falling on one bearer.
   *
   * @param area the service
   * @param bearer who the cost follows
   * @param perCase pounds a year per case, not negative
   */
  public record Line(CostArea area, CostBearer bearer, BigDecimal perCase) {
    /**
     * Checks the parts.
     *
     * @param area the service
     * @param bearer the bearer
     * @param perCase the cost
     * @throws PlanningInputException when the cost is negative or out of bounds
     */
    public Line {
      MissingValueException.require("area", area);
      MissingValueException.require("bearer", bearer);
      perCase = Decimals.requireNonNegative("perCase", Decimals.input("perCase", perCase));
    }
  }

  /**
   * Checks the parts and keeps an unmodifiable copy of the lines.
   *
   * @param id the id
   * @param version the version
   * @param deliveryPerPerpetrator the delivery cost
   * @param lines the lines
   * @throws PlanningInputException when a cost is negative, or a service and bearer appear twice
   */
  public MaracCaseCosts {
    StableId.require("id", id);
    StableId.requireVersion("version", version);
    deliveryPerPerpetrator = Decimals.requireNonNegative("deliveryPerPerpetrator", Decimals.input("deliveryPerPerpetrator",
        deliveryPerPerpetrator));
    lines = List.copyOf(MissingValueException.requireElements("lines", lines));
    Set<String> seen = new java.util.HashSet<>();
    for (Line line : lines) {
      if (!seen.add(line.area() + "/" + line.bearer())) {
        throw new PlanningInputException("lines", line.area() + " " + line.bearer(), "each service and bearer once");
      }
    }
  }

  /**
   * The yearly cost of one case to every service.
   *
   * @return the sum of the lines, in pounds
   */
  public BigDecimal perCase() {
    return sum(EnumSet.allOf(CostArea.class), EnumSet.allOf(CostBearer.class));
  }

  /**
   * The yearly cost of one case that falls on one bearer.
   *
   * @param bearer the bearer
   * @return the sum of that bearer's lines, in pounds
   */
  public BigDecimal perCase(CostBearer bearer) {
    MissingValueException.require("bearer", bearer);
    return sum(EnumSet.allOf(CostArea.class), EnumSet.of(bearer));
  }

  /**
   * The yearly cost of one case to some services, such as criminal justice (the police and the
   * rest) or health.
   *
   * @param areas the services
   * @return the sum of their lines, in pounds
   */
  public BigDecimal perCase(Set<CostArea> areas) {
    MissingValueException.requireElements("areas", areas);
    return sum(areas, EnumSet.allOf(CostBearer.class));
  }

  private BigDecimal sum(Set<CostArea> areas, Set<CostBearer> bearers) {
    BigDecimal total = BigDecimal.ZERO;
    for (Line line : lines) {
      if (areas.contains(line.area()) && bearers.contains(line.bearer())) {
        total = total.add(line.perCase());
      }
    }
    return total;
  }

  /**
   * The yearly cost of a number of cases at the MARAC threshold.
   *
   * @param cases how many cases, not negative
   * @return {@link #perCase()} times the cases, in pounds
   * @throws PlanningInputException when the count is negative
   */
  public BigDecimal forCases(long cases) {
    return perCase().multiply(BigDecimal.valueOf(Decimals.requireNonNegative("cases", cases)));
  }

  /**
   * What the programme costs to deliver for a number of perpetrators.
   *
   * @param perpetrators how many, not negative
   * @return {@link #deliveryPerPerpetrator()} times the perpetrators, in pounds
   * @throws PlanningInputException when the count is negative
   */
  public BigDecimal delivery(long perpetrators) {
    return deliveryPerPerpetrator.multiply(BigDecimal.valueOf(Decimals.requireNonNegative("perpetrators", perpetrators)));
  }

  /**
   * The services with a cost, in the order of {@link CostArea}.
   *
   * @return the services
   */
  public List<CostArea> areas() {
    List<CostArea> areas = new ArrayList<>();
    for (CostArea area : CostArea.values()) {
      if (lines.stream().anyMatch(l -> l.area() == area)) {
        areas.add(area);
      }
    }
    return areas;
  }
}
