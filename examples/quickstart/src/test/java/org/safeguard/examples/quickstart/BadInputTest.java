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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.csv.CsvInputException;

/**
 * Bad arguments exit 2 and bad input exits 1, each with one line that says what and where: the
 * file, row, line and column of a cases file, never what a cell holds.
 */
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
    assertEquals("quickstart: Unknown option: '--bogus' (see --help)" + System.lineSeparator(), run.err());
    assertEquals("", run.out());
  }

  @Test
  void anOptionWithoutItsValueIsRefused() {
    QuickstartRun run = QuickstartRun.of("--out");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("quickstart: Missing required parameter for option '--out' (FILE)"), run.err());

    run = QuickstartRun.of("generate", "10", "5");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("generate: Missing required parameter: 'FILE'"), run.err());
  }

  @Test
  void aMissingCasesFileIsNamed() {
    QuickstartRun run = QuickstartRun.of("--cases", dir.resolve("nope.csv").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("nope.csv: no such file"), run.err());
  }

  @Test
  void aCountThatIsNotANumberIsRefused() {
    QuickstartRun run = QuickstartRun.of("generate", "lots", "5", dir.resolve("x.csv").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("generate: Invalid value for positional parameter at index 0 (COUNT): 'lots' is not an int"), run.err());
    run = QuickstartRun.of("generate", "10000", "5", dir.resolve("x.csv").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("generate: COUNT is a whole number from 1 to 9999, not 10000 (see --help)"), run.err());
    assertFalse(Files.exists(dir.resolve("x.csv")));
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    QuickstartRun run = QuickstartRun.of("--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: java -jar safeguard-quickstart.jar"), run.out());
    for (String part : List.of("--cases=FILE", "--policy=FILE", "--out=FILE", "--lenient", "plan", "generate", "Exit status:",
        "2   bad arguments")) {
      assertTrue(run.out().contains(part), part + " in " + run.out());
    }
    assertEquals("", run.err());
  }

  @Test
  void anOptionGivenTwiceIsRefused() {
    QuickstartRun run = QuickstartRun.of("--lenient", "--out", dir.resolve("a.txt").toString(), "--out", dir.resolve("b.txt").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("option '--out' (FILE) should be specified only once"), run.err());
  }

  @Test
  void anArgumentFileIsNotExpanded() throws Exception {
    // picocli would read @FILE as more arguments, and print a cell of it back in an error
    Path cases = dir.resolve("cases.csv");
    Files.writeString(cases, HEADER + GOOD_ROW);
    QuickstartRun run = QuickstartRun.of("@" + cases);
    assertEquals(2, run.status());
    assertFalse(run.err().contains("Zorla"), run.err());
    assertTrue(run.err().contains("Unmatched argument"), run.err());
  }

  @Test
  void theScreeningRunsOptionsAreRefusedBeforeASubcommand() {
    QuickstartRun run = QuickstartRun.of("--out", dir.resolve("s.txt").toString(), "generate", "5", "1", dir.resolve("c.csv").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("generate: --cases, --policy, --out and --lenient belong to the screening run"), run.err());
    assertFalse(Files.exists(dir.resolve("c.csv")));
  }

  @Test
  void aNullArgumentIsRefused() {
    QuickstartRun run = QuickstartRun.of("--lenient", null);
    assertEquals(2, run.status());
    assertEquals(1, run.errLines().size(), run.err());
  }

  @Test
  void aHugeOrControlCharacterArgumentIsShownCutShortOnOneLine() {
    QuickstartRun run = QuickstartRun.of("--bogus\n" + "x".repeat(100_000));
    assertEquals(2, run.status());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().length() < 500, "cut short: " + run.err().length());
  }

  @Test
  void aBadAgeNamesTheRowAndTheField() throws Exception {
    QuickstartRun run = runOver(HEADER + GOOD_ROW + "T-2,Quilla,Mockridge,abc,no,,,,,,\n");
    assertEquals(1, run.status());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("cases.csv row 2, line 3, column 4 (age): a whole number from 0 to 130"), run.err());
    assertFalse(run.err().contains("abc"), run.err());
  }

  @Test
  void aBadAnswerNamesTheRowAndTheItem() throws Exception {
    QuickstartRun run = runOver("# a comment line\n" + HEADER + GOOD_ROW + "T-2,Quilla,Mockridge,40,maybe,,,,,,\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 2, line 4, column 5 (threats-to-kill): yes, no, not-known, or empty for not asked"), run.err());
    assertFalse(run.err().contains("maybe"), run.err());
  }

  @Test
  void anUnknownColumnNamesTheHeader() throws Exception {
    QuickstartRun run = runOver("case_id,age,fear-of-clowns\nT-1,30,yes\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("cases.csv header, line 1, column 3: not a column of a cases file, nor an item of safelives-dash-ric"),
        run.err());
    assertFalse(run.err().contains("clowns"), run.err());
  }

  @Test
  void anIncidentAfterTheScreeningDateNamesTheRowAndField() throws Exception {
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34,yes,2027-01-01:VIOLENCE_OR_THREATS:POLICE,,,,,\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 1, line 2, column 6 (incidents): an incident cannot be after the screening date 2026-11-01"),
        run.err());
    assertFalse(run.err().contains("2027-01-01"), run.err());
  }

  @Test
  void aMalformedIncidentNamesTheRowAndField() throws Exception {
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34,yes,2026-05-01:PUNCH:POLICE,,,,,\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 1, line 2, column 6 (incidents): each one of [VIOLENCE_OR_THREATS"), run.err());
    assertFalse(run.err().contains("PUNCH"), run.err());
  }

  @Test
  void aRowWithTooFewFieldsIsRefused() throws Exception {
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 1, line 2, column 5 (threats-to-kill): a row has one field per header column, 11; this row ends early"),
        run.err());
  }

  @Test
  void aRepeatedCaseIdIsRefused() throws Exception {
    QuickstartRun run = runOver(HEADER + GOOD_ROW + GOOD_ROW);
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 2, line 3, column 1 (case_id): each case id appears once; it is also on row 1"), run.err());
  }

  @Test
  void aRationaleIsNeverEchoedInAnError() throws Exception {
    String rationale = "Seen hiding in the garden at night";
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34,yes,,,,,," + rationale + "\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("column 11 (override_rationale): given without override_level"), run.err());
    assertFalse(run.err().contains(rationale), run.err());
  }

  @Test
  void anOverrideWithoutRationaleIsRefused() throws Exception {
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34,no,,,HIGH,idva-01,STALKING,\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 1, line 2, column 11 (override_rationale): an override gives the assessor's rationale"),
        run.err());
  }

  @Test
  void anUnterminatedQuoteIsRefused() throws Exception {
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34,no,,,HIGH,idva-01,STALKING,\"never closed\n");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("row 1, line 2, column 11 (override_rationale): a quoted cell needs its closing quote"), run.err());
    assertFalse(run.err().contains("never closed"), run.err());
  }

  @Test
  void caseReaderNeverEchoesTheAnswerCell() throws Exception {
    // synthetic words a practitioner might type into an answer cell by mistake
    String answer = "Yes, Quillon swore revenge on Zorla";
    QuickstartRun run = runOver(HEADER + "T-1,Zorla,Testbury,34,\"" + answer + "\",,,,,,\n");
    assertEquals(1, run.status());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("cases.csv row 1, line 2, column 5 (threats-to-kill): yes, no, not-known, or empty for not asked"),
        run.err());
    for (String word : answer.replace(",", "").split(" ")) {
      if (word.length() > 3) {
        assertFalse(run.err().contains(word), word + " echoed: " + run.err());
      }
    }
    CsvInputException e = assertThrows(CsvInputException.class, () -> CaseCsv.read(HEADER + "T-1,Zorla,Testbury,34,\"" + answer
        + "\",,,,,,\n", "cases.csv", Fixtures.DASH_RIC, SyntheticCases.SCREENING_DATE));
    assertEquals("threats-to-kill", e.field());
    assertEquals("(withheld)", e.value(), "not even the exception's value holds the answer");
  }

  @Test
  void noCellOfABadRowIsEchoed() throws Exception {
    String[] bad = {
        "T-1,Zorla,Testbury,thirty-four,yes,,,,,,\n",
        "T 1 Zorla,Zorla,Testbury,34,yes,,,,,,\n",
        "T-1,Zorla,Testbury,34,yes,1999-99-99:VIOLENCE_OR_THREATS:POLICE,,,,,\n",
        "T-1,Zorla,Testbury,34,yes,,Zorla's birthday,,,,\n",
        "T-1,Zorla,Testbury,34,yes,,,EXTREME,idva-1,,Zorla was frightened\n",
        "T-1,Zorla,Testbury,34,yes,,,HIGH,idva-1,ZORLA_REASON,Zorla was frightened\n",
        "T-1,Zorla,Testbury,34,yes,,,,Zorla,,\n"};
    for (String row : bad) {
      QuickstartRun run = runOver(HEADER + row);
      assertEquals(1, run.status(), row);
      assertEquals(1, run.errLines().size(), run.err());
      assertFalse(run.err().toLowerCase(java.util.Locale.ROOT).contains("zorla"), run.err());
    }
  }

  @Test
  void loneCarriageReturnEndsARow() throws Exception {
    QuickstartRun run = runOver((HEADER + GOOD_ROW + "T-2,Quilla,Mockridge,40,no,,,,,,\n").replace("\n", "\r"));
    assertEquals(0, run.status(), run.err());
    assertTrue(run.summary().contains("2 cases from "), run.summary());
  }

  @Test
  void nonUtf8FileIsRefusedWithItsPosition() throws Exception {
    Path cases = dir.resolve("cases.csv");
    Files.write(cases, (HEADER + "T-1,Z\u00f6rla,Testbury,34,yes,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
    QuickstartRun run = QuickstartRun.of("--cases", cases.toString(), "--out", dir.resolve("summary.txt").toString());
    assertEquals(1, run.status());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("cases.csv row 1, line 2, column 2 (first_name): UTF-8 text; this byte is not UTF-8"
        + " (save the file as CSV UTF-8) (character 6 of the line)"), run.err());
    assertFalse(run.err().contains("rla"), run.err());
  }

  @Test
  void directoryGivenAsFileSaysItIsADirectory() {
    QuickstartRun run = QuickstartRun.of("--cases", dir.toString());
    assertEquals(2, run.status());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains(dir + ": a directory, not a file"), run.err());
    assertFalse(run.err().contains("no such file"), run.err());
  }

  @Test
  void aHeaderWithoutCasesIsRefused() throws Exception {
    QuickstartRun run = runOver(HEADER);
    assertEquals(1, run.status());
    assertTrue(run.err().endsWith("cases.csv: at least one case after the header row" + System.lineSeparator()), run.err());
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
  void aCasesFileGivenAsAPolicyIsNotPrintedBack() throws Exception {
    Path cases = dir.resolve("cases.csv");
    Files.writeString(cases, HEADER + GOOD_ROW);
    QuickstartRun run = QuickstartRun.of("--policy", cases.toString(), "--out", dir.resolve("s.txt").toString());
    assertEquals(1, run.status());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("cases.csv: a line that is not a policy setting: unknown key"), run.err());
    assertFalse(run.err().contains("Zorla") || run.err().contains("T-1") || run.err().contains("first_name"), run.err());
  }

  @Test
  void aPolicyFileThatIsNotUtf8SaysSoInWords() throws Exception {
    Path policy = dir.resolve("county.properties");
    Files.write(policy, "id=c\u00f6unty\nversion=1\n".getBytes(StandardCharsets.ISO_8859_1));
    QuickstartRun run = QuickstartRun.of("--policy", policy.toString(), "--out", dir.resolve("s.txt").toString());
    assertEquals(1, run.status());
    assertEquals("quickstart: " + policy + ": a policy file is UTF-8 text" + System.lineSeparator(), run.err());
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
