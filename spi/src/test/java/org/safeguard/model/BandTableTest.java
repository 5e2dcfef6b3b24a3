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
package org.safeguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Bands and band tables: the Dash RIC bands as SafeLives, <i>Marac referral criteria and form</i>
 * sets the top one (14+ is visible high risk) and some areas set the rest locally (0-9, 10-13), and
 * every rule a table is checked against when it is built.
 */
class BandTableTest {
  static final Band STANDARD = Band.of(RiskLevel.STANDARD, 0, 9);
  static final Band MEDIUM = Band.of(RiskLevel.MEDIUM, 10, 13);
  static final Band HIGH = Band.from(RiskLevel.HIGH, 14);
  static final BandTable DASH = BandTable.of("safelives-dash-ric", List.of(STANDARD, MEDIUM, HIGH));

  @Test
  void aBandHoldsBothEndsAndNothingOutside() {
    assertFalse(MEDIUM.contains(9));
    assertTrue(MEDIUM.contains(10));
    assertTrue(MEDIUM.contains(13));
    assertFalse(MEDIUM.contains(14));
  }

  @Test
  void theOpenTopBandHoldsEveryScoreFromItsLowerEnd() {
    assertFalse(HIGH.contains(13));
    assertTrue(HIGH.contains(14));
    assertTrue(HIGH.contains(Integer.MAX_VALUE));
  }

  @Test
  void aBandReadsAsItsLevelAndRange() {
    assertEquals("medium 10-13", MEDIUM.toString());
    assertEquals("high 14+", HIGH.toString());
  }

