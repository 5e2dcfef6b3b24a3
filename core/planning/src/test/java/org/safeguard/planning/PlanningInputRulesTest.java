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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.safeguard.csv.CsvInputException;

/**
 * The rules an area and a post hold to however they are made: read from a file, built, or
 * constructed directly as records, which a caller can do without the builder; and how a refused
 * number is shown.
 */
class PlanningInputRulesTest {
  private static final Optional<BigDecimal> NONE = Optional.empty();
  private static final OptionalLong NO_COUNT = OptionalLong.empty();

  /** An area made as a record, with the optional inputs given. */
  private static PlanningArea area(Optional<String> region, OptionalLong population, Optional<BigDecimal> fte, Optional<BigDecimal> share,
      OptionalLong beds, OptionalLong high, OptionalLong medium, Optional<BigDecimal> highCaseload, Optional<BigDecimal> mediumCaseload) {
    return new PlanningArea("North", region, population, 100, 5, fte, share, beds, high, medium, highCaseload, mediumCaseload);
  }

  private static PlanningArea counts(OptionalLong population, OptionalLong beds, OptionalLong high, OptionalLong medium) {
    return area(Optional.empty(), population, NONE, NONE, beds, high, medium, NONE, NONE);
  }

  private static String refusedField(Runnable making) {
    return assertThrows(PlanningInputException.class, making::run).field();
  }

  @Test
  void everyCountOfAnAreaMadeAsARecordIsHeldFromZeroToTheCeiling() {
    OptionalLong below = OptionalLong.of(-1);
    OptionalLong above = OptionalLong.of(PlanningArea.MAX_COUNT + 1);
    for (OptionalLong bad : List.of(below, above)) {
      assertEquals(PlanningArea.POPULATION, refusedField(() -> counts(bad, NO_COUNT, NO_COUNT, NO_COUNT)));
      assertEquals(PlanningArea.REFUGE_BEDS, refusedField(() -> counts(NO_COUNT, bad, NO_COUNT, NO_COUNT)));
      assertEquals(PlanningArea.VISIBLE_HIGH_RISK, refusedField(() -> counts(NO_COUNT, NO_COUNT, bad, NO_COUNT)));
      assertEquals(PlanningArea.VISIBLE_MEDIUM_RISK, refusedField(() -> counts(NO_COUNT, NO_COUNT, NO_COUNT, bad)));
    }
    assertEquals(PlanningArea.ADULT_WOMEN, refusedField(() -> new PlanningArea("North", Optional.empty(), NO_COUNT, -1, 5, NONE, NONE,
        NO_COUNT, NO_COUNT, NO_COUNT, NONE, NONE)));
    assertEquals(PlanningArea.MARAC_CASES, refusedField(() -> new PlanningArea("North", Optional.empty(), NO_COUNT, 100, -1, NONE, NONE,
        NO_COUNT, NO_COUNT, NO_COUNT, NONE, NONE)));

    OptionalLong ceiling = OptionalLong.of(PlanningArea.MAX_COUNT);
    OptionalLong zero = OptionalLong.of(0);
    PlanningArea widest = counts(ceiling, ceiling, zero, ceiling);
    assertEquals(ceiling, widest.population());
    assertEquals(zero, widest.visibleHighRisk());
  }

  @Test
  void fteInPostMayBeZeroButNeverNegative() {
    Optional<BigDecimal> none = Optional.of(BigDecimal.ZERO);
    assertEquals(none, area(Optional.empty(), NO_COUNT, none, NONE, NO_COUNT, NO_COUNT, NO_COUNT, NONE, NONE).idvaFte());
    PlanningInputException e = assertThrows(PlanningInputException.class,
        () -> area(Optional.empty(), NO_COUNT, Optional.of(new BigDecimal("-0.5")), NONE, NO_COUNT, NO_COUNT, NO_COUNT, NONE, NONE));
    assertEquals(PlanningArea.IDVA_FTE, e.field());
    assertEquals("-0.5", e.value());
    assertEquals("FTE in post is never negative", e.rule());
  }

  @Test
  void aShareRunsFromZeroToOneInclusive() {
    for (String share : List.of("0", "1", "1.00", "0.5")) {
      Optional<BigDecimal> given = Optional.of(new BigDecimal(share));
      assertEquals(given, area(Optional.empty(), NO_COUNT, NONE, given, NO_COUNT, NO_COUNT, NO_COUNT, NONE, NONE).highRiskShare());
    }
    for (String share : List.of("-0.01", "1.01", "2")) {
      PlanningInputException e = assertThrows(PlanningInputException.class, () -> area(Optional.empty(), NO_COUNT, NONE,
          Optional.of(new BigDecimal(share)), NO_COUNT, NO_COUNT, NO_COUNT, NONE, NONE), share);
      assertEquals(PlanningArea.HIGH_RISK_SHARE, e.field());
      assertEquals("a share from 0 to 1 (or 0% to 100%)", e.rule());
    }
  }

