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
package org.safeguard.plugins.exportcsv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.LoadingMode;
import org.safeguard.core.PluginLoadException;
import org.safeguard.core.Safeguard;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.export.AgeRange;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.testkit.SampleRecords;

/** The tables' layout and cells, read back by a standard parser, and the temporary files the zip is made from. */
class CsvTablesTest {
  private static final ThresholdPolicy NO_BANDS = ThresholdPolicy.builder().id("no-bands").version("1").build();

  @TempDir
  Path spool;

  private Safeguard engine() {
    return Safeguard.builder().thresholdPolicy(NO_BANDS).configure(CsvExporter.ID, CsvExporter.SPOOL_DIRECTORY, spool.toString()).build();
  }

  private byte[] export(Safeguard engine, Purpose purpose, List<ExportRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = engine.export(CsvExporter.ID, SampleRecords.profile(purpose), out)) {
      for (ExportRecord r : records) {
        session.write(r);
      }
    }
    return out.toByteArray();
  }

  @Test
  void eachKindOfRecordIsATableWithAHeaderAndNestedOnesPointToTheirParentRow() {
    ExportRecord intervention = ExportRecord.builder(Schemas.INTERVENTION).set("id", "i1").set("kind", "housing")
        .set("start", ExportDate.of(LocalDate.of(2026, 3, 2))).build();
    ExportRecord c = ExportRecord.builder(Schemas.CASE).set("caseId", "C-1").set("revision", 3).set("victimAge", AgeRange.exact(34))
        .set("interventions", intervention).set("interventions", intervention).build();
    Map<String, String> entries = TablesReadBack.entries(export(engine(), Purpose.FULL, List.of(c, c)));
    assertEquals(List.of("export-info.csv", "case.csv", "case.interventions.csv"), new ArrayList<>(entries.keySet()));
    assertEquals("row,caseId,revision,openedOn,victimAge\r\n1,C-1,3,,34\r\n2,C-1,3,,34\r\n", entries.get("case.csv"));
    assertEquals("row,parent,id,kind,start,end,result\r\n1,1,i1,housing,2026-03-02,,\r\n2,1,i1,housing,2026-03-02,,\r\n"
        + "3,2,i1,housing,2026-03-02,,\r\n4,2,i1,housing,2026-03-02,,\r\n", entries.get("case.interventions.csv"));
    assertEquals("key,value\r\nformat,safeguard-export-csv\r\nschemaVersion," + Schemas.VERSION + "\r\npurpose,full\r\nexporter,csv\r\n"
        + "exporterVersion,1.0\r\ntable,case.csv\r\nrows,2\r\ntable,case.interventions.csv\r\nrows,4\r\n", entries.get("export-info.csv"));
  }

  /** RFC 4180 quoting, and text a spreadsheet would run as a formula kept as text. */
  @Test
  void cellsAreQuotedWhereTheyMustBeAndFormulasAreDisarmed() {
    List<String> texts = List.of("plain", "a, b", "say \"no\"", "two\r\nlines", "one\nline", "=HYPERLINK(\"x\")", "+1", "-1", "@sum", "'quoted",
        "\ttab", "");
    List<ExportRecord> decisions = new ArrayList<>();
    for (String t : texts) {
      decisions.add(ExportRecord.builder(Schemas.MARAC_DECISION).set("policyVersion", t).set("alsoToChildrensSocialCare", false).build());
    }
    byte[] zip = export(engine(), Purpose.FULL, decisions);
    String table = TablesReadBack.entries(zip).get("marac-decision.csv");
    assertTrue(table.contains("\r\n2,,,,false,,\"a, b\"\r\n"), table);
    assertTrue(table.contains("\r\n3,,,,false,,\"say \"\"no\"\"\"\r\n"), table);
    assertTrue(table.contains("\r\n4,,,,false,,\"two\r\nlines\"\r\n"), table);
    assertTrue(table.contains("\r\n6,,,,false,,\"'=HYPERLINK(\"\"x\"\")\"\r\n"), table);
    assertTrue(table.contains("\r\n7,,,,false,,'+1\r\n"), table);
    assertTrue(table.contains("\r\n10,,,,false,,''quoted\r\n"), table);
    assertTrue(table.contains("\r\n12,,,,false,,\"\"\r\n"), table);
    List<Map<String, String>> rows = TablesReadBack.rows(table);
    for (int i = 0; i < texts.size() - 1; i++) {
      String cell = rows.get(i).get("policyVersion");
      assertEquals(texts.get(i), cell.startsWith("'") ? cell.substring(1) : cell, "row " + (i + 1));
    }
  }

  @Test
  void theSameRecordsGiveTheSameBytes() {
    List<ExportRecord> records = SampleRecords.of(Schemas.CASE, 20, 5);
    assertArrayEquals(export(engine(), Purpose.MARAC, records), export(engine(), Purpose.MARAC, records));
  }

  @Test
  void anExportOfNoRecordsHoldsOnlyItsInfo() {
    Map<String, String> entries = TablesReadBack.entries(export(engine(), Purpose.RESEARCH, List.of()));
    assertEquals(List.of("export-info.csv"), new ArrayList<>(entries.keySet()));
    assertTrue(entries.get("export-info.csv").contains("\r\npurpose,research\r\n"));
  }

  @Test
  void theTemporaryTablesAreGoneWhenTheExportFinishesOrFails() throws IOException {
    export(engine(), Purpose.FULL, SampleRecords.of(Schemas.CASE, 50, 1));
    assertEquals(List.of(), list(spool), "after a finished export");
    OutputStream refusing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    ExportSession session = engine().export(CsvExporter.ID, ExportProfile.full(), refusing);
    for (ExportRecord r : SampleRecords.of(Schemas.CASE, 50, 2)) {
      session.write(r);
    }
    assertEquals(1, list(spool).size(), "one folder for the export in progress");
    assertThrows(UncheckedIOException.class, session::close);
    assertEquals(List.of(), list(spool), "after a failed export");
  }

  @Test
  void aSpoolFolderThatDoesNotExistIsRefusedWhenTheEngineIsBuilt() {
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> Safeguard.builder().thresholdPolicy(NO_BANDS)
        .loading(LoadingMode.STRICT).configure(CsvExporter.ID, CsvExporter.SPOOL_DIRECTORY, spool.resolve("missing").toString()).build());
    assertTrue(e.getMessage().contains("csv"), e.getMessage());
    assertTrue(e.getMessage().contains(CsvExporter.SPOOL_DIRECTORY), e.getMessage());
  }

  private static List<Path> list(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.toList();
    }
  }
}