  @Test
  void aBandStartsAtZeroOrAbove() {
    assertEquals(0, Band.of(RiskLevel.STANDARD, 0, 0).lower());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Band.from(RiskLevel.HIGH, -1));
    assertEquals("band.lower", e.field());
    assertEquals("-1", e.value());
  }

  @Test
  void aBandsUpperEndIsNotBelowItsLowerEnd() {
    assertTrue(Band.of(RiskLevel.MEDIUM, 10, 10).contains(10));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Band.of(RiskLevel.MEDIUM, 10, 9));
    assertEquals("band.upper", e.field());
    assertEquals("9", e.value());
  }

  @Test
  void theDashRicBandsGiveHighFromFourteenAndTheLocalStandardAndMediumBelow() {
    assertSame(STANDARD, DASH.bandFor(0));
    assertSame(STANDARD, DASH.bandFor(9));
    assertSame(MEDIUM, DASH.bandFor(10));
    assertSame(MEDIUM, DASH.bandFor(13));
    assertSame(HIGH, DASH.bandFor(14));
    assertSame(HIGH, DASH.bandFor(24));
    assertSame(HIGH, DASH.bandFor(Integer.MAX_VALUE));
  }

  @Test
  void aScoreBelowZeroFallsInTheLowestBand() {
    assertSame(STANDARD, DASH.bandFor(-1));
    assertSame(STANDARD, DASH.bandFor(Integer.MIN_VALUE));
  }

  @Test
  void aTableWithOneOpenBandPutsEveryScoreInIt() {
    Band all = Band.from(RiskLevel.STANDARD, 0);
    BandTable one = BandTable.of("one", List.of(all));
    assertSame(all, one.bandFor(0));
    assertSame(all, one.bandFor(1));
    assertSame(all, one.bandFor(-5));
  }

  @Test
  void aTableWhoseTopBandStartsHighIsSearchedAndGivesTheSameBands() {
    // a weighted instrument's scale: the top band starts beyond the scores indexed in an array
    for (int highFrom : new int[] {4095, 4096, 4097, 100_000}) {
      Band low = Band.of(RiskLevel.STANDARD, 0, 99);
      Band middle = Band.of(RiskLevel.MEDIUM, 100, highFrom - 1);
      Band top = Band.from(RiskLevel.HIGH, highFrom);
      BandTable table = BandTable.of("weighted", List.of(low, middle, top));
      assertSame(low, table.bandFor(-1), "from " + highFrom);
      assertSame(low, table.bandFor(0), "from " + highFrom);
      assertSame(low, table.bandFor(99), "from " + highFrom);
      assertSame(middle, table.bandFor(100), "from " + highFrom);
      assertSame(middle, table.bandFor(highFrom - 1), "from " + highFrom);
      assertSame(top, table.bandFor(highFrom), "from " + highFrom);
      assertSame(top, table.bandFor(highFrom + 1), "from " + highFrom);
      assertSame(top, table.bandFor(Integer.MAX_VALUE), "from " + highFrom);
    }
  }

  @Test
  void aTableNeedsAtLeastOneBand() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> BandTable.of("t", List.of()));
    assertEquals("bands.t", e.field());
    assertTrue(e.rule().contains("at least one band"), e.rule());
  }

  @Test
  void theLowestBandStartsAtZero() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> BandTable.of("t", List.of(Band.of(RiskLevel.STANDARD, 1, 9), Band.from(RiskLevel.HIGH, 10))));
    assertEquals("standard 1-9", e.value());
    assertTrue(e.rule().contains("starts at 0"), e.rule());
  }

  @Test
  void bandsFollowOnWithoutAGap() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> BandTable.of("t", List.of(Band.of(RiskLevel.STANDARD, 0, 9), Band.from(RiskLevel.HIGH, 11))));
    assertEquals("high 11+", e.value());
    assertTrue(e.rule().contains("without gaps"), e.rule());
  }

  @Test
  void bandsFollowOnWithoutAnOverlap() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> BandTable.of("t", List.of(Band.of(RiskLevel.STANDARD, 0, 9), Band.from(RiskLevel.HIGH, 9))));
    assertEquals("high 9+", e.value());
  }

  @Test
  void onlyTheTopBandIsOpen() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> BandTable.of("t", List.of(Band.from(RiskLevel.STANDARD, 0), Band.from(RiskLevel.HIGH, 10))));
    assertEquals("high 10+", e.value());
    assertTrue(e.rule().contains("without gaps"), e.rule());
  }

  @Test
  void theTopBandIsOpenEnded() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> BandTable.of("t", List.of(Band.of(RiskLevel.STANDARD, 0, 9), Band.of(RiskLevel.HIGH, 10, 40))));
    assertEquals("high 10-40", e.value());
    assertTrue(e.rule().contains("open-ended"), e.rule());
  }

  @Test
  void aHigherBandMayNotHaveALowerLevel() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> BandTable.of("t", List.of(Band.of(RiskLevel.MEDIUM, 0, 9), Band.from(RiskLevel.STANDARD, 10))));
    assertEquals("standard 10+", e.value());
    assertTrue(e.rule().contains("lower level"), e.rule());
  }

  @Test
  void twoBandsMayShareALevelForTheRuleIsNeverLowerNotAlwaysHigher() {
    BandTable split = BandTable.of("t", List.of(Band.of(RiskLevel.STANDARD, 0, 7), Band.of(RiskLevel.STANDARD, 8, 9),
        Band.from(RiskLevel.HIGH, 10)));
    assertEquals(RiskLevel.STANDARD, split.bandFor(9).level());
  }

  @Test
  void anAgencysTableIsNamedWithItsAgencyInARefusal() {
    BandTable police = BandTable.forAgency("acpo-dash", Agency.POLICE, List.of(Band.from(RiskLevel.STANDARD, 0)));
    assertEquals(Optional.of(Agency.POLICE), police.agency());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> BandTable.forAgency("acpo-dash", Agency.POLICE, List.of(Band.of(RiskLevel.STANDARD, 0, 7))));
    assertEquals("bands.acpo-dash@POLICE", e.field());
  }

  @Test
  void aNullBandIsRefusedByItsPosition() {
    java.util.ArrayList<Band> bands = new java.util.ArrayList<>(List.of(STANDARD));
    bands.add(null);
    assertEquals("bands[1]", assertThrows(MissingValueException.class, () -> BandTable.of("t", bands)).field());
  }
}