  @Test
  void aCaseloadIsAboveZeroWhicheverRiskItIsFor() {
    Optional<BigDecimal> zero = Optional.of(BigDecimal.ZERO);
    Optional<BigDecimal> small = Optional.of(new BigDecimal("0.1"));
    assertEquals(PlanningArea.HIGH_RISK_CASELOAD,
        refusedField(() -> area(Optional.empty(), NO_COUNT, NONE, NONE, NO_COUNT, NO_COUNT, NO_COUNT, zero, NONE)));
    assertEquals(PlanningArea.MEDIUM_RISK_CASELOAD,
        refusedField(() -> area(Optional.empty(), NO_COUNT, NONE, NONE, NO_COUNT, NO_COUNT, NO_COUNT, NONE, zero)));
    PlanningArea area = area(Optional.empty(), NO_COUNT, NONE, NONE, NO_COUNT, NO_COUNT, NO_COUNT, small, small);
    assertEquals(small, area.highRiskCaseload());
    assertEquals(small, area.mediumRiskCaseload());
  }

  @Test
  void aRegionIsTrimmedABlankOneIsNoRegionAndATooLongOneIsRefused() {
    assertEquals(Optional.of("Eastern"), area(Optional.of("  Eastern "), NO_COUNT, NONE, NONE, NO_COUNT, NO_COUNT, NO_COUNT, NONE, NONE).region());
    assertEquals(Optional.empty(), area(Optional.of("   "), NO_COUNT, NONE, NONE, NO_COUNT, NO_COUNT, NO_COUNT, NONE, NONE).region());
    PlanningInputException e = assertThrows(PlanningInputException.class, () -> area(Optional.of("r".repeat(Decimals.MAX_NAME + 1)),
        NO_COUNT, NONE, NONE, NO_COUNT, NO_COUNT, NO_COUNT, NONE, NONE));
    assertEquals(PlanningArea.REGION, e.field());
    assertEquals("(201 characters)", e.value(), "a name too long is not echoed");
    String longest = "r".repeat(Decimals.MAX_NAME);
    assertEquals(Optional.of(longest), area(Optional.of(longest), NO_COUNT, NONE, NONE, NO_COUNT, NO_COUNT, NO_COUNT, NONE, NONE).region());
  }

  @Test
  void everyColumnOfAnAreasFileIsReadIntoTheArea() {
    List<PlanningArea> areas = AreaCsv.read(String.join(",", AreaCsv.COLUMNS) + "\n"
        + "North,Eastern,250000,100000,180,4.5,0.8,12,300,450,60,90\n", "areas.csv");
    PlanningArea north = areas.get(0);
    assertEquals(new PlanningArea("North", Optional.of("Eastern"), OptionalLong.of(250_000), 100_000, 180,
        Optional.of(new BigDecimal("4.5")), Optional.of(new BigDecimal("0.8")), OptionalLong.of(12), OptionalLong.of(300),
        OptionalLong.of(450), Optional.of(new BigDecimal("60")), Optional.of(new BigDecimal("90"))), north);
  }

  @Test
  void aTeamFileNamesTheColumnOfAPostsRefusal() {
    String header = "role,salary,fte,adviser\n";
    assertEquals("team.csv: at least one post after the header row",
        assertThrows(CsvInputException.class, () -> TeamCsv.read(header, "team.csv")).getMessage());
    CsvInputException fte = assertThrows(CsvInputException.class, () -> TeamCsv.read(header + "IDVA,26000,-2,yes\n", "team.csv"));
    assertEquals("fte", fte.field());
    assertEquals("never negative", fte.rule());
    CsvInputException salary = assertThrows(CsvInputException.class,
        () -> TeamCsv.read(header + "IDVA,26000000,2,yes\n", "team.csv"));
    assertEquals("salary", salary.field());
    CsvInputException role = assertThrows(CsvInputException.class,
        () -> TeamCsv.read(header + "r".repeat(Decimals.MAX_NAME + 1) + ",26000,2,yes\n", "team.csv"));
    assertEquals("role", role.field());
    assertTrue(role.rule().startsWith("a name of at most 200 characters"), role.rule());
    // an empty cell is a missing value, not a zero
    CsvInputException noSalary = assertThrows(CsvInputException.class, () -> TeamCsv.read(header + "IDVA,,2,yes\n", "team.csv"));
    assertEquals("salary", noSalary.field());
    assertEquals("every post has a salary", noSalary.rule());
    CsvInputException noFte = assertThrows(CsvInputException.class, () -> TeamCsv.read(header + "IDVA,26000,,yes\n", "team.csv"));
    assertEquals("fte", noFte.field());
    assertEquals("every post has an FTE", noFte.rule());
  }

