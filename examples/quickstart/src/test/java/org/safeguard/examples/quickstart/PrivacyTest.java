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
package org.safeguard.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.logcapture.CapturedLogs;

/**
 * The quickstart's promise: its summary and everything it logs hold case ids and counts, never a
 * name, a rationale or an answer. The test kit captures every SLF4J line, so the engine's own
 * logging is checked too.
 */
class PrivacyTest {
  private static Leaks leaks;
  private static Set<String> names;
  private static Set<String> rationales;

  @TempDir
  Path dir;

  @BeforeAll
  static void collectWhatMustNotAppear() {
    names = new TreeSet<>();
    rationales = new TreeSet<>();
    for (SyntheticCase c : Fixtures.sample()) {
      names.add(c.firstName());
      names.add(c.lastName());
      c.judgement().ifPresent(j -> rationales.add(j.rationale()));
    }
    leaks = new Leaks(names, rationales, Fixtures.ITEM_IDS);
  }

  @Test
  void nothingPersonalReachesTheLogsOrTheSummary() throws Exception {
    assertTrue(names.size() >= 10 && rationales.size() >= 3, "the sample should give the check something to look for");
    Path out = dir.resolve("summary.txt");

    CapturedLogs.clear();
    QuickstartRun run = QuickstartRun.of("--lenient", "--out", out.toString());
    List<String> logged = CapturedLogs.lines();

    assertEquals(0, run.status(), run.err());
    assertTrue(logged.stream().anyMatch(l -> l.contains("Engine ready: Safeguard{instruments=")),
        "the log lines, the engine's summary among them, should have been captured: " + logged);
    List<String> lines = new ArrayList<>(logged);
    lines.addAll(run.out().lines().toList());
    lines.addAll(run.err().lines().toList());
    lines.addAll(Files.readAllLines(out));
    assertEquals(List.of(), leaks.in(lines));
  }

  /**
   * The exports leave the service: neither carries a name (the model has none) or a practitioner's
   * rationale (free text, which MARAC and research drop), and the research one carries no case id
   * as the service knows it and no day's date.
   */
  @Test
  void theExportsCarryNoNameOrRationaleAndTheResearchOneNoCaseIdOrDay() throws Exception {
    Path exports = dir.resolve("exports");
    QuickstartRun run = QuickstartRun.of("--out", dir.resolve("summary.txt").toString(), "--exports", exports.toString());
    assertEquals(0, run.status(), run.err());
    Leaks personal = new Leaks(names, rationales, List.of());
    List<String> caseIds = new ArrayList<>();
    for (SyntheticCase c : Fixtures.sample()) {
      caseIds.add(c.caseId());
    }
    try (var files = Files.list(exports)) {
      List<Path> all = files.toList();
      assertEquals(8, all.size(), "NDJSON, CSV, FHIR and the report page, for MARAC and research: " + all);
      for (Path file : all) {
        List<String> lines = lines(file);
        assertEquals(List.of(), personal.in(lines), file.toString());
        if (file.getFileName().toString().contains("research")) {
          String text = String.join("\n", lines);
          for (String id : caseIds) {
            // as a word: quoted in JSON, bare in a CSV cell
            assertFalse(java.util.regex.Pattern.compile("(?<![A-Za-z0-9-])" + java.util.regex.Pattern.quote(id) + "(?![A-Za-z0-9-])")
                .matcher(text).find(), id + " in " + file);
          }
          assertFalse(java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text).find(), "a day in " + file);
        }
      }
    }
  }

  /** A file's lines; a zip's, every entry's. */
  private static List<String> lines(Path file) throws java.io.IOException {
    if (!file.toString().endsWith(".zip")) {
      return Files.readAllLines(file);
    }
    List<String> lines = new ArrayList<>();
    try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        lines.addAll(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList());
      }
    }
    assertTrue(lines.size() > 100, file + " holds " + lines.size() + " lines");
    return lines;
  }

  @Test
  void theCheckFindsEachKindOfPlantedLeak() {
    String name = names.iterator().next();
    String rationale = rationales.iterator().next();
    assertEquals(1, leaks.in(List.of("INFO quickstart - screening case QS-0001 for " + name)).size(), "a name");
    assertEquals(1, leaks.in(List.of("override because " + rationale)).size(), "a rationale");
    assertEquals(1, leaks.in(List.of("override because " + rationale.substring(0, 40) + "...")).size(), "a cut rationale");
    assertEquals(1, leaks.in(List.of("QS-0001 threats-to-kill=yes")).size(), "an item id");
    assertEquals(1, leaks.in(List.of("QS-0001 strangulation")).size(), "an item id that is also a word");
    assertEquals(1, leaks.in(List.of("QS-0001 answered YES")).size(), "an answer word");
    assertEquals(2, leaks.in(List.of("answers {current-injury=NOT_KNOWN}")).size(), "an item id and an answer word");
  }

  @Test
  void theCheckPassesWhatTheSummaryIsMeantToSay() {
    assertEquals(List.of(), leaks.in(List.of(
        "  NO_REFERRAL                                  30",
        "Score 3 on safelives-dash-ric 2009 (3 yes, 20 no, 1 not known, 0 not asked) is in band standard 0-13",
        "Raised to HIGH by professional judgement of assessor idva-09 for [NON_FATAL_STRANGULATION, STALKING].",
        "PROFESSIONAL_JUDGEMENT: assessor idva-09 raised the level from STANDARD to HIGH for [NON_FATAL_STRANGULATION]")));
    assertFalse(leaks.in(List.of("strangulation: yes")).isEmpty());
  }
}
