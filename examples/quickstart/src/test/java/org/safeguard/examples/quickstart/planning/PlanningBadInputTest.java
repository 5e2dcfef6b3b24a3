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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertOneLine(PlanningRun.of("--bogus"), 2, "plan: unknown argument '--bogus' (see --help)");
  }

  @Test
  void aMissingAreasFileIsNamed() {
    assertOneLine(PlanningRun.of("--areas", dir.resolve("nope.csv").toString()), 2, "nope.csv: no such file");
  }

  @Test
  void aRateOutsideZeroToOneIsRefused() {
    assertOneLine(PlanningRun.of("--overheads", "130%"), 2,
        "--overheads RATE must be a share from 0 to 1 or a percentage such as 20%, not '130%'");
    assertOneLine(PlanningRun.of("--on-costs"), 2, "--on-costs needs a RATE");
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    PlanningRun run = PlanningRun.of("--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: java -jar safeguard-quickstart.jar plan"), run.out());
  }
}