  @Test
  void aRefusedNumberIsShownAsWrittenWhenShortAndByItsSizeWhenNot() {
    assertEquals("12.5", Decimals.brief(new BigDecimal("12.5")));
    // up to 40 digits written out, more in scientific form
    assertEquals("0.000000" + "1".repeat(40), Decimals.brief(new BigDecimal("1".repeat(40)).scaleByPowerOfTen(-46)));
    assertEquals("1." + "1".repeat(40) + "E-7", Decimals.brief(new BigDecimal("1".repeat(41)).scaleByPowerOfTen(-47)));
    // up to 20 zeros after the digits, and 60 decimal places, written out
    assertEquals("1" + "0".repeat(20), Decimals.brief(new BigDecimal("1E+20")));
    assertEquals("1E+21", Decimals.brief(new BigDecimal("1E+21")));
    assertEquals("0." + "0".repeat(59) + "1", Decimals.brief(new BigDecimal("1E-60")));
    assertEquals("1E-61", Decimals.brief(new BigDecimal("1E-61")));
    // and a number whose scientific form is longer than 60 characters only by its size
    assertEquals("1".repeat(60), Decimals.brief(new BigDecimal("1".repeat(60))));
    assertEquals("(a number of 61 digits)", Decimals.brief(new BigDecimal("1".repeat(61))));
  }

  @Test
  void aNumberInATraceIsWrittenAsGivenUpToSixDecimalsAndRoundedBeyond() {
    assertEquals("6.0", Decimals.show(new BigDecimal("6.0")));
    assertEquals("31200.00", Decimals.show(new BigDecimal("31200.00")));
    assertEquals("1.100000", Decimals.show(new BigDecimal("1.100000")));
    assertEquals("500", Decimals.show(new BigDecimal("5E+2")));
    assertEquals("1.25", Decimals.show(new BigDecimal("1.2500000")));
    assertEquals("100", Decimals.show(new BigDecimal("100.0000000")));
    assertEquals("≈1.234568", Decimals.show(new BigDecimal("1.2345678")));
    assertEquals("1".repeat(40), Decimals.show(new BigDecimal("1".repeat(40))));
    assertEquals("(a number of 61 digits)", Decimals.show(new BigDecimal("1".repeat(61))));
  }

  @Test
  void aHalfStepIsRoundedByTheModeAndAnythingElseToTheNearerStep() {
    Rounding halvesUp = Rounding.nearest(10);
    assertEquals(0, new BigDecimal("20").compareTo(halvesUp.apply(new BigDecimal("15"))));
    assertEquals(0, new BigDecimal("10").compareTo(halvesUp.apply(new BigDecimal("14.99"))));
    assertEquals(0, new BigDecimal("-20").compareTo(halvesUp.apply(new BigDecimal("-15"))));
    Rounding halvesEven = Rounding.to(BigDecimal.TEN, java.math.RoundingMode.HALF_EVEN);
    assertEquals(0, new BigDecimal("20").compareTo(halvesEven.apply(new BigDecimal("15"))));
    assertEquals(0, new BigDecimal("20").compareTo(halvesEven.apply(new BigDecimal("25"))));
    assertEquals(0, new BigDecimal("30").compareTo(halvesEven.apply(new BigDecimal("25.01"))));
  }

  @Test
  void anAllocationAmongAreasNamesTheAreaThatIsMissing() {
    CaseloadModel county = CaseloadModel.of(CaseloadStandard.CAADA_2014, Rounding.NEAREST_WHOLE);
    java.util.Map<RiskTier, BigDecimal> victims = java.util.Map.of(RiskTier.HIGH, BigDecimal.TEN, RiskTier.MEDIUM, BigDecimal.TEN);
    assertEquals("areas", assertThrows(PlanningInputException.class,
        () -> county.allocate("whole", victims, List.of(), Rounding.NEAREST_WHOLE, Rounding.NEAREST_HALF)).field());
    java.util.List<AreaShare> withGap = new java.util.ArrayList<>(List.of(AreaShare.of("A", 1)));
    withGap.add(null);
    assertEquals("shares item 2", assertThrows(org.safeguard.model.MissingValueException.class,
        () -> county.allocate("whole", victims, withGap, Rounding.NEAREST_WHOLE, Rounding.NEAREST_HALF)).field());
  }
}
