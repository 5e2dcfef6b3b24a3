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

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Where a refusal points: the header or the row, the line, the column by number and, once the
 * header has named it, by name; and the field a caller sees, never a cell.
 */
class CsvRefusalPlacesTest {
  private static CsvInputException refused(String text) {
    return assertThrows(CsvInputException.class, () -> CsvTable.read(text, "areas.csv", CsvTableTest.AREAS));
  }

  @Test
  void anUnknownColumnIsNamedByItsNumberBecauseItsNameIsACell() {
    CsvInputException e = refused("area,women,colour\nA,1,red\n");
    assertEquals("column 3", e.field());
    assertEquals("(withheld)", e.value());
    assertEquals(OptionalInt.of(0), e.row());
    assertEquals(OptionalInt.of(3), e.column());
  }

  @Test
  void anEmptyHeaderCellIsRefusedAsEmpty() {
    CsvInputException e = refused("area,,women\nA,1,2\n");
    assertEquals("areas.csv header, line 1, column 2: not a column of areas files; the columns are area, women, fte, share, note",
        e.getMessage());
    assertEquals("column 2", e.field());
    assertEquals("(empty)", e.value());
  }

  @Test
  void aProblemInTheHeaderIsNamedByColumnNumber() {
    CsvInputException e = refused("area,wo\u0001men\nA,1\n");
    assertEquals("areas.csv header, line 1, column 2: " + RawRecord.Problem.CONTROL_CHARACTER.rule, e.getMessage());
    assertEquals("column 2", e.field());
    assertEquals("(withheld)", e.value());
  }

  @Test
  void aProblemInARowIsNamedByTheHeadersNameForItsColumn() {
    CsvInputException e = refused("area,women\nA,1\u0001\n");
    assertEquals("areas.csv row 1, line 2, column 2 (women): " + RawRecord.Problem.CONTROL_CHARACTER.rule, e.getMessage());
    assertEquals("women", e.field());
    assertEquals("areas.csv", e.source());
  }

  @Test
  void anUnclosedQuoteInTheHeaderIsRefusedAtItsColumn() {
    CsvInputException e = refused("area,\"women\nA,1\n");
    assertEquals("areas.csv header, line 1, column 2: a quoted cell needs its closing quote", e.getMessage());
    assertEquals("column 2", e.field());
  }

  @Test
  void aProblemBeforeAnUnclosedQuoteIsTheOneRefused() {
    CsvInputException e = refused("area,women\nA\u0001,\"1\n");
    assertEquals("areas.csv row 1, line 2, column 1 (area): " + RawRecord.Problem.CONTROL_CHARACTER.rule, e.getMessage());
  }

  @Test
  void aRuleOverAColumnTheFileDoesNotHaveIsRefusedAtTheHeaderByName() {
    CsvTable table = CsvTable.read("\n# areas\narea,women\nA,1\n", "areas.csv", CsvTableTest.AREAS);
    CsvInputException e = table.refuse("note", "one row notes the advisers");
    assertEquals("areas.csv header, line 3, column note: one row notes the advisers", e.getMessage());
    assertEquals(OptionalInt.of(0), e.row());
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(OptionalInt.empty(), e.column());
    assertEquals("note", e.field());
    assertEquals("(file)", e.value());
  }

  @Test
  void aTableHasTheColumnsItsHeaderNames() {
    CsvTable table = CsvTable.read("women,area\nA,1\n", "areas.csv", CsvTableTest.AREAS);
    assertTrue(table.has("area"));
    assertTrue(table.has("women"));
    assertFalse(table.has("note"));
  }

  @Test
  void theFirstProblemOfARowIsTheOneRefused() {
    CsvInputException e = refused("area,women\nA \"x\" B,1\u0001\n");
    assertEquals("areas.csv row 1, line 2, column 1 (area): " + RawRecord.Problem.STRAY_QUOTE.rule, e.getMessage());
  }
}
