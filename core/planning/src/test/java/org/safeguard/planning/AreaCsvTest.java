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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.planning.Figures.assertFigure;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.csv.CsvInputException;

/**
 * Reading areas and teams from CSV: what is accepted, and a typed error naming the row, line and
 * column for what is not, never the cell.
 */
class AreaCsvTest {
  private static final String HEADER = "area,region,adult_women,marac_cases,idva_fte,high_risk_share,high_risk_caseload\n";

  @TempDir
  Path dir;

  static Path resource(String name) {
    try {
      return Path.of(AreaCsvTest.class.getResource("/planning/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CsvInputException refused(String text) {
    return assertThrows(CsvInputException.class, () -> AreaCsv.read(text, "areas.csv"));
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
  void groupingSeparatorInDecimalColumnIsRefused() {
    for (String fte : List.of("\"4,5\"", "\"2,500\"")) {
      CsvInputException e = refused(HEADER + "North,Eastern,144954,227," + fte + ",85%,\n");
      assertEquals("idva_fte", e.field());
      assertEquals("(withheld)", e.value());
      assertEquals(OptionalInt.of(5), e.column());
      assertTrue(e.rule().endsWith("no thousands separators, and a point, not a comma, for decimals"), e.rule());
      assertFalse(e.getMessage().contains("2,500") || e.getMessage().contains("4,5"), e.getMessage());
    }
  }

  @Test
  void loneCarriageReturnEndsARow() {
    List<PlanningArea> areas = AreaCsv.read("area,adult_women,marac_cases\rNorth,100,5\rSouth,200,6\r", "areas.csv");
    assertEquals(List.of("North", "South"), areas.stream().map(PlanningArea::name).toList());
    assertEquals(6, areas.get(1).maracCases());
  }

  @Test
  void nonUtf8FileIsRefusedWithItsPosition() throws IOException {
    Path file = Files.write(dir.resolve("areas.csv"), "area,adult_women,marac_cases\nS\u00f6uth,100,5\n".getBytes(StandardCharsets.ISO_8859_1));
    CsvInputException e = assertThrows(CsvInputException.class, () -> AreaCsv.read(file));
    assertEquals(file + " row 1, line 2, column 1 (area): UTF-8 text; this byte is not UTF-8 (save the file as CSV UTF-8)"
        + " (character 2 of the line)", e.getMessage());
  }

  @Test
  void directoryGivenAsFileSaysItIsADirectory() {
    CsvInputException e = assertThrows(CsvInputException.class, () -> AreaCsv.read(dir));
    assertEquals(dir + ": a directory, not a file", e.getMessage());
    assertEquals(dir + ": a directory, not a file", assertThrows(CsvInputException.class, () -> TeamCsv.read(dir)).getMessage());
  }

  @Test
  void commentsBlankLinesAndAByteOrderMarkAreSkipped() {
    List<PlanningArea> areas = AreaCsv.read("\uFEFF# my areas\n\narea,adult_women,marac_cases\r\n# one\nA,100,1\r\n\n", "areas.csv");
    assertEquals(1, areas.size());
    assertTrue(areas.get(0).region().isEmpty());
  }

  @Test
  void aMissingRequiredColumnNamesTheHeaderAndTheColumn() {
    CsvInputException e = refused("# comment\narea,marac_cases\nA,12\n");
    assertEquals("adult_women", e.field());
    assertEquals(OptionalInt.of(0), e.row());
    assertEquals(OptionalInt.of(2), e.line());
    assertEquals("areas.csv header, line 2, column adult_women: every areas file has this column", e.getMessage());
  }

  @Test
  void aCountThatIsNotANumberNamesTheRowLineAndColumn() {
    CsvInputException e = refused(HEADER + "A,R,100,12,,,\nB,R,100,lots,,,\n");
    assertEquals("areas.csv row 2, line 3, column 4 (marac_cases): a whole number from 0 to 10,000,000,000", e.getMessage());
  }

  @Test
  void aNegativeCountIsRefused() {
    CsvInputException e = refused(HEADER + "A,R,100,-4,,,\n");
    assertEquals("marac_cases", e.field());
    assertEquals(OptionalInt.of(1), e.row());
    assertTrue(e.getMessage().endsWith("a whole number from 0 to 10,000,000,000"), e.getMessage());
  }

  @Test
  void aCountAboveTheCeilingIsRefusedWhetherReadOrBuilt() {
    CsvInputException read = refused(HEADER + "A,R,100,5000000000000000000,,,\n");
    assertEquals("marac_cases", read.field());
    assertEquals(OptionalInt.of(4), read.column());
    PlanningInputException built = assertThrows(PlanningInputException.class,
        () -> PlanningArea.builder("A", 100, PlanningArea.MAX_COUNT + 1).build());
    assertEquals("marac_cases", built.field());
    assertEquals("a whole number from 0 to 10,000,000,000", built.rule());
    assertEquals(PlanningArea.MAX_COUNT, PlanningArea.builder("A", PlanningArea.MAX_COUNT, 0).build().adultWomen());
  }

  @Test
  void aFractionalCountIsRefused() {
    CsvInputException e = refused(HEADER + "A,R,100.5,4,,,\n");
    assertEquals("adult_women", e.field());
  }

  @Test
  void aCaseloadOfZeroIsRefused() {
    CsvInputException e = refused(HEADER + "A,R,100,4,2,,0\n");
    assertEquals("areas.csv row 1, line 2, column 7 (high_risk_caseload): a caseload is above zero: advisers = victims ÷ caseload",
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
    CsvInputException e = refused(HEADER + "A,R,,4,,,\n");
    assertEquals("adult_women", e.field());
    assertEquals("(empty)", e.value());
    assertEquals("areas.csv row 1, line 2, column 1 (area): every row gives this", refused(HEADER + " ,R,100,4,,,\n").getMessage());
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsRefused() {
    CsvInputException e = refused(HEADER + "A,R,100,4\n");
    assertEquals(OptionalInt.of(1), e.row());
    assertEquals(OptionalInt.of(5), e.column());
    assertTrue(e.rule().startsWith("a row has one field per header column, 7"), e.rule());
  }

  @Test
  void anUnknownOrRepeatedColumnIsRefused() {
    CsvInputException unknown = refused("area,adult_women,marac_case\nA,1,1\n");
    assertEquals("column 3", unknown.field());
    assertEquals(OptionalInt.of(3), unknown.column());
    assertTrue(unknown.rule().startsWith("not a column of areas files; the columns are area, region,"), unknown.rule());
    assertEquals(OptionalInt.of(4), refused("area,adult_women,marac_cases,area\nA,1,1,A\n").column());
  }

  @Test
  void anAreaNamedTwiceIsRefusedWithoutEchoingTheName() {
    CsvInputException e = refused("area,adult_women,marac_cases\nNorth,1,1\nnorth,2,2\n");
    assertEquals("areas.csv row 2, line 3, column 1 (area): each area appears once; it is also on row 1", e.getMessage());
  }

  @Test
  void anAreaNameOnTwoLinesIsRefused() {
    assertEquals("one line of text, without line breaks or control characters",
        refused("area,adult_women,marac_cases\n\"North\nEast\",1,1\n").rule());
  }

  @Test
  void anEmptyFileOrAHeaderAloneIsRefused() {
    assertTrue(refused("").getMessage().startsWith("areas.csv: empty: a file of areas starts with a header row"));
    assertTrue(refused("# only a comment\n").getMessage().startsWith("areas.csv: empty"));
    assertEquals("areas.csv: at least one area after the header row", refused("area,adult_women,marac_cases\n").getMessage());
  }

  @Test
  void anUnterminatedQuoteIsRefused() {
    CsvInputException e = refused("area,adult_women,marac_cases\n\"A,1,1\n");
    assertEquals(OptionalInt.of(1), e.row());
    assertEquals(OptionalInt.of(1), e.column());
    assertEquals("a quoted cell needs its closing quote", e.rule());
  }

  @Test
  void areasBuiltInCodeAreCheckedByTheSameRules() {
    PlanningInputException e = assertThrows(PlanningInputException.class,
        () -> PlanningArea.builder("A", 100, -1).build());
    assertEquals("marac_cases = -1: a whole number from 0 to 10,000,000,000", e.getMessage());
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
    CsvInputException noSalary = assertThrows(CsvInputException.class, () -> TeamCsv.read("role,fte,adviser\nIDVA,2,yes\n", "team.csv"));
    assertEquals("salary", noSalary.field());
    CsvInputException noAdviser = assertThrows(CsvInputException.class, () -> TeamCsv.read("role,salary,fte\nIDVA,26000,2\n", "team.csv"));
    assertEquals("adviser", noAdviser.field());
    assertEquals("team.csv header, line 1, column adviser: mark the advisers' post with adviser = yes; costs per adviser and team"
        + " scaling divide by them", noAdviser.getMessage());
    CsvInputException badFlag = assertThrows(CsvInputException.class,
        () -> TeamCsv.read("role,salary,fte,adviser\nIDVA,26000,2,maybe\n", "team.csv"));
    assertEquals("team.csv row 1, line 2, column 4 (adviser): yes or no", badFlag.getMessage());
    CsvInputException negative = assertThrows(CsvInputException.class,
        () -> TeamCsv.read("role,salary,fte,adviser\nIDVA,-26000,2,yes\n", "team.csv"));
    assertEquals("salary", negative.field());
    assertEquals("never negative", negative.rule());
  }
}
