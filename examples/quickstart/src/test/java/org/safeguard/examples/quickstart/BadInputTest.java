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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments exit 2 and bad input exits 1, each with one line that says what and where. */
class BadInputTest {
  private static final String HEADER = "case_id,first_name,last_name,age,threats-to-kill,incidents,previous_referrals,"
      + "override_level,override_assessor,override_reasons,override_rationale\n";
  private static final String GOOD_ROW = "T-1,Zorla,Testbury,34,yes,2026-05-01:VIOLENCE_OR_THREATS:POLICE,,,,,\n";

  @TempDir
  Path dir;

  @Test
  void anUnknownArgumentIsRefusedInOneLine() {
    QuickstartRun run = QuickstartRun.of("--bogus");
    assertEquals(2, run.status());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("unknown argument '--bogus'"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void anOptionWithoutItsValueIsRefused() {
    QuickstartRun run = QuickstartRun.of("--out");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--out needs a FILE"), run.err());

    run = QuickstartRun.of("--generate", "10", "5");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--generate needs COUNT SEED FILE"), run.err());
  }

  @Test
  void aMissingCasesFileIsNamed() {
    QuickstartRun run = QuickstartRun.of("--cases", dir.resolve("nope.csv").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("nope.csv: no such file"), run.err());
  }

  @Test
  void aCountThatIsNotANumberIsRefused() {
    QuickstartRun run = QuickstartRun.of("--generate", "lots", "5", dir.resolve("x.csv").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("COUNT must be a whole number from 1 to 9999, not 'lots'"), run.err());
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    QuickstartRun run = QuickstartRun.of("--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: java -jar safeguard-quickstart.jar"), run.out());
  }

  @Test
  void aBadAgeNamesTheRowAndTheField() throws Exception {
    QuickstartRun run = runOver(HEADER + GOOD_ROW + "T-2,Quilla,Mockridge,abc,no,,,,,,\n");
    assertEquals(1, run.status());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("cases.csv row 2 (line 3), field age = abc: a whole number of years from 0 to 130"), run.err());
  }

  @Test
  void aBadAnswerNamesTheRowAndTheItem() throws Exception {
    QuickstartRun run = runOver("# a comment line\n" + HEADER + GOOD_ROW + "T-2,Quilla,Mockridge,40,maybe,,,,,,\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 2 (line 4), field threats-to-kill = maybe: yes, no, not-known, or empty for not asked"), run.err());
  }

  @Test
  void anUnknownColumnNamesTheHeader() throws Exception {
    QuickstartRun run = runOver("case_id,age,fear-of-clowns\nT-1,30,yes\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("header (line 1), field column 3 = fear-of-clowns"), run.err());
  }

  @Test
  void anIncidentAfterTheScreeningDateNamesTheRowAndField() throws Exception {
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34,yes,2027-01-01:VIOLENCE_OR_THREATS:POLICE,,,,,\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 1 (line 2), field incidents = 2027-01-01"), run.err());
  }

  @Test
  void aMalformedIncidentNamesTheRowAndField() throws Exception {
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34,yes,2026-05-01:PUNCH:POLICE,,,,,\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 1 (line 2), field incidents = PUNCH: one of [VIOLENCE_OR_THREATS"), run.err());
  }

  @Test
  void aRowWithTooFewFieldsIsRefused() throws Exception {
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 1 (line 2), field (columns) = 4 fields"), run.err());
  }

  @Test
  void aRepeatedCaseIdIsRefused() throws Exception {
    QuickstartRun run = runOver(HEADER + GOOD_ROW + GOOD_ROW);
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 2 (line 3), field case_id = T-1: each case id appears once; it is also on row 1"), run.err());
  }

  @Test
  void aRationaleIsNeverEchoedInAnError() throws Exception {
    String rationale = "Seen hiding in the garden at night";
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34,yes,,,,,," + rationale + "\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("field override_rationale = <redacted>: given without override_level"), run.err());
    assertFalse(run.err().contains(rationale), run.err());
  }

  @Test
  void anOverrideWithoutRationaleIsRefused() throws Exception {
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34,no,,,HIGH,idva-01,STALKING,\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 1 (line 2), field override_rationale = <redacted>: an override gives the assessor's rationale"),
        run.err());
  }

  @Test
  void anUnterminatedQuoteIsRefused() throws Exception {
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34,no,,,HIGH,idva-01,STALKING,\"never closed\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 1 (line 2), field field 11 = (unterminated)"), run.err());
  }

  @Test
  void aWellFormedSmallFileRuns() throws Exception {
    QuickstartRun run = runOver(HEADER + GOOD_ROW
        + "T-2,Quilla,Mockridge,15,yes,,2026-02-01,HIGH,idva-01,STALKING;ESCALATION,\"Followed home, twice\"\n");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.summary().contains("2 cases from "), run.summary());
  }

  @Test
  void aFileSavedFromASpreadsheetWithByteOrderMarkAndCrlfRuns() throws Exception {
    QuickstartRun run = runOver(("\uFEFF" + HEADER + GOOD_ROW).replace("\n", "\r\n"));
    assertEquals(0, run.status(), run.err());
    assertTrue(run.summary().contains("1 case from "), run.summary());
  }

  @Test
  void aMalformedPolicyFileNamesTheKey() throws Exception {
    Path policy = dir.resolve("county.properties");
    Files.writeString(policy, "id=county\nversion=1\nbands.safelives-dash-ric.standard=0-13\nbands.safelives-dash-ric.hihg=14+\n");
    QuickstartRun run = QuickstartRun.of("--policy", policy.toString(), "--out", dir.resolve("s.txt").toString());
    assertEquals(1, run.status());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("bands.safelives-dash-ric.hihg"), run.err());
  }

  @Test
  void aPolicyWithoutBandsForTheDashIsRefused() throws Exception {
    Path policy = dir.resolve("police-only.properties");
    Files.writeString(policy, "id=police-only\nversion=1\nbands.acpo-dash.standard=0-13\nbands.acpo-dash.high=14+\n");
    QuickstartRun run = QuickstartRun.of("--policy", policy.toString(), "--out", dir.resolve("s.txt").toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains("sets no bands for safelives-dash-ric"), run.err());
  }

  private QuickstartRun runOver(String csv) throws Exception {
    Path cases = dir.resolve("cases.csv");
    Files.writeString(cases, csv);
    return QuickstartRun.of("--cases", cases.toString(), "--out", dir.resolve("summary.txt").toString());
  }
}
