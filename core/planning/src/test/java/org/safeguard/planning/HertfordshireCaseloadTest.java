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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.planning.Figures.assertFigure;
import static org.safeguard.planning.Figures.d;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The caseload model of the <i>Hertfordshire Domestic Abuse Review</i> (CAADA, 2014): Table 9 and
 * section 3.4 (the county), Appendix 6 Table 1 (the three MARAC areas).
 */
class HertfordshireCaseloadTest {
  private static final CaseloadModel COUNTY = CaseloadModel.of(CaseloadStandard.CAADA_2014, Rounding.NEAREST_WHOLE);
  /** Appendix 6's police incidents, high and medium risk, by MARAC area: the share key. */
  private static final List<AreaShare> BY_INCIDENTS =
      List.of(AreaShare.of("Central", 1_149), AreaShare.of("East", 1_555), AreaShare.of("West", 1_099));

  private static Map<RiskTier, BigDecimal> visible(long high, long medium) {
    Map<RiskTier, BigDecimal> victims = new EnumMap<>(RiskTier.class);
    victims.put(RiskTier.HIGH, d(high));
    victims.put(RiskTier.MEDIUM, d(medium));
    return victims;
  }

  private static Allocation allocation() {
    return COUNTY.allocate("Hertfordshire", visible(1_000, 1_000), BY_INCIDENTS, Rounding.nearest(100), Rounding.NEAREST_HALF);
  }

  @Test
  @DisplayName("Hertfordshire review Table 9 / section 3.4: 1,000 high-risk victims at 65 need 15 IDVAs; 1,000 medium at 85 need 12; 27 in all")
  void theCountyNeeds15Plus12Advisers() {
    AdviserNeed county = COUNTY.advisers("Hertfordshire", 1_000, 1_000);
    assertFigure("15", county.tier(RiskTier.HIGH).value());
    assertFigure("12", county.tier(RiskTier.MEDIUM).value());
    assertFigure("27", county.total().value());
    assertTrue(county.tier(RiskTier.HIGH).exact().toPlainString().startsWith("15.384615"));
    assertTrue(county.tier(RiskTier.MEDIUM).exact().toPlainString().startsWith("11.764705"));
  }

  @Test
  @DisplayName("Hertfordshire review App 6 Table 1: visible victims per area 300 / 400 / 300 from the county's 1,000 by share of H+M incidents")
  void visibleVictimsAreSharedByHighAndMediumIncidents() {
    AreaShare.ShareAllocation high =
        AreaShare.allocate("visible high-risk victims", d(1_000), BY_INCIDENTS, Rounding.nearest(100));
    assertEquals(List.of("300", "400", "300"), high.parts().stream().map(e -> e.value().toPlainString()).toList());
    assertFigure("1000", high.sumOfParts());
    // shares of women aged 16+ give the same figures
    AreaShare.ShareAllocation byWomen = AreaShare.allocate("visible high-risk victims", d(1_000),
        List.of(AreaShare.of("Central", 144_954), AreaShare.of("East", 182_519), AreaShare.of("West", 132_188)),
        Rounding.nearest(100));
    assertEquals(List.of("300", "400", "300"), byWomen.parts().stream().map(e -> e.value().toPlainString()).toList());
  }

  @Test
  @DisplayName("Hertfordshire review App 6 Table 1: children of visible victims per area 600 / 900 / 600 from the county's 2,100")
  void childrenAreSharedTheSameWay() {
    AreaShare.ShareAllocation children = AreaShare.allocate("children of visible victims", d(2_100), BY_INCIDENTS,
        Rounding.nearest(100));
    assertEquals(List.of("600", "900", "600"), children.parts().stream().map(e -> e.value().toPlainString()).toList());
    assertFigure("2100", children.sumOfParts());
  }

  @Test
  @DisplayName("Hertfordshire review App 6 Table 1: area IDVAs high 4.5 / 6.0 / 4.5, medium 3.5 / 4.5 / 3.5, totals 8.0 / 10.5 / 8.0")
  void areaAdvisersMatchAppendix6() {
    Allocation allocation = allocation();
    String[][] expected = {{"Central", "4.5", "3.5", "8.0"}, {"East", "6.0", "4.5", "10.5"}, {"West", "4.5", "3.5", "8.0"}};
    for (int i = 0; i < expected.length; i++) {
      AdviserNeed area = allocation.areas().get(i).need();
      assertEquals(expected[i][0], area.area());
      assertFigure(expected[i][1], area.tier(RiskTier.HIGH).value(), expected[i][0] + " high");
      assertFigure(expected[i][2], area.tier(RiskTier.MEDIUM).value(), expected[i][0] + " medium");
      assertFigure(expected[i][3], area.total().value(), expected[i][0] + " total");
    }
  }

  @Test
  @DisplayName("Hertfordshire review App 6 Table 1: the areas add to 15.0 + 11.5 = 26.5, reported beside the county's 15 + 12 = 27")
  void theAreasDoNotAddUpToTheCountyAndAreNotForcedTo() {
    // Quirk: footnotes 38-39 say "Rounded to nearest FTE" but the areas are rounded to the nearest
    // 0.5; the medium areas (3.53, 4.71, 3.53) round down to 11.5 against the county's 11.76 -> 12.
    Allocation allocation = allocation();
    assertFigure("15.0", allocation.sumOfAreasByTier().get(RiskTier.HIGH));
    assertFigure("11.5", allocation.sumOfAreasByTier().get(RiskTier.MEDIUM));
    assertFigure("26.5", allocation.sumOfAreas());
    assertFigure("27", allocation.whole().total().value());
    assertFalse(allocation.areasAddUpToWhole());
  }

  @Test
  @DisplayName("Hertfordshire review App 6 Table 1: East's total 10.5 is the sum of its rounded tiers; 10.86 rounded whole would be 11.0")
  void anAreasTotalIsTheSumOfItsRoundedTiers() {
    AdviserNeed east = allocation().areas().get(1).need();
    assertFigure("10.5", east.total().value());
    assertFigure("11.0", Rounding.NEAREST_HALF.apply(east.exactTotal()));
  }

  @Test
  @DisplayName("Hertfordshire review App 6 Table 1: rounding the areas up to the next 0.5 (the survey's rule) would not give the printed 4.5 for Central")
  void theAreasRoundToTheNearestHalfNotUp() {
    AdviserNeed central = CaseloadModel.of(CaseloadStandard.CAADA_2014, Rounding.UP_TO_HALF).advisers("Central", 300, 300);
    assertFigure("5.0", central.tier(RiskTier.HIGH).value());
    assertFigure("4.0", central.tier(RiskTier.MEDIUM).value());
  }

  @Test
  @DisplayName("every area's trace shows its share of victims, then each tier's advisers with its rounding")
  void anAreasTraceShowsEveryStep() {
    Trace trace = allocation().areas().get(0).trace();
    List<String> names = trace.steps().stream().map(Trace.Step::name).toList();
    assertEquals(List.of("share (Central)", "visible victims, high risk (Central)", "share (Central)",
        "visible victims, medium risk (Central)", "advisers (high risk)", "advisers (medium risk)", "advisers (total)"), names);
    Trace.Step high = trace.step("advisers (high risk)").orElseThrow();
    assertEquals(Rounding.NEAREST_HALF, high.rounding());
    assertTrue(high.render().contains("visible victims 300; caseload 65"), high.render());
    assertTrue(high.render().endsWith("to the nearest 0.5 (halves up) → 4.5"), high.render());
  }
}
