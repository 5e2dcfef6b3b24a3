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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.planning.AreaCsv;

/**
 * The planning command over the shipped sample and over a commissioner's own CSV: a capacity and
 * cost table on screen, the table and every area's trace in a file.
 */
class PlanningCommandTest {
  @TempDir
  Path dir;

  private PlanningRun runOverSample(String... more) {
    String[] args = new String[more.length + 2];
    args[0] = "--out";
    args[1] = dir.resolve("plan.txt").toString();
    System.arraycopy(more, 0, args, 2, more.length);
    return PlanningRun.of(args);
  }

  @Test
  void theSamplePlansEveryAreaAndWritesTheTraceToTheFile() throws Exception {
    PlanningRun run = runOverSample();
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("Safeguard planning: capacity and cost\n"), run.out());
    assertFalse(run.out().contains("Trace (every step"), "the screen shows the tables only unless --trace");
    assertTrue(run.out().contains("Summary and traces written to " + dir.resolve("plan.txt").toAbsolutePath()), run.out());

    String file = Files.readString(dir.resolve("plan.txt"), StandardCharsets.UTF_8);
    assertTrue(file.contains("Trace (every step, its inputs and its rounding)"), file);
    assertTrue(file.contains("required IDVAs = cases used ÷ cases per IDVA [cases used 579.816; cases per IDVA 100] "
        + "→ 5.79816, up to the nearest 0.5 → 6.0"), file);
    assertTrue(file.contains("Totals: all areas"), file);
  }

  @Test
  void theHertfordshireRowsReproduceAppendix6sCaseloadModel() {
    PlanningRun run = runOverSample();
    // Hertfordshire Domestic Abuse Review (CAADA, 2014), Appendix 6 Table 1: 8.0 / 10.5 / 8.0 IDVAs, 26.5 in all
    assertEquals("8.0", last(run.row("Central")));
    assertEquals("10.5", last(run.row("East")));
    assertEquals("8.0", last(run.row("West")));
    List<String> county = run.out().lines().filter(l -> l.startsWith("  Hertfordshire ")).findFirst()
        .map(l -> List.of(l.strip().split("\\s{2,}"))).orElseThrow();
    assertEquals("26.5", county.get(8), county.toString());
    // and the survey's formula beside it (required IDVAs, inferred): 6.0 / 7.5 / 5.5
    assertEquals("6.0", run.row("Central").get(6));
    assertEquals("7.5", run.row("East").get(6));
    assertEquals("5.5", run.row("West").get(6));
  }

  @Test
  void aSyntheticAreaShowsCoverageBothWaysRefugeAndCost() {
    PlanningRun run = runOverSample();
    List<String> northvale = run.row("Northvale");
    assertEquals(List.of("Northvale", "Synthetic", "60,000", "300", "300", "MARAC", "3.0", "2.5", "2.0", "83%", "67%", "4.0"),
        northvale);
    List<String> cost = run.out().lines().filter(l -> l.startsWith("  Northvale ")).skip(1).findFirst()
        .map(l -> List.of(l.strip().split("\\s{2,}"))).orElseThrow();
    assertEquals(List.of("Northvale", "12", "15", "80%", "£151,600", "£505", "£887"), cost);
  }

  @Test
  void traceOnScreenWhenAsked() {
    PlanningRun run = runOverSample("--trace");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Trace (every step, its inputs and its rounding)"), run.out());
    assertTrue(run.out().contains("advisers (high risk) = visible victims ÷ caseload per adviser [visible victims 300; "
        + "caseload 65] → ≈4.615385, to the nearest 0.5 (halves up) → 4.5"), run.out());
  }

  @Test
  void aCommissionersOwnAreasArePlanned() throws Exception {
    Path areas = dir.resolve("my-areas.csv");
    Files.writeString(areas, "# two areas of my own\n"
        + "area,region,adult_women,marac_cases,idva_fte,high_risk_share\n"
        + "Riverside,County,100000,250,3,90%\n"
        + "Hilltop,County,50000,260,1.5,\n", StandardCharsets.UTF_8);
    PlanningRun run = PlanningRun.of("--areas", areas.toString(), "--out", dir.resolve("out.txt").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Areas: " + areas + " (2 areas)"), run.out());
    // Riverside: 40 per 10,000 of 100,000 women = 400 > 250 cases -> 4.0 FTE; 3 × 0.9 = 2.7 high-risk
    assertEquals(List.of("Riverside", "County", "100,000", "250", "400", "prevalence", "4.0", "3.0", "2.7", "75%", "68%", "-"),
        run.row("Riverside"));
    // Hilltop: 260 cases > 200 -> 2.6 up to 3.0
    assertEquals("3.0", run.row("Hilltop").get(6));
    assertTrue(run.out().contains("Hilltop: high_risk_share not given: all of the advisers' time counted as high risk"), run.out());
    List<String> county = run.out().lines().filter(l -> l.startsWith("  County ")).findFirst()
        .map(l -> List.of(l.strip().split("\\s{2,}"))).orElseThrow();
    assertEquals("7.0", county.get(2), county.toString());
  }

  @Test
  void anOwnTeamAndContingencyChangeTheCost() throws Exception {
    Path team = dir.resolve("team.csv");
    Files.writeString(team, "role,salary,fte,on_costs,adviser\nIDVA,30000,1,yes,yes\n", StandardCharsets.UTF_8);
    PlanningRun run = runOverSample("--team", team.toString(), "--on-costs", "25%", "--overheads", "0", "--contingency", "10%");
    assertEquals(0, run.status(), run.err());
    // Northvale needs 3.0 IDVAs: 3 × £30,000 × 1.25 = £112,500, plus 10% = £123,750
    List<String> cost = run.out().lines().filter(l -> l.startsWith("  Northvale ")).skip(1).findFirst()
        .map(l -> List.of(l.strip().split("\\s{2,}"))).orElseThrow();
    assertEquals("£123,750", cost.get(4), cost.toString());
    assertTrue(run.out().contains("on-costs ×1.25, overheads 0, contingency 0.10"), run.out());
  }

  @Test
  void theShippedSampleUsesEveryColumnInTheDocumentedOrder() {
    String header = PlanningCommand.sampleText().lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
    assertEquals(String.join(",", AreaCsv.COLUMNS), header);
  }

  private static String last(List<String> cells) {
    return cells.get(cells.size() - 1);
  }

  /** The plan goes out as one capacity-plan record, in the format the file's extension names, and reads back. */
  @Test
  void thePlanIsExportedInTheFormatItsFileNames() throws Exception {
    Path ndjson = dir.resolve("plan.ndjson");
    PlanningRun run = runOverSample("--export", ndjson.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Plan exported to " + ndjson.toAbsolutePath() + " (ndjson, one capacity-plan record)"), run.out());
    List<org.safeguard.export.ExportRecord> records;
    try (var in = Files.newInputStream(ndjson)) {
      records = org.safeguard.plugins.exportndjson.NdjsonReader.open(in).readAll();
    }
    assertEquals(1, records.size());
    assertEquals("capacity-plan", records.get(0).schema().name());
    int areas = AreaCsv.read(PlanningCommand.sampleText(), PlanningCommand.SAMPLE_RESOURCE).size();
    assertEquals(areas, records.get(0).records("areas").size(), "every area of the sample");
    assertTrue(records.get(0).record("overall").isPresent());

    Path zip = dir.resolve("plan.zip");
    assertEquals(0, runOverSample("--export", zip.toString()).status());
    List<String> entries = new java.util.ArrayList<>();
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertTrue(entries.contains("capacity-plan.areas.csv"), entries.toString());

    Path text = dir.resolve("plan-export.txt");
    PlanningRun refused = runOverSample("--export", text.toString());
    assertEquals(2, refused.status());
    assertTrue(refused.err().contains(".ndjson (NDJSON) or .zip (CSV tables)"), refused.err());
    assertFalse(Files.exists(text), "refused before anything is written");
    assertFalse(refused.out().contains("Summary and traces written"), "refused before the plan is made");
  }
}
