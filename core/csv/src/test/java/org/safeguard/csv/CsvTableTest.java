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
package org.safeguard.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading CSV text and files: what is accepted, and where each refusal says the problem is. */
class CsvTableTest {
  static final CsvColumns AREAS = CsvColumns.of("areas", List.of("area", "women", "fte", "share", "note"), List.of("area", "women"));

  @TempDir
  Path dir;

  private static CsvInputException refused(String text) {
    return assertThrows(CsvInputException.class, () -> CsvTable.read(text, "areas.csv", AREAS));
  }

  private CsvInputException refusedFile(byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve("areas.csv"), bytes);
    return assertThrows(CsvInputException.class, () -> CsvTable.read(file, AREAS));
  }

  @Test
  void aFileReadsIntoRowsWithTheirLines() throws IOException {
    Path file = Files.writeString(dir.resolve("areas.csv"), "# areas\narea,women\nNorth,100\n\nSouth,200\n");
    CsvTable table = CsvTable.read(file, AREAS);
    assertEquals(file.toString(), table.source());
    assertEquals(2, table.headerLine());
    assertEquals(List.of("area", "women"), table.header());
    assertEquals(2, table.rows().size());
    CsvRow south = table.rows().get(1);
    assertEquals(2, south.row());
    assertEquals(5, south.line());
    assertEquals("South", south.text("area"));
    assertEquals(OptionalLong.of(200), south.count("women", 1000));
    assertEquals("", south.text("fte"), "a column the file does not have reads as empty");
    assertFalse(table.has("fte"));
  }

  @Test
  void loneCarriageReturnEndsARow() {
    CsvTable table = CsvTable.read("area,women\rNorth,100\rSouth,200\r\nEast,300\nWest,400", "areas.csv", AREAS);
    assertEquals(List.of("North", "South", "East", "West"), table.rows().stream().map(r -> r.text("area")).toList());
    assertEquals(List.of(2, 3, 4, 5), table.rows().stream().map(CsvRow::line).toList());
    assertFalse(table.rows().get(0).label("area", true).contains("\r"));
  }

  /** FastCSV 4.1.0 joined such a row to the next line and lost it; 4.4.0 reads it as one row. */
  @Test
  void aQuotedCarriageReturnAtTheEndOfARowLosesNoRow() {
    CsvTable table = CsvTable.read("area,note\nNorth,\"one\r\"\n# a comment\nSouth,\"two\r\"\nEast,three\n", "areas.csv",
        CsvColumns.of("areas", List.of("area", "note"), List.of("area")));
    assertEquals(List.of("North", "South", "East"), table.rows().stream().map(r -> r.text("area")).toList());
    // the quoted CR ends a line too, as it does in an editor: each quoted row takes two lines
    assertEquals(List.of(2, 5, 7), table.rows().stream().map(CsvRow::line).toList());
    assertEquals("one", table.rows().get(0).text("note"), "a cell is read without its surrounding white space");
  }

  @Test
  void aByteOrderMarkCrLfAndQuotedLineBreaksAreRead() {
    CsvTable table = CsvTable.read("\uFEFFArea , WOMEN\r\n\"North,\r\nrural\",\"1,000\"\r\n\"Say \"\"hi\"\"\",2\r\n", "areas.csv", AREAS);
    assertEquals("North,\r\nrural", table.rows().get(0).text("area"));
    assertEquals(OptionalLong.of(1000), table.rows().get(0).count("women", 10_000));
    assertEquals("Say \"hi\"", table.rows().get(1).text("area"));
    assertEquals(4, table.rows().get(1).line());
  }

  @Test
  void nonUtf8FileIsRefusedWithItsPosition() throws IOException {
    byte[] bytes = "area,women\nNorth,100\nS\u00f6uth,200\n".getBytes(StandardCharsets.ISO_8859_1);
    CsvInputException e = refusedFile(bytes);
    assertEquals(OptionalInt.of(2), e.row());
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(OptionalInt.of(1), e.column());
    assertTrue(e.getMessage().startsWith(dir.resolve("areas.csv") + " row 2, line 3, column 1 (area): UTF-8 text;"), e.getMessage());
    assertTrue(e.getMessage().contains("character 2 of the line"), e.getMessage());
  }

  @Test
  void anUndecodableByteAfterARealReplacementCharacterIsStillFound() throws IOException {
    byte[] good = "area,women,note\nNorth,100,\uFFFD\nSouth,200,".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 2];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC3; // a lead byte with no continuation, then a line break
    bytes[good.length + 1] = '\n';
    CsvInputException e = refusedFile(bytes);
    assertEquals(OptionalInt.of(2), e.row());
    assertEquals(OptionalInt.of(3), e.column());
  }

  @Test
  void aUtf16FileIsRefusedAsNotUtf8() throws IOException {
    CsvInputException e = refusedFile("area,women\nNorth,1\n".getBytes(StandardCharsets.UTF_16));
    assertEquals(OptionalInt.of(0), e.row(), e.getMessage());
    assertEquals(OptionalInt.of(1), e.line());
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    CsvInputException noMark = refusedFile("area,women\nNorth,1\n".getBytes(StandardCharsets.UTF_16LE));
    assertTrue(noMark.getMessage().contains("control characters (a NUL suggests a UTF-16 file"), noMark.getMessage());
  }

  @Test
  void directoryGivenAsFileSaysItIsADirectory() {
    CsvInputException e = assertThrows(CsvInputException.class, () -> CsvTable.read(dir, AREAS));
    assertEquals(dir + ": a directory, not a file", e.getMessage());
    assertTrue(e.row().isEmpty() && e.line().isEmpty() && e.column().isEmpty());
  }

  @Test
  void aDeviceIsNotReadAsAFile() {
    Path device = Path.of("/dev/zero");
    if (Files.exists(device)) {
      CsvInputException e = assertThrows(CsvInputException.class, () -> CsvTable.read(device, AREAS));
      assertEquals("/dev/zero: not a regular file", e.getMessage());
    }
  }

  @Test
  void aRuleAboutTheRowsRefusesTheWholeFile() {
    CsvTable table = CsvTable.read("area,women\n", "areas.csv", AREAS);
    assertEquals("areas.csv: at least one area after the header", table.refuseFile("at least one area after the header").getMessage());
  }

  @Test
  void aMissingFileSaysSo() {
    CsvInputException e = assertThrows(CsvInputException.class, () -> CsvTable.read(dir.resolve("nope.csv"), AREAS));
    assertEquals(dir.resolve("nope.csv") + ": no such file", e.getMessage());
  }

  @Test
  void aFileAboveTheSizeLimitIsRefusedWithoutReadingItAll() throws IOException {
    byte[] big = new byte[CsvTable.MAX_FILE_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    CsvInputException e = refusedFile(big);
    assertTrue(e.getMessage().endsWith(": at most 16777216 bytes (16 MiB); split the file"), e.getMessage());
  }

  @Test
  void moreRowsThanTheLimitAreRefusedAtTheFirstRowTooMany() {
    StringBuilder text = new StringBuilder("area,women\n");
    for (int i = 0; i <= CsvTable.MAX_ROWS; i++) {
      text.append('A').append(i).append(",1\n");
    }
    CsvInputException e = refused(text.toString());
    assertEquals(OptionalInt.of(CsvTable.MAX_ROWS + 1), e.row());
    assertEquals(OptionalInt.of(CsvTable.MAX_ROWS + 2), e.line());
    assertEquals("(rows)", e.field());
  }

  @Test
  void aCellAboveTheLengthLimitOrARowWithTooManyFieldsIsRefused() {
    CsvInputException longCell = refused("area,women\n" + "x".repeat(CsvTable.MAX_FIELD_CHARS + 1) + ",1\n");
    assertEquals(OptionalInt.of(1), longCell.column());
    assertTrue(longCell.rule().startsWith("at most 32767 characters"), longCell.rule());
    CsvInputException wide = refused("area,women\n" + "1,".repeat(CsvTable.MAX_FIELDS) + "1\n");
    assertEquals(OptionalInt.of(CsvTable.MAX_FIELDS + 1), wide.column());
  }

  @Test
  void anEmptyFileOrOneOfCommentsIsRefused() {
    assertTrue(refused("").getMessage().startsWith("areas.csv: empty: a file of areas starts with a header row"));
    assertTrue(refused("# only a note\n\n").getMessage().startsWith("areas.csv: empty"));
  }

  @Test
  void aHeaderAloneGivesNoRows() {
    assertEquals(List.of(), CsvTable.read("area,women\n", "areas.csv", AREAS).rows());
  }

  @Test
  void anUnknownRepeatedOrMissingColumnNamesTheHeader() {
    CsvInputException unknown = refused("area,women,colour\nA,1,red\n");
    assertEquals("areas.csv header, line 1, column 3: not a column of areas files; the columns are area, women, fte, share, note",
        unknown.getMessage());
    assertEquals("areas.csv header, line 1, column 3 (area): each column appears once; it is also column 1",
        refused("area,women,AREA\nA,1,B\n").getMessage());
    assertEquals("areas.csv header, line 2, column women: every areas file has this column",
        refused("#\narea,fte\nA,1\n").getMessage());
  }

  @Test
  void aRowWithTooFewOrTooManyFieldsNamesTheFirstColumnAmiss() {
    CsvInputException few = refused("area,women,fte\nA,1\n");
    assertEquals("areas.csv row 1, line 2, column 3 (fte): a row has one field per header column, 3; this row ends early",
        few.getMessage());
    assertEquals(OptionalInt.of(3), refused("area,women\nA,1,2\n").column());
  }

  @Test
  void anUnclosedQuoteIsRefusedAtItsRowAndColumn() {
    CsvInputException e = refused("area,women\nA,1\n\"B,2\n# swallowed\nC,3\n");
    assertEquals(OptionalInt.of(2), e.row());
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(OptionalInt.of(1), e.column());
    assertEquals("a quoted cell needs its closing quote", e.rule());
  }

  @Test
  void textAfterAClosingQuoteIsRefusedAtItsColumn() {
    CsvInputException e = refused("area,women\nA,1\nB,\"2\"x\n");
    assertEquals(OptionalInt.of(2), e.row());
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(OptionalInt.of(2), e.column());
    assertTrue(e.rule().startsWith("a quoted cell ends at its closing quote"), e.rule());
  }

  @Test
  void aQuoteInsideAnUnquotedCellIsRefused() {
    CsvInputException e = refused("area,women\nA \"the\" B,1\n");
    assertEquals(OptionalInt.of(1), e.column());
    assertTrue(e.rule().startsWith("a cell with a quote in it is written in quotes"), e.rule());
  }

  @Test
  void aCellIsNeverEchoedInAnError() {
    String secret = "Zorla Testbury, threats-to-kill";
    CsvRow row = CsvTable.read("area,women\n\"" + secret + "\",1\n", "areas.csv", AREAS).rows().get(0);
    for (CsvInputException e : List.of(assertThrows(CsvInputException.class, () -> row.count("area", 10)),
        assertThrows(CsvInputException.class, () -> row.decimal("area", "1")),
        assertThrows(CsvInputException.class, () -> row.yesNo("area", true)), row.refuse("area", "a rule"))) {
      assertEquals("areas.csv row 1, line 2, column 1 (area)", e.getMessage().substring(0, e.getMessage().indexOf(':')));
      assertEquals("(withheld)", e.value());
    }
    for (String text : List.of("area,women\n\"" + secret + "\"x,1\n",
        "area,women,\"" + secret + "\"\nA,1,2\n", "area,women\nA,1,\"" + secret + "\"\n", "area,women\n\"" + secret)) {
      CsvInputException e = refused(text);
      assertFalse(e.getMessage().contains("Zorla") || e.getMessage().contains("threats"), e.getMessage());
      assertFalse(e.value().contains("Zorla") || e.value().contains("threats"), e.value());
    }
  }

  @Test
  void countsAreWholeNumbersUpToTheirMaximumAndMayGroupThousands() {
    CsvTable table = CsvTable.read("area,women\nA,\"1,234,567\"\nB,12345\nC,\nD,-3\nE,1.5\nF,\"12,34\"\nG,99999999999999999999\n",
        "areas.csv", AREAS);
    List<CsvRow> rows = table.rows();
    assertEquals(OptionalLong.of(1_234_567), rows.get(0).count("women", 10_000_000));
    assertEquals(OptionalLong.of(12_345), rows.get(1).count("women", 12_345));
    assertEquals(OptionalLong.empty(), rows.get(2).count("women", 10));
    CsvInputException tooMany = assertThrows(CsvInputException.class, () -> rows.get(1).count("women", 12_344));
    assertEquals("areas.csv row 2, line 3, column 2 (women): a whole number from 0 to 12,344", tooMany.getMessage());
    for (int i = 3; i < rows.size(); i++) {
      CsvRow row = rows.get(i);
      assertThrows(CsvInputException.class, () -> row.count("women", Long.MAX_VALUE), row.text("area"));
    }
  }

  @Test
  void groupingSeparatorInDecimalColumnIsRefused() {
    CsvRow row = CsvTable.read("area,women,fte\nA,1,\"2,500\"\n", "areas.csv", AREAS).rows().get(0);
    CsvInputException e = assertThrows(CsvInputException.class, () -> row.decimal("fte", "4.5"));
    assertEquals("fte", e.field());
    assertTrue(e.rule().endsWith("no thousands separators, and a point, not a comma, for decimals"), e.rule());
    assertFalse(e.getMessage().contains("2,500"), e.getMessage());
  }

  @Test
  void decimalsArePlainWithBoundedDigits() {
    CsvTable table = CsvTable.read("area,women,fte\nA,1,4.5\nB,1,.25\nC,1,-2\nD,1,1e-99999\nE,1,NaN\nF,1,1234567890123456\n"
        + "G,1,0.12345678901\nH,1,\u0664\n", "areas.csv", AREAS);
    List<CsvRow> rows = table.rows();
    assertEquals(Optional.of(new BigDecimal("4.5")), rows.get(0).decimal("fte", "4.5"));
    assertEquals(Optional.of(new BigDecimal("0.25")), rows.get(1).decimal("fte", "4.5"));
    assertEquals("never negative", assertThrows(CsvInputException.class, () -> rows.get(2).decimal("fte", "4.5")).rule());
    for (int i = 3; i < rows.size(); i++) {
      CsvRow row = rows.get(i);
      CsvInputException e = assertThrows(CsvInputException.class, () -> row.decimal("fte", "4.5"), row.text("area"));
      assertTrue(e.rule().startsWith("a number of at most 15 digits before the point and 10 after"), e.rule());
    }
  }

  @Test
  void sharesAreDecimalsOrPercentagesFromZeroToOne() {
    CsvTable table = CsvTable.read("area,women,share\nA,1,85%\nB,1,0.9\nC,1,100 %\nD,1,101%\nE,1,1.01\n", "areas.csv", AREAS);
    List<CsvRow> rows = table.rows();
    assertEquals(0, new BigDecimal("0.85").compareTo(rows.get(0).share("share").orElseThrow()));
    assertEquals(0, new BigDecimal("0.9").compareTo(rows.get(1).share("share").orElseThrow()));
    assertEquals(0, BigDecimal.ONE.compareTo(rows.get(2).share("share").orElseThrow()));
    assertThrows(CsvInputException.class, () -> rows.get(3).share("share"));
    assertThrows(CsvInputException.class, () -> rows.get(4).share("share"));
  }

  @Test
  void yesNoAndLabels() {
    CsvTable table = CsvTable.read("area,women,note\nA,1,Yes\n\"B\nC\",1,maybe\n", "areas.csv", AREAS);
    assertTrue(table.rows().get(0).yesNo("note", false));
    assertTrue(table.rows().get(0).yesNo("fte", true), "an absent column gives the default");
    assertEquals("yes or no", assertThrows(CsvInputException.class, () -> table.rows().get(1).yesNo("note", true)).rule());
    assertEquals("B\nC", table.rows().get(1).text("area"));
    assertThrows(CsvInputException.class, () -> table.rows().get(1).label("area", true));
    assertEquals("every row gives this",
        assertThrows(CsvInputException.class, () -> table.rows().get(0).label("fte", true)).rule());
  }

  @Test
  void aLineOfSpacesIsBlankAndACommentInsideQuotesIsText() {
    CsvTable table = CsvTable.read("area,women\n   \n\"A\n#1\",1\n", "areas.csv", AREAS);
    assertEquals(1, table.rows().size());
    assertEquals("A\n#1", table.rows().get(0).text("area"));
  }

  @Test
  void theTextThatClosesTheReadingIsAnOrdinaryCellInAFile() {
    CsvColumns notes = CsvColumns.of("notes", List.of("note"), List.of("note"));
    CsvTable table = CsvTable.read("note\nsafeguard:end-of-text\nlast\n", "notes.csv", notes);
    assertEquals(List.of("safeguard:end-of-text", "last"), table.rows().stream().map(r -> r.text("note")).toList());
    assertEquals(List.of("safeguard:end-of-text"),
        CsvTable.read("note\nsafeguard:end-of-text", "notes.csv", notes).rows().stream().map(r -> r.text("note")).toList());
  }

  @Test
  void aRuleOverTheWholeFileIsRefusedAtTheHeader() {
    CsvTable table = CsvTable.read("area,women\nA,1\n", "areas.csv", AREAS);
    assertEquals("areas.csv header, line 1, column 2 (women): some rule", table.refuse("women", "some rule").getMessage());
  }
}
