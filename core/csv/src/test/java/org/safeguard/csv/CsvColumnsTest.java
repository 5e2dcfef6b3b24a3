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

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/** The columns a kind of file may and must have: how they are declared, and what a declaration refuses. */
class CsvColumnsTest {
  private static final String NAME_RULE = "a column name is lower case, without surrounding spaces";

  @Test
  void aDeclarationListsTheKnownColumnsInItsUnknownColumnRule() {
    CsvColumns columns = CsvColumns.of("teams", List.of("team", "size"), List.of("team"));
    assertEquals("teams", columns.kind());
    assertEquals(List.of("team", "size"), columns.known());
    assertEquals(List.of("team"), columns.required());
    assertEquals("not a column of teams files; the columns are team, size", columns.unknownRule());
  }

  @Test
  void aRequiredColumnMustBeOneOfTheKnownColumns() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> CsvColumns.of("teams", List.of("team", "size"), List.of("team", "region")));
    assertEquals("required", e.field());
    assertEquals("region", e.value());
    assertEquals("a required column is one of the known columns", e.rule());
  }

  @Test
  void aColumnNameThatIsNotLowerCaseIsRefusedNamingItsPlaceInTheList() {
    InvalidInputException upper = assertThrows(InvalidInputException.class,
        () -> CsvColumns.of("teams", List.of("team", "Size"), List.of("team")));
    assertEquals("known item 2", upper.field());
    assertEquals(NAME_RULE, upper.rule());
    InvalidInputException spaced = assertThrows(InvalidInputException.class,
        () -> CsvColumns.of("teams", List.of("team", "size"), List.of(" team")));
    assertEquals("required item 1", spaced.field());
    assertEquals(NAME_RULE, spaced.rule());
  }

  @Test
  void anEmptyColumnNameIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> CsvColumns.of("teams", List.of("team", "", "size"), List.of("team")));
    assertEquals("known item 2", e.field());
    assertEquals(NAME_RULE, e.rule());
  }

  @Test
  void aMissingColumnNameIsNamedByItsPlaceInTheList() {
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> CsvColumns.of("teams", Arrays.asList("team", "size", null), List.of("team")));
    assertEquals("known item 3", e.field());
    assertEquals("is required", e.rule());
  }
}
