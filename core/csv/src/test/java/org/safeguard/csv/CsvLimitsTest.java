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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits on what is read are inclusive: a file or cell of exactly the limit is read, one more is refused. */
class CsvLimitsTest {
  @TempDir
  Path dir;

  /** A table of one row, padded with a comment to exactly the given length. */
  private static String padded(int length) {
    String head = "area,women\nA,1\n#";
    return head + "x".repeat(length - head.length() - 1) + "\n";
  }

  @Test
  void aFileOfExactlyTheLargestSizeIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("areas.csv"), padded(CsvTable.MAX_FILE_BYTES), StandardCharsets.UTF_8);
    assertEquals(CsvTable.MAX_FILE_BYTES, Files.size(file));
    assertEquals(1, CsvTable.read(file, CsvTableTest.AREAS).rows().size());
  }

  @Test
  void aTextOfExactlyTheLargestSizeIsReadAndOneCharacterMoreIsRefused() {
    assertEquals(1, CsvTable.read(padded(CsvTable.MAX_FILE_BYTES), "areas.csv", CsvTableTest.AREAS).rows().size());
    CsvInputException e = assertThrows(CsvInputException.class,
        () -> CsvTable.read(padded(CsvTable.MAX_FILE_BYTES + 1), "areas.csv", CsvTableTest.AREAS));
    assertEquals("areas.csv: at most 16777216 characters (16 MiB); split the file", e.getMessage());
    assertEquals("(file)", e.field());
  }

  @Test
  void aCellOfExactlyTheLongestLengthIsRead() {
    String longest = "x".repeat(CsvTable.MAX_FIELD_CHARS);
    CsvTable table = CsvTable.read("area,women\n" + longest + ",1\n", "areas.csv", CsvTableTest.AREAS);
    assertEquals(CsvTable.MAX_FIELD_CHARS, table.rows().get(0).text("area").length());
  }
}
