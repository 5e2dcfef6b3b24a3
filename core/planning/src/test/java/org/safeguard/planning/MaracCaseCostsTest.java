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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * The Drive evaluation's costs of a MARAC case and of delivering the programme (<i>Evaluation of the
 * Drive Project</i>, University of Bristol, 2019, Appendix 8): Table A8.1's yearly cost per case by
 * service and bearer, and its totals; Table A8.2's cost of all 76,000 MARAC cases a year; £2,400
 * to deliver the programme per perpetrator.
 */
class MaracCaseCostsTest {
  private static final MaracCaseCosts DRIVE = MaracCaseCosts.DRIVE_2019;

  @Test
  void tableA81sTotalsComeFromItsLines() {
    assertEquals(0, BigDecimal.valueOf(63_400).compareTo(DRIVE.perCase()), "Table A8.1 total, which the text rounds to £63,000");
    assertEquals(0, BigDecimal.valueOf(24_565).compareTo(DRIVE.perCase(CostBearer.VICTIM_AND_CHILDREN)));
    assertEquals(0, BigDecimal.valueOf(38_835).compareTo(DRIVE.perCase(CostBearer.PERPETRATOR)));
    assertEquals(0, BigDecimal.valueOf(32_000).compareTo(DRIVE.perCase(EnumSet.of(CostArea.POLICE, CostArea.OTHER_CRIMINAL_JUSTICE))),
        "total criminal justice");
    assertEquals(0, BigDecimal.valueOf(13_410).compareTo(DRIVE.perCase(EnumSet.of(CostArea.PHYSICAL_HEALTH, CostArea.MENTAL_HEALTH,
        CostArea.SUBSTANCE_USE))), "total health");
    assertEquals(0, BigDecimal.valueOf(3_600).compareTo(DRIVE.perCase(EnumSet.of(CostArea.HOUSING))));
    assertEquals(List.of(CostArea.values()), DRIVE.areas());
  }

  /**
   * Table A8.2 gives the cost of all 76,000 MARAC cases a year as £4,820m; the table's parts by
   * bearer (£1,860m, £2,960m) were worked from unrounded figures and do not come out of Table A8.1's
   * rounded ones, so only the total is checked, to the table's £10m.
   */
  @Test
  void allMaracCasesCostWhatTableA82Says() {
    BigDecimal millions = DRIVE.forCases(76_000).divide(BigDecimal.valueOf(10_000_000), 0, RoundingMode.HALF_UP).multiply(BigDecimal.TEN);
    assertEquals(0, BigDecimal.valueOf(4_820).compareTo(millions));
  }

  @Test
  void deliveryIsTwoThousandFourHundredPoundsAPerpetrator() {
    assertEquals(0, BigDecimal.valueOf(2_400).compareTo(DRIVE.deliveryPerPerpetrator()));
    assertEquals(0, BigDecimal.valueOf(1_214_400).compareTo(DRIVE.delivery(506)), "the 506 who completed");
    assertEquals(0, BigDecimal.ZERO.compareTo(DRIVE.delivery(0)));
  }

  @Test
  void costsAreRefusedNamingTheFieldWhenTheyCannotBeRight() {
    BigDecimal one = BigDecimal.ONE;
    assertEquals("perCase", assertThrows(PlanningInputException.class,
        () -> new MaracCaseCosts.Line(CostArea.POLICE, CostBearer.PERPETRATOR, BigDecimal.valueOf(-1))).field());
    assertEquals("deliveryPerPerpetrator", assertThrows(PlanningInputException.class,
        () -> new MaracCaseCosts("x", "1", BigDecimal.valueOf(-1), List.of())).field());
    MaracCaseCosts.Line police = new MaracCaseCosts.Line(CostArea.POLICE, CostBearer.PERPETRATOR, one);
    assertEquals("lines", assertThrows(PlanningInputException.class, () -> new MaracCaseCosts("x", "1", one, List.of(police, police))).field());
    assertEquals("id", assertThrows(InvalidInputException.class, () -> new MaracCaseCosts("Not An Id", "1", one, List.of())).field());
    assertEquals("cases", assertThrows(PlanningInputException.class, () -> DRIVE.forCases(-1)).field());
    assertEquals("perpetrators", assertThrows(PlanningInputException.class, () -> DRIVE.delivery(-1)).field());
    assertEquals("bearer", assertThrows(MissingValueException.class, () -> DRIVE.perCase((CostBearer) null)).field());
    MaracCaseCosts local = new MaracCaseCosts("county", "2026", one, List.of(police,
        new MaracCaseCosts.Line(CostArea.POLICE, CostBearer.VICTIM_AND_CHILDREN, BigDecimal.valueOf(2))));
    assertEquals(List.of(CostArea.POLICE), local.areas());
    assertEquals(0, BigDecimal.valueOf(3).compareTo(local.perCase()));
    assertEquals(0, BigDecimal.ZERO.compareTo(local.perCase(EnumSet.of(CostArea.HOUSING))));
  }

  @Property(tries = 200)
  void costsAddUpAcrossCasesAndBearers(@ForAll @LongRange(min = 0, max = 5_000_000) long a, @ForAll @LongRange(min = 0, max = 5_000_000) long b) {
    assertEquals(0, DRIVE.forCases(a).add(DRIVE.forCases(b)).compareTo(DRIVE.forCases(a + b)));
    assertEquals(0, DRIVE.perCase(CostBearer.VICTIM_AND_CHILDREN).add(DRIVE.perCase(CostBearer.PERPETRATOR)).compareTo(DRIVE.perCase()));
    assertEquals(0, DRIVE.delivery(a).add(DRIVE.delivery(b)).compareTo(DRIVE.delivery(a + b)));
  }
}
