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
package org.safeguard.examples.quickstart.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments exit 2 and a bad areas or team file exits 1, each with one line naming the row and field. */
class PlanningBadInputTest {
  private static final String HEADER = "area,adult_women,marac_cases,high_risk_caseload\n";

  @TempDir
  Path dir;

  private PlanningRun runOver(String csv) throws Exception {
    Path areas = dir.resolve("areas.csv");
    Files.writeString(areas, csv, StandardCharsets.UTF_8);
    return PlanningRun.of("--areas", areas.toString(), "--out", dir.resolve("out.txt").toString());
  }

  private void assertOneLine(PlanningRun run, int status, String expected) {
    assertEquals(status, run.status(), run.out() + run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertEquals("", run.out());
  }

  @Test
  void aNegativeCountNamesTheRowAndTheField() throws Exception {
    PlanningRun run = runOver(HEADER + "North,1000,10,\nSouth,1000,-4,\n");
    assertOneLine(run, 1, "areas.csv row 2, line 3, column 3 (marac_cases): a whole number from 0 to 10,000,000,000");
  }

  @Test
  void aMissingColumnNamesTheHeader() throws Exception {
    PlanningRun run = runOver("area,marac_cases\nNorth,10\n");
    assertOneLine(run, 1, "areas.csv header, line 1, column adult_women: every areas file has this column");
  }

  @Test
  void aCountThatIsNotANumberNamesTheRowAndTheField() throws Exception {
    PlanningRun run = runOver("# note\n" + HEADER + "North,many,10,\n");
    assertOneLine(run, 1, "areas.csv row 1, line 3, column 2 (adult_women): a whole number from 0 to 10,000,000,000");
  }

  @Test
  void aCaseloadOfZeroNamesTheRowAndTheField() throws Exception {
    PlanningRun run = runOver(HEADER + "North,1000,10,0\n");
    assertOneLine(run, 1, "areas.csv row 1, line 2, column 4 (high_risk_caseload): a caseload is above zero");
  }

  @Test
  void aTeamFileWithABadSalaryNamesTheRowAndTheField() throws Exception {
    Path team = dir.resolve("team.csv");
    Files.writeString(team, "role,salary,fte,adviser\nIDVA,26k,1,yes\n", StandardCharsets.UTF_8);
    PlanningRun run = PlanningRun.of("--team", team.toString(), "--out", dir.resolve("out.txt").toString());
    assertOneLine(run, 1, "team.csv row 1, line 2, column 2 (salary): a number of at most 15 digits before the point and 10 after,"
        + " written with a point, for example 26000");
  }

  @Test
  void anUnknownArgumentIsRefused() {
    assertOneLine(PlanningRun.of("--bogus"), 2, "plan: Unknown option: '--bogus' (see --help)");
  }

  @Test
  void aMissingAreasFileIsNamed() {
    assertOneLine(PlanningRun.of("--areas", dir.resolve("nope.csv").toString()), 2, "nope.csv: no such file");
  }

  @Test
  void aRateOutsideZeroToOneIsRefused() {
    assertOneLine(PlanningRun.of("--overheads", "130%"), 2, "plan: Invalid value for option '--overheads': a share from 0 to 1"
        + " (0.2) or a percentage from 0% to 100% (20%), written with a point and at most 10 decimal places, not '130%' (see --help)");
    assertOneLine(PlanningRun.of("--on-costs"), 2, "plan: Missing required parameter for option '--on-costs' (RATE)");
  }

  @Test
  void planningTotalsOfTwoHugeAreasAreRefusedNotNegative() throws Exception {
    PlanningRun run = runOver("area,adult_women,marac_cases\nNorth,100,5000000000000000000\nSouth,100,5000000000000000000\n");
    assertOneLine(run, 1, "areas.csv row 1, line 2, column 3 (marac_cases): a whole number from 0 to 10,000,000,000");
  }

  @Test
  void hugeCountsAreRefusedWithoutAStackTrace() throws Exception {
    PlanningRun run = runOver("area,adult_women,marac_cases\nNorth,9223372036854775807,9223372036854775807\n");
    assertOneLine(run, 1, "areas.csv row 1, line 2, column 2 (adult_women): a whole number from 0 to 10,000,000,000");
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void onCostsWithHugeExponentIsRefusedQuickly() {
    // refused by its form when the option is read, before a number is made of it: it once never finished
    assertOneLine(PlanningRun.of("--on-costs", "1e-99999"), 2, "plan: Invalid value for option '--on-costs': a share from 0 to 1"
        + " (0.2) or a percentage from 0% to 100% (20%), written with a point and at most 10 decimal places, not '1e-99999'");
  }

  @Test
  void extremeContingencyOrOnCostsAreRefusedNotArithmeticException() {
    for (String rate : List.of("1e-2147483647", "1E+2147483647", "-0.5", "0.00000000001", "1,5", "NaN", "\u0661", "9".repeat(5_000))) {
      for (String option : List.of("--contingency", "--on-costs", "--overheads")) {
        PlanningRun run = PlanningRun.of(option, rate);
        assertEquals(2, run.status(), option + " " + rate);
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("plan: Invalid value for option '" + option + "'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
      }
    }
    assertTrue(PlanningRun.of("--contingency", "9".repeat(5_000)).err().contains("not a value of 5000 characters"));
  }

  @Test
  void groupingSeparatorInDecimalColumnIsRefused() throws Exception {
    PlanningRun run = runOver("area,adult_women,marac_cases,idva_fte\nNorth,1000,50,\"2,500\"\n");
    assertOneLine(run, 1, "areas.csv row 1, line 2, column 4 (idva_fte): a number of at most 15 digits before the point and 10 after,"
        + " written with a point, for example 4.5; no thousands separators, and a point, not a comma, for decimals");
    assertFalse(run.err().contains("2,500"), run.err());
  }

  @Test
  void loneCarriageReturnEndsARow() throws Exception {
    PlanningRun run = runOver("area,adult_women,marac_cases\rNorth,1000,50\rSouth,2000,60\r");
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of("North", "South"), List.of(run.row("North").get(0), run.row("South").get(0)));
    assertFalse(run.out().contains("\r"), "no raw CR is printed");
  }

  @Test
  void nonUtf8FileIsRefusedWithItsPosition() throws Exception {
    Path areas = dir.resolve("areas.csv");
    Files.write(areas, "area,adult_women,marac_cases\nS\u00f6uth,100,5\n".getBytes(StandardCharsets.ISO_8859_1));
    PlanningRun run = PlanningRun.of("--areas", areas.toString(), "--out", dir.resolve("out.txt").toString());
    assertOneLine(run, 1, "areas.csv row 1, line 2, column 1 (area): UTF-8 text; this byte is not UTF-8 (save the file as CSV UTF-8)"
        + " (character 2 of the line)");
    assertFalse(run.err().contains("Input length"), run.err());
  }

  @Test
  void directoryGivenAsFileSaysItIsADirectory() {
    assertOneLine(PlanningRun.of("--areas", dir.toString()), 2, dir + ": a directory, not a file");
    assertOneLine(PlanningRun.of("--team", dir.toString()), 2, dir + ": a directory, not a file");
    assertOneLine(PlanningRun.of("--out", dir.toString()), 2, dir + ": a directory, not a file");
    assertFalse(PlanningRun.of("--areas", dir.toString()).err().contains("no such file"));
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    PlanningRun run;
    try {
      // picocli warns on the process's stderr, not the command's, when a description does not format
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      run = PlanningRun.of("--help");
    } finally {
      System.setErr(stderr);
    }
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: java -jar safeguard-quickstart.jar plan"), run.out());
    assertTrue(run.out().contains("default 20%"), run.out());
    assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    assertEquals("", run.err());
  }
}
