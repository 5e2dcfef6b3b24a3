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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not all UTF-8: the first undecodable byte is refused at the line an editor shows it
 * on and the character of that line, whatever ends the lines and wherever the byte is.
 */
class CsvEncodingTest {
  private static final String NOT_UTF8 = "UTF-8 text; this byte is not UTF-8 (save the file as CSV UTF-8)";
  /** A byte that is never UTF-8. */
  private static final int BAD = 0xFF;

  @TempDir
  Path dir;

  /** The text before and after, as UTF-8, with one undecodable byte between them. */
  private static byte[] withBadByte(String before, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.write(BAD);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private Path file(byte[] bytes) throws IOException {
    return Files.write(dir.resolve("areas.csv"), bytes);
  }

  private CsvInputException refused(byte[] bytes) throws IOException {
    Path file = file(bytes);
    return assertThrows(CsvInputException.class, () -> CsvTable.read(file, CsvTableTest.AREAS));
  }

  @Test
  void anUndecodableByteInACommentIsRefusedAtItsLineWithoutARow() throws IOException {
    CsvInputException e = refused(withBadByte("area,women\n# note ", " here\nA,1\n"));
    assertEquals(dir.resolve("areas.csv") + " line 2: " + NOT_UTF8 + " (in a comment, character 8 of the line)", e.getMessage());
    assertEquals(OptionalInt.empty(), e.row());
    assertEquals(OptionalInt.of(2), e.line());
    assertEquals(OptionalInt.empty(), e.column());
    assertEquals("(comment)", e.field());
    assertEquals("(withheld)", e.value());
  }

  @Test
  void aReplacementCharacterWrittenInACommentIsNotTakenForTheUndecodableByte() throws IOException {
    CsvInputException e = refused(withBadByte("# \uFFFD\narea,women\nA", ",1\n"));
    assertEquals(dir.resolve("areas.csv") + " row 1, line 3, column 1 (area): " + NOT_UTF8 + " (character 2 of the line)",
        e.getMessage());
  }

  @Test
  void aReplacementCharacterWrittenInAWellFormedFileIsText() throws IOException {
    CsvTable table = CsvTable.read(file("area,women\n\uFFFD,1\n".getBytes(StandardCharsets.UTF_8)), CsvTableTest.AREAS);
    assertEquals(List.of("\uFFFD"), table.rows().stream().map(r -> r.text("area")).toList());
  }

  @Test
  void anUndecodableFirstByteIsRefusedAtTheFirstCharacterOfTheHeader() throws IOException {
    CsvInputException e = refused(withBadByte("", "area,women\nA,1\n"));
    assertEquals(dir.resolve("areas.csv") + " header, line 1, column 1: " + NOT_UTF8 + " (character 1 of the line)",
        e.getMessage());
    assertEquals("column 1", e.field());
  }

  @Test
  void linesEndingInALoneCarriageReturnAreCountedToTheUndecodableByte() throws IOException {
    CsvInputException e = refused(withBadByte("area,women\rA,1\rB", ",2\r"));
    assertEquals(OptionalInt.of(2), e.row());
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(NOT_UTF8 + " (character 2 of the line)", e.rule());
  }

  @Test
  void aCarriageReturnAndLineFeedEndOneLineBeforeTheUndecodableByte() throws IOException {
    CsvInputException e = refused(withBadByte("area,women\r\nA,1\r\nB", ",2\r\n"));
    assertEquals(OptionalInt.of(2), e.row());
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(NOT_UTF8 + " (character 2 of the line)", e.rule());
  }

  @Test
  void aCarriageReturnJustBeforeTheUndecodableByteEndsItsLine() throws IOException {
    CsvInputException e = refused(withBadByte("area,women\nA,1\r", "B,2\n"));
    assertEquals(OptionalInt.of(2), e.row());
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(NOT_UTF8 + " (character 1 of the line)", e.rule());
  }

  @Test
  void aCharacterOutsideTheBasicPlaneBeforeTheUndecodableByteCountsAsOne() throws IOException {
    // U+1F600 is one character and two UTF-16 units: the byte after it is the line's third character
    CsvInputException e = refused(withBadByte("area,women\nA,1\n\uD83D\uDE00B", ",2\n"));
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(NOT_UTF8 + " (character 3 of the line)", e.rule());
  }

  @Test
  void anUndecodableByteOnALaterLineOfAQuotedCellIsRefusedAtItsOwnLine() throws IOException {
    CsvInputException e = refused(withBadByte("area,women,note\nA,1,\"first\nse", "cond\"\n"));
    assertEquals(dir.resolve("areas.csv") + " row 1, line 3, column 3 (note): " + NOT_UTF8 + " (character 3 of the line)",
        e.getMessage());
  }
}
