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

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The typed cells of a row at the edges of their rules: decimals, shares, yes or no, labels and refusals. */
class CsvCellsTest {
  private static final String DECIMAL_RULE =
      "a number of at most 15 digits before the point and 10 after, written with a point, for example 4.5";

  /** A row whose fte column holds the given cell, quoted, so that a comma stays in it. */
  private static CsvRow fte(String cell) {
    return CsvTable.read("area,women,fte\nA,1,\"" + cell + "\"\n", "areas.csv", CsvTableTest.AREAS).rows().get(0);
  }

  private static CsvInputException refusedDecimal(String cell) {
    CsvRow row = fte(cell);
    return assertThrows(CsvInputException.class, () -> row.decimal("fte", "4.5"));
  }

  @Test
  void anEmptyDecimalOrShareCellIsNoValueRatherThanARefusal() {
    CsvRow row = CsvTable.read("area,women,fte,share\nA,1,,\n", "areas.csv", CsvTableTest.AREAS).rows().get(0);
    assertEquals(Optional.empty(), row.decimal("fte", "4.5"));
    assertEquals(Optional.empty(), row.share("share"));
  }

  @Test
  void aDecimalHasUpToFifteenDigitsBeforeThePoint() {
    assertEquals(Optional.of(new BigDecimal("123456789012345")), fte("123456789012345").decimal("fte", "4.5"));
    assertEquals(Optional.of(new BigDecimal("123456789012345.5")), fte("123456789012345.5").decimal("fte", "4.5"));
    assertEquals(DECIMAL_RULE, refusedDecimal("1234567890123456.5").rule());
  }

  @Test
  void aWholeDecimalIsNotCountedAsDecimalPlaces() {
    assertEquals(Optional.of(new BigDecimal("12345678901")), fte("12345678901").decimal("fte", "4.5"));
  }

  @Test
  void aDecimalHasUpToTenPlacesAfterThePoint() {
    assertEquals(Optional.of(new BigDecimal("0.1234567890")), fte("0.1234567890").decimal("fte", "4.5"));
    assertEquals(Optional.of(new BigDecimal("1234.1234567890")), fte("1234.1234567890").decimal("fte", "4.5"));
    assertEquals(DECIMAL_RULE, refusedDecimal("0.12345678901").rule());
  }

  @Test
  void aLonePointOrMinusSignIsNotANumber() {
    assertEquals(DECIMAL_RULE, refusedDecimal(".").rule());
    assertEquals(DECIMAL_RULE, refusedDecimal("-").rule());
    assertEquals("never negative", refusedDecimal("-.5").rule());
  }

  @Test
  void aLeadingCommaIsRefusedAsASeparator() {
    CsvInputException e = refusedDecimal(",5");
    assertEquals(DECIMAL_RULE + "; no thousands separators, and a point, not a comma, for decimals", e.rule());
    assertEquals(OptionalInt.of(3), e.column());
  }

  @Test
  void aLonePercentSignIsNotAShare() {
    CsvRow row = CsvTable.read("area,women,share\nA,1,%\n", "areas.csv", CsvTableTest.AREAS).rows().get(0);
    assertEquals("a share from 0 to 1 (0.85) or 0% to 100% (85%)",
        assertThrows(CsvInputException.class, () -> row.share("share")).rule());
  }

  @Test
  void noInAnyOfItsSpellingsIsFalseAndAnEmptyCellGivesTheDefault() {
    CsvTable table = CsvTable.read("area,women,note\nA,1,no\nB,1,N\nC,1,False\nD,1,\nE,1,TRUE\n", "areas.csv",
        CsvTableTest.AREAS);
    List<CsvRow> rows = table.rows();
    for (int i = 0; i < 3; i++) {
      assertFalse(rows.get(i).yesNo("note", true), "row " + rows.get(i).row());
    }
    assertFalse(rows.get(3).yesNo("note", false));
    assertTrue(rows.get(3).yesNo("note", true));
    assertTrue(rows.get(4).yesNo("note", false));
  }

  @Test
  void aLabelIsItsTextStrippedAndAnOptionalEmptyLabelIsEmpty() {
    CsvRow row = CsvTable.read("area,women,note\n  North team  ,1,\n", "areas.csv", CsvTableTest.AREAS).rows().get(0);
    assertEquals("North team", row.label("area", true));
    assertEquals("", row.label("note", false));
    assertEquals("", row.label("fte", false));
  }

  @Test
  void aLabelHasNoUnicodeLineOrParagraphSeparator() {
    CsvTable table = CsvTable.read("area,women\nA\u2028B,1\nA\u2029B,2\n", "areas.csv", CsvTableTest.AREAS);
    for (CsvRow row : table.rows()) {
      CsvInputException e = assertThrows(CsvInputException.class, () -> row.label("area", true));
      assertEquals("one line of text, without line breaks or control characters", e.rule());
      assertEquals(OptionalInt.of(row.row()), e.row());
      assertEquals("(withheld)", e.value());
    }
  }

  @Test
  void aRefusedCellSaysWhetherItWasEmptyButNeverWhatItHeld() {
    CsvRow row = CsvTable.read("area,women,fte,note\nA,1, ,\n", "areas.csv", CsvTableTest.AREAS).rows().get(0);
    CsvInputException blank = row.refuse("fte", "some rule");
    assertEquals("(empty)", blank.value());
    assertEquals("areas.csv row 1, line 2, column 3 (fte): some rule", blank.getMessage());
    assertEquals("(empty)", row.refuse("note", "some rule").value());
    assertEquals("(withheld)", row.refuse("area", "some rule").value());
  }

  @Test
  void aRefusalOfAColumnTheFileDoesNotHaveNamesTheColumnWithoutANumber() {
    CsvRow row = CsvTable.read("area,women\nA,1\n", "areas.csv", CsvTableTest.AREAS).rows().get(0);
    CsvInputException e = row.refuse("share", "every row gives a share");
    assertEquals("areas.csv row 1, line 2, column share: every row gives a share", e.getMessage());
    assertEquals(OptionalInt.empty(), e.column());
    assertEquals("share", e.field());
    assertEquals("(empty)", e.value());
    assertEquals("areas.csv", e.source());
  }
}
