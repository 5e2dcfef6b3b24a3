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
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The rules a planning area's inputs keep, each at its edge, whether the area is built in code or
 * read from CSV; and the CSV format itself (RFC 4180 quoting, comments, line numbers in refusals).
 */
class PlanningInputTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static PlanningInputException refused(PlanningArea.Builder b) {
    return assertThrows(PlanningInputException.class, b::build);
  }

  private static PlanningInputException refusedCsv(String text) {
    return assertThrows(PlanningInputException.class, () -> AreaCsv.read(text, "areas.csv"));
  }

  @Test
  void zeroIsACountAndBelowZeroIsNot() {
    PlanningArea zeroes = PlanningArea.builder("A", 0, 0).population(0).refugeBeds(0).visibleVictims(0, 0).build();
    assertEquals(OptionalLong.of(0), zeroes.population());
    assertEquals(OptionalLong.of(0), zeroes.refugeBeds());
    assertEquals(OptionalLong.of(0), zeroes.visibleHighRisk());
    assertEquals(OptionalLong.of(0), zeroes.visibleMediumRisk());
    assertEquals(PlanningArea.POPULATION, refused(PlanningArea.builder("A", 1, 1).population(-1)).field());
    assertEquals(PlanningArea.ADULT_WOMEN, refused(PlanningArea.builder("A", -1, 1)).field());
    assertEquals(PlanningArea.REFUGE_BEDS, refused(PlanningArea.builder("A", 1, 1).refugeBeds(-1)).field());
    assertEquals(PlanningArea.VISIBLE_HIGH_RISK, refused(PlanningArea.builder("A", 1, 1).visibleHighRisk(-1)).field());
    assertEquals(PlanningArea.VISIBLE_MEDIUM_RISK, refused(PlanningArea.builder("A", 1, 1).visibleMediumRisk(-1)).field());
  }

  @Test
  void fteInPostIsZeroOrMore() {
    assertEquals(Optional.of(d("0")), PlanningArea.builder("A", 1, 1).idvaFte(d("0")).build().idvaFte());
    PlanningInputException e = refused(PlanningArea.builder("A", 1, 1).idvaFte(d("-0.5")));
    assertEquals(PlanningArea.IDVA_FTE, e.field());
    assertEquals("-0.5", e.value());
  }

  @Test
  void theHighRiskShareRunsFromZeroToOneBothIncluded() {
    assertEquals(Optional.of(d("0")), PlanningArea.builder("A", 1, 1).highRiskShare(d("0")).build().highRiskShare());
    assertEquals(Optional.of(d("1")), PlanningArea.builder("A", 1, 1).idvas(d("2"), d("1")).build().highRiskShare());
    assertEquals(PlanningArea.HIGH_RISK_SHARE, refused(PlanningArea.builder("A", 1, 1).highRiskShare(d("-0.01"))).field());
    assertEquals(PlanningArea.HIGH_RISK_SHARE, refused(PlanningArea.builder("A", 1, 1).highRiskShare(d("1.01"))).field());
  }

  @Test
  void aCaseloadIsAboveZero() {
    assertEquals(Optional.of(d("0.1")), PlanningArea.builder("A", 1, 1).highRiskCaseload(d("0.1")).build().highRiskCaseload());
    assertEquals(PlanningArea.HIGH_RISK_CASELOAD, refused(PlanningArea.builder("A", 1, 1).highRiskCaseload(d("0"))).field());
    assertEquals(PlanningArea.MEDIUM_RISK_CASELOAD, refused(PlanningArea.builder("A", 1, 1).mediumRiskCaseload(d("-5"))).field());
  }

  @Test
  void namesAndRegionsAreStrippedAndAnEmptyRegionIsNone() {
    PlanningArea a = PlanningArea.builder("  East ", 1, 1).region(" Eastern ").build();
    assertEquals("East", a.name());
    assertEquals(Optional.of("Eastern"), a.region());
    assertEquals(Optional.empty(), PlanningArea.builder("East", 1, 1).region("  ").build().region());
    assertEquals(PlanningArea.AREA, refused(PlanningArea.builder("", 1, 1)).field());
  }

  @Test
  void aRefusalFromAFileNamesTheFileRowLineAndColumn() {
    PlanningInputException e = refusedCsv("# comment\narea,adult_women,marac_cases,idva_fte\n\nA,1,1,1\nB,2,2,-1\n");
    assertEquals(Optional.of("areas.csv"), e.source());
    assertEquals(OptionalInt.of(2), e.row());
    assertEquals(OptionalInt.of(5), e.line());
    assertEquals("areas.csv row 2 (line 5), field idva_fte = -1: never negative", e.getMessage());
  }

  @Test
  void aRefusalInTheHeaderSaysHeader() {
    PlanningInputException e = refusedCsv("\n\narea,adult_women\nA,1\n");
    assertEquals(OptionalInt.of(0), e.row());
    assertEquals(OptionalInt.of(3), e.line());
    assertTrue(e.getMessage().startsWith("areas.csv header (line 3), field marac_cases"), e.getMessage());
  }

  @Test
  void anAreaBuiltInCodeHasNoPlaceInAFile() {
    PlanningInputException e = refused(PlanningArea.builder("A", 1, -1));
    assertEquals(Optional.empty(), e.source());
    assertEquals(OptionalInt.empty(), e.row());
    assertEquals(OptionalInt.empty(), e.line());
  }

  @Test
  void aQuotedFieldMayHoldCommasQuotesAndLineBreaksAndTheLinesAreStillCounted() {
    List<PlanningArea> areas = AreaCsv.read("area,region,adult_women,marac_cases\n"
        + "\"Stevenage, North\",\"the \"\"new\"\"\nregion\",1,1\r\n"
        + "  \"West\"  ,,2,2\n"
        + "East,,3,3\n", "areas.csv");
    assertEquals(List.of("Stevenage, North", "West", "East"), areas.stream().map(PlanningArea::name).toList());
    assertEquals(Optional.of("the \"new\"\nregion"), areas.get(0).region());
    PlanningInputException e = refusedCsv("area,region,adult_women,marac_cases\n\"A\",\"x\ny\",1,1\nB,,1,-1\n");
    assertEquals(OptionalInt.of(4), e.line(), "the line break inside the quotes is a line of the file");
  }

  @Test
  void textAfterAClosingQuoteIsRefused() {
    PlanningInputException e = refusedCsv("area,adult_women,marac_cases\n\"A\"x,1,1\n");
    assertEquals("field 1", e.field());
    assertEquals("(after quote)", e.value());
    assertEquals(OptionalInt.of(2), e.line());
    assertEquals("field 2", refusedCsv("area,adult_women,marac_cases\nA,\"1\" 2,1\n").field());
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsKept() {
    assertEquals("O\"Neil", AreaCsv.read("area,adult_women,marac_cases\nO\"Neil,1,1\n", "areas.csv").get(0).name());
  }

  @Test
  void aFileWithoutAFinalLineBreakReadsItsLastRow() {
    assertEquals(2, AreaCsv.read("area,adult_women,marac_cases\nA,1,1\nB,2,2", "areas.csv").size());
    assertEquals(1, AreaCsv.read("area,adult_women,marac_cases\r\nA,1,1\r\n", "areas.csv").size());
  }

  @Test
  void aCommentAtTheEndOfTheFileEndsIt() {
    assertEquals(1, AreaCsv.read("area,adult_women,marac_cases\nA,1,1\n# the end", "areas.csv").size());
  }

  @Test
  void sharesAreReadAsDecimalsOrPercentagesFromZeroToOne() {
    String header = "area,adult_women,marac_cases,high_risk_share\n";
    assertEquals(Optional.of(d("1")), AreaCsv.read(header + "A,1,1,1\n", "areas.csv").get(0).highRiskShare());
    assertEquals(0, d("1").compareTo(AreaCsv.read(header + "A,1,1,100%\n", "areas.csv").get(0).highRiskShare().orElseThrow()));
    assertEquals(0, d("0.855").compareTo(AreaCsv.read(header + "A,1,1,85.5 %\n", "areas.csv").get(0).highRiskShare().orElseThrow()));
    assertEquals(Optional.of(d("0")), AreaCsv.read(header + "A,1,1,0\n", "areas.csv").get(0).highRiskShare());
    assertEquals(PlanningArea.HIGH_RISK_SHARE, refusedCsv(header + "A,1,1,101%\n").field());
    assertEquals(PlanningArea.HIGH_RISK_SHARE, refusedCsv(header + "A,1,1,-1%\n").field());
    assertEquals(PlanningArea.HIGH_RISK_SHARE, refusedCsv(header + "A,1,1,most\n").field());
  }

  @Test
  void aCountOfZeroIsReadAndAnEmptyOptionalCountIsNone() {
    List<PlanningArea> areas = AreaCsv.read("area,adult_women,marac_cases,refuge_beds,population\nA,0,0,0,\n", "areas.csv");
    assertEquals(0, areas.get(0).adultWomen());
    assertEquals(OptionalLong.of(0), areas.get(0).refugeBeds());
    assertEquals(OptionalLong.empty(), areas.get(0).population());
    assertEquals("refuge_beds", refusedCsv("area,adult_women,marac_cases,refuge_beds\nA,1,1,-1\n").field());
  }

  @Test
  void aColumnNameIsMatchedWithoutRegardToCaseOrSpacesAndABlankOneIsRefused() {
    assertEquals(1, AreaCsv.read(" Area , ADULT_WOMEN,marac_cases\nA,1,1\n", "areas.csv").size());
    PlanningInputException blank = refusedCsv("area,,adult_women,marac_cases\nA,x,1,1\n");
    assertEquals("column 2", blank.field());
    assertEquals("(blank)", blank.value());
    assertTrue(blank.rule().contains("not a column of an areas file"), blank.rule());
  }

  @Test
  void aRefusedValueIsShownAsTheFileWritesIt() {
    String header = "area,adult_women,marac_cases,high_risk_share,refuge_beds\n";
    assertEquals("101%", refusedCsv(header + "A,1,1,101%,\n").value());
    assertEquals("-1,000", refusedCsv(header + "A,1,1,,\"-1,000\"\n").value());
  }

  @Test
  void aCommaIsOnlyAThousandsSeparatorEvenAtTheStart() {
    PlanningInputException e = refusedCsv("area,adult_women,marac_cases\nA,\",5\",1\n");
    assertEquals(PlanningArea.ADULT_WOMEN, e.field());
    assertTrue(e.rule().contains("a comma may only group thousands"), e.rule());
  }

  @Test
  void aQuotedFieldMayEndTheFileAndALoneCarriageReturnEndsNoRow() {
    assertEquals(1, AreaCsv.read("area,adult_women,marac_cases\nA,1,\"1\"", "areas.csv").get(0).maracCases());
    assertEquals(1, AreaCsv.read("area,adult_women,marac_cases\nA,1,1\r", "areas.csv").get(0).maracCases());
  }

  @Test
  void linesAreCountedOncePerLineBreakInAFileWithWindowsLineEnds() {
    PlanningInputException e = refusedCsv("area,adult_women,marac_cases\r\nA,1,1\r\nB,1,-1\r\n");
    assertEquals(OptionalInt.of(2), e.row());
    assertEquals(OptionalInt.of(3), e.line());
  }

  @Test
  void aTeamFileGivesEveryPostASalaryAndAnFteAndReadsOnCostsAsYesUnlessSaid() {
    PlanningInputException salary = assertThrows(PlanningInputException.class,
        () -> TeamCsv.read("role,salary,fte,adviser\nIDVA,,2,yes\n", "team.csv"));
    assertEquals("salary", salary.field());
    assertEquals("every post has a salary", salary.rule());
    PlanningInputException fte = assertThrows(PlanningInputException.class,
        () -> TeamCsv.read("role,salary,fte,adviser\nIDVA,30000,,yes\n", "team.csv"));
    assertEquals("fte", fte.field());
    List<Post> posts = TeamCsv.read("role,salary,fte,on_costs,adviser\nIDVA,30000,2,,yes\nManager,40000,1,no,\n", "team.csv");
    assertTrue(posts.get(0).onCosts(), "on-costs unless the file says no");
    assertTrue(posts.get(0).adviser());
    assertTrue(!posts.get(1).onCosts() && !posts.get(1).adviser(), "not an adviser unless the file says yes");
    PlanningInputException none = assertThrows(PlanningInputException.class,
        () -> TeamCsv.read("# a team\nrole,salary,fte,adviser\nManager,40000,1,no\n", "team.csv"));
    assertEquals(OptionalInt.of(2), none.line(), "the header's line");
  }
}
