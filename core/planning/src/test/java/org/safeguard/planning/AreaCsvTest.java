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
import static org.safeguard.planning.Figures.assertFigure;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Reading areas and teams from CSV: what is accepted, and a typed error naming the row and field for what is not. */
class AreaCsvTest {
  private static final String HEADER = "area,region,adult_women,marac_cases,idva_fte,high_risk_share,high_risk_caseload\n";

  static Path resource(String name) {
    try {
      return Path.of(AreaCsvTest.class.getResource("/planning/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PlanningInputException refused(String text) {
    return assertThrows(PlanningInputException.class, () -> AreaCsv.read(text, "areas.csv"));
  }

  @Test
  void theHertfordshireAreasReadFromAFile() {
    List<PlanningArea> areas = AreaCsv.read(resource("hertfordshire-marac-areas.csv"));
    assertEquals(List.of("Central", "East", "West"), areas.stream().map(PlanningArea::name).toList());
    PlanningArea east = areas.get(1);
    assertEquals(182_519, east.adultWomen());
    assertEquals(274, east.maracCases());
    assertEquals(442_367, east.population().getAsLong());
    assertEquals(400, east.visibleHighRisk().getAsLong());
    assertTrue(east.idvaFte().isEmpty());
    assertTrue(east.refugeBeds().isEmpty());
  }

  @Test
  void sharesReadAsDecimalsOrPercentagesAndCountsMayCarryThousandsSeparatorsInQuotes() {
    List<PlanningArea> areas = AreaCsv.read(HEADER
        + "North,Eastern,\"144,954\",227,4.5,85%,\n"
        + "\"South, rural\",Eastern,132188,193,3,0.9,60\n", "areas.csv");
    assertEquals(144_954, areas.get(0).adultWomen());
    assertFigure("0.85", areas.get(0).highRiskShare().orElseThrow());
    assertFigure("0.9", areas.get(1).highRiskShare().orElseThrow());
    assertEquals("South, rural", areas.get(1).name());
    assertFigure("60", areas.get(1).highRiskCaseload().orElseThrow());
  }

  @Test
  void aDecimalCommaIsRefusedRatherThanReadAsAThousandsSeparator() {
    PlanningInputException e = org.junit.jupiter.api.Assertions.assertThrows(PlanningInputException.class,
        () -> AreaCsv.read(HEADER + "North,Eastern,144954,227,\"4,5\",85%,\n", "areas.csv"));
    assertEquals("idva_fte", e.field());
    assertEquals("4,5", e.value());
    assertTrue(e.rule().contains("a comma may only group thousands"), e.rule());
  }

  @Test
  void commentsBlankLinesAndAByteOrderMarkAreSkipped() {
    List<PlanningArea> areas = AreaCsv.read("\uFEFF# my areas\n\narea,adult_women,marac_cases\r\n# one\nA,100,1\r\n\n", "areas.csv");
    assertEquals(1, areas.size());
    assertTrue(areas.get(0).region().isEmpty());
  }

  @Test
  void aMissingRequiredColumnNamesTheHeaderAndTheColumn() {
    PlanningInputException e = refused("# comment\narea,marac_cases\nA,12\n");
    assertEquals("adult_women", e.field());
    assertEquals(OptionalInt.of(0), e.row());
    assertEquals(OptionalInt.of(2), e.line());
    assertEquals("areas.csv header (line 2), field adult_women = (missing): every areas file has this column", e.getMessage());
  }

  @Test
  void aCountThatIsNotANumberNamesTheRowAndTheField() {
    PlanningInputException e = refused(HEADER + "A,R,100,12,,,\nB,R,100,lots,,,\n");
    assertEquals("areas.csv row 2 (line 3), field marac_cases = lots: a whole number, for example 459661", e.getMessage());
  }

  @Test
  void aNegativeCountIsRefused() {
    PlanningInputException e = refused(HEADER + "A,R,100,-4,,,\n");
    assertEquals("marac_cases", e.field());
    assertEquals("-4", e.value());
    assertEquals(OptionalInt.of(1), e.row());
    assertTrue(e.getMessage().endsWith("a count is never negative"), e.getMessage());
  }

  @Test
  void aFractionalCountIsRefused() {
    PlanningInputException e = refused(HEADER + "A,R,100.5,4,,,\n");
    assertEquals("adult_women", e.field());
  }

  @Test
  void aCaseloadOfZeroIsRefused() {
    PlanningInputException e = refused(HEADER + "A,R,100,4,2,,0\n");
    assertEquals("areas.csv row 1 (line 2), field high_risk_caseload = 0: a caseload is above zero: advisers = victims ÷ caseload",
        e.getMessage());
  }

  @Test
  void aShareAboveOneIsRefused() {
    assertEquals("high_risk_share", refused(HEADER + "A,R,100,4,2,120%,\n").field());
    assertEquals("high_risk_share", refused(HEADER + "A,R,100,4,2,1.2,\n").field());
    assertEquals("idva_fte", refused(HEADER + "A,R,100,4,-2,,\n").field());
  }

  @Test
  void anEmptyRequiredValueIsRefused() {
    PlanningInputException e = refused(HEADER + "A,R,,4,,,\n");
    assertEquals("adult_women", e.field());
    assertEquals("(empty)", e.value());
    assertEquals("areas.csv row 1 (line 2), field area = (empty): every row gives this value",
        refused(HEADER + " ,R,100,4,,,\n").getMessage());
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsRefused() {
    PlanningInputException e = refused(HEADER + "A,R,100,4\n");
    assertEquals("(columns)", e.field());
    assertEquals(OptionalInt.of(1), e.row());
  }

  @Test
  void anUnknownOrRepeatedColumnIsRefused() {
    PlanningInputException unknown = refused("area,adult_women,marac_case\nA,1,1\n");
    assertEquals("column 3", unknown.field());
    assertEquals("marac_case", unknown.value());
    assertEquals("column 4", refused("area,adult_women,marac_cases,area\nA,1,1,A\n").field());
  }

  @Test
  void anAreaNamedTwiceIsRefused() {
    PlanningInputException e = refused("area,adult_women,marac_cases\nNorth,1,1\nnorth,2,2\n");
    assertEquals("areas.csv row 2 (line 3), field area = north: each area appears once; it is also on row 1", e.getMessage());
  }

  @Test
  void anEmptyFileOrAHeaderAloneIsRefused() {
    assertEquals("(header)", refused("").field());
    assertEquals("(header)", refused("# only a comment\n").field());
    assertEquals("(rows)", refused("area,adult_women,marac_cases\n").field());
  }

  @Test
  void anUnterminatedQuoteIsRefused() {
    PlanningInputException e = refused("area,adult_women,marac_cases\n\"A,1,1\n");
    assertEquals("field 1", e.field());
    assertEquals("(unterminated)", e.value());
  }

  @Test
  void areasBuiltInCodeAreCheckedByTheSameRules() {
    PlanningInputException e = assertThrows(PlanningInputException.class,
        () -> PlanningArea.builder("A", 100, -1).build());
    assertEquals("marac_cases = -1: a count is never negative", e.getMessage());
    assertTrue(e.row().isEmpty());
    assertThrows(PlanningInputException.class,
        () -> PlanningArea.builder("A", 100, 1).mediumRiskCaseload(java.math.BigDecimal.ZERO).build());
    assertThrows(PlanningInputException.class, () -> PlanningArea.builder(" ", 100, 1).build());
  }

  @Test
  void aTeamReadsFromAFileAndCostsAsAppendix3() {
    List<Post> posts = TeamCsv.read(resource("team-appendix-3.csv"));
    assertEquals(4, posts.size());
    TeamCost cost = TeamCostModel.builder()
        .onCostMultiplier(Figures.d("1.20"))
        .overheads(Figures.d("0.30"), Rounding.nearest(1000))
        .posts(posts).build().cost();
    assertFigure("1364400", cost.total());
  }

  @Test
  void aTeamFileWithoutSalariesOrAdvisersIsRefused() {
    PlanningInputException noSalary = assertThrows(PlanningInputException.class,
        () -> TeamCsv.read("role,fte,adviser\nIDVA,2,yes\n", "team.csv"));
    assertEquals("salary", noSalary.field());
    PlanningInputException noAdviser = assertThrows(PlanningInputException.class,
        () -> TeamCsv.read("role,salary,fte\nIDVA,26000,2\n", "team.csv"));
    assertEquals("adviser", noAdviser.field());
    PlanningInputException badFlag = assertThrows(PlanningInputException.class,
        () -> TeamCsv.read("role,salary,fte,adviser\nIDVA,26000,2,maybe\n", "team.csv"));
    assertEquals("team.csv row 1 (line 2), field adviser = maybe: yes or no", badFlag.getMessage());
    PlanningInputException negative = assertThrows(PlanningInputException.class,
        () -> TeamCsv.read("role,salary,fte,adviser\nIDVA,-26000,2,yes\n", "team.csv"));
    assertEquals("salary", negative.field());
  }
}
