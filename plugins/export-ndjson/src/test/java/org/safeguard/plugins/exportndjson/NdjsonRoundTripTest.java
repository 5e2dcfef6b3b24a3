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
package org.safeguard.plugins.exportndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schema;
import org.safeguard.export.Schemas;
import org.safeguard.testkit.SampleRecords;

/** What the exporter writes reads back as the same records, and what it did not write is refused, saying where and never what. */
class NdjsonRoundTripTest {
  /** An engine that finds this exporter as a case system's would, through its services file, under a policy that bands nothing. */
  private static final Safeguard ENGINE = Safeguard.builder()
      .thresholdPolicy(org.safeguard.model.ThresholdPolicy.builder().id("no-bands").version("1").build()).build();
  private static final String HEADER = "{\"format\":\"safeguard-export\",\"schemaVersion\":\"1.0\",\"purpose\":\"full\"}\n";

  private static byte[] export(Purpose purpose, List<ExportRecord> full) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = ENGINE.export(NdjsonExporter.ID, SampleRecords.profile(purpose), out)) {
      for (ExportRecord r : full) {
        session.write(r);
      }
    }
    return out.toByteArray();
  }

  private static NdjsonReader reader(String text) {
    return NdjsonReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Provide
  Arbitrary<Schema> schemas() {
    return Arbitraries.of(Schemas.RECORDS);
  }

  /** The lossless round trip: what one export writes, the reader gives back equal, record for record, for every purpose. */
  @Property(tries = 300)
  void exportThenImportGivesEqualRecords(@ForAll("schemas") Schema schema, @ForAll Purpose purpose, @ForAll long seed) {
    List<ExportRecord> full = SampleRecords.of(schema, 5, seed);
    NdjsonReader reader = NdjsonReader.open(new ByteArrayInputStream(export(purpose, full)));
    assertEquals(purpose, reader.purpose());
    assertEquals(Schemas.VERSION, reader.schemaVersion());
    List<ExportRecord> expected = new ArrayList<>();
    for (ExportRecord r : full) {
      if (SampleRecords.profile(purpose).letsOut(r)) {
        expected.add(SampleRecords.profile(purpose).apply(r));
      }
    }
    assertEquals(expected, reader.readAll());
    assertEquals(Optional.empty(), reader.next(), "nothing after the end");
  }

  @Test
  void theFileIsAHeaderLineThenOneLinePerRecord() {
    String text = new String(export(Purpose.MARAC, SampleRecords.of(Schemas.MARAC_DECISION, 3, 1)), StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    assertEquals(6, lines.length, "a header, three records, the closing line and the final line break");
    assertEquals("{\"end\":\"safeguard-export\",\"records\":3}", lines[4]);
    assertEquals("", lines[5]);
    assertEquals("{\"format\":\"safeguard-export\",\"schemaVersion\":\"" + Schemas.VERSION
        + "\",\"purpose\":\"marac\",\"exporter\":\"ndjson\",\"exporterVersion\":\"1.0\"}", lines[0]);
    for (int i = 1; i <= 3; i++) {
      assertTrue(lines[i].startsWith("{\"record\":\"marac-decision\""), lines[i]);
    }
  }

  @Test
  void aFileOfAnotherFormatOrMajorVersionIsRefusedAtItsHeader() {
    assertEquals("line 1: header", assertThrows(NdjsonInputException.class, () -> reader("[]\n")).field());
    assertEquals("line 1: format", assertThrows(NdjsonInputException.class,
        () -> reader("{\"format\":\"other\",\"schemaVersion\":\"1.0\",\"purpose\":\"full\"}\n")).field());
    assertEquals("line 1: schemaVersion", assertThrows(NdjsonInputException.class,
        () -> reader("{\"format\":\"safeguard-export\",\"schemaVersion\":\"2.0\",\"purpose\":\"full\"}\n")).field());
    assertEquals("line 1: schemaVersion", assertThrows(NdjsonInputException.class,
        () -> reader("{\"format\":\"safeguard-export\",\"schemaVersion\":\"one\",\"purpose\":\"full\"}\n")).field());
    assertEquals("line 1: purpose", assertThrows(NdjsonInputException.class,
        () -> reader("{\"format\":\"safeguard-export\",\"schemaVersion\":\"1.0\",\"purpose\":\"everything\"}\n")).field());
    assertEquals("line 1: file", assertThrows(NdjsonInputException.class, () -> reader("{\"format\":")).field());
    assertThrows(NdjsonInputException.class, () -> reader(""));
  }

  @Test
  void aFieldANewerMinorVersionAddedIsSkippedAndInThisVersionRefused() {
    String record = "{\"record\":\"closure\"}";
    String line = "{\"record\":\"case\",\"caseId\":\"c1\",\"addedLater\":{\"a\":[1,2]},\"revision\":2}\n";
    NdjsonReader newer = reader(HEADER.replace("1.0", "1.9") + line);
    ExportRecord read = newer.next().orElseThrow();
    assertEquals(Optional.of("c1"), read.text("caseId"));
    assertEquals(2L, read.integer("revision").getAsLong());
    NdjsonInputException e = assertThrows(NdjsonInputException.class, () -> reader(HEADER + line).next());
    assertEquals("line 2: case.addedLater", e.field());
    assertEquals(2, e.line());
    NdjsonInputException nested = assertThrows(NdjsonInputException.class, () -> reader(HEADER + record + "\n").next());
    assertEquals("line 2: record", nested.field(), "a nested schema is no record of its own");
  }

  @Test
  void aValueOfTheWrongShapeIsRefusedNamingTheFieldAndNeverTheValue() {
    String secret = "zqsecretqz";
    List<String> lines = List.of(
        "{\"record\":\"case\",\"openedOn\":\"" + secret + "\"}",
        "{\"record\":\"case\",\"victimAge\":\"" + secret + "\"}",
        "{\"record\":\"case\",\"revision\":\"" + secret + "\"}",
        "{\"record\":\"case\",\"caseId\":[\"" + secret + "\"]}",
        "{\"record\":\"case\",\"contacts\":{\"on\":\"" + secret + "\"}}",
        "{\"record\":\"case\",\"intake\":\"" + secret + "\"}",
        "{\"record\":\"case\",\"intake\":{\"on\":\"2026-03-01\"},\"intake\":{}}",
        "{\"record\":\"contact\"}",
        "{\"record\":\"case\",\"contacts\":[{\"significant\":\"" + secret + "\"}]}",
        "{\"record\":\"assessment\",\"judgements\":[{\"at\":\"" + secret + "\"}]}",
        "{\"record\":\"assessment\",\"instrumentId\":\"" + secret.toUpperCase(java.util.Locale.ROOT) + "\"}",
        "{\"caseId\":\"" + secret + "\"}",
        "[\"" + secret + "\"]",
        "{\"record\":\"case\",\"caseId\":\"" + secret + "\"");
    for (String line : lines) {
      NdjsonInputException e = assertThrows(NdjsonInputException.class, () -> {
        NdjsonReader r = reader(HEADER + line + "\n");
        r.next();
        r.next();
      }, line);
      assertFalse(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains(secret), e.getMessage());
      assertFalse(e.value().toLowerCase(java.util.Locale.ROOT).contains(secret), e.value());
      assertTrue(e.line() >= 2, line + " refused at line " + e.line());
    }
  }

  /** A file without its closing line, or with one that miscounts or is not last, was cut short or tampered with. */
  @Test
  void aFileCutShortIsRefusedNotReadAsWhole() {
    String record = "{\"record\":\"closure\"}";
    String c = "{\"record\":\"case\",\"caseId\":\"c1\"}\n";
    NdjsonReader cut = reader(HEADER + c);
    cut.next();
    assertEquals("line 3: file", assertThrows(NdjsonInputException.class, cut::next).field(), "the end of the file, after line 2");
    NdjsonReader miscount = reader(HEADER + c + "{\"end\":\"safeguard-export\",\"records\":2}\n");
    miscount.next();
    assertEquals("line 3: end", assertThrows(NdjsonInputException.class, miscount::next).field());
    NdjsonReader more = reader(HEADER + "{\"end\":\"safeguard-export\",\"records\":0}\n" + record + "\n");
    assertEquals("line 3: file", assertThrows(NdjsonInputException.class, more::next).field());
    assertEquals(List.of(), reader(HEADER + "{\"end\":\"safeguard-export\",\"records\":0}\n").readAll());
  }

  @Test
  void anAbandonedExportHasNoClosingLineAndIsRefused() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportSession session = ENGINE.export(NdjsonExporter.ID, ExportProfile.marac(), out);
    for (ExportRecord r : SampleRecords.of(Schemas.CASE, 50, 3)) {
      session.write(r);
    }
    session.abandon();
    session.close();
    assertThrows(NdjsonInputException.class, () -> NdjsonReader.open(new ByteArrayInputStream(out.toByteArray())).readAll());
  }

  @Test
  void aStringLongerThanTheLimitIsRefusedNotRead() {
    String huge = "x".repeat(NdjsonExporter.MAX_STRING + 1);
    NdjsonInputException e = assertThrows(NdjsonInputException.class,
        () -> reader(HEADER + "{\"record\":\"case\",\"caseId\":\"" + huge + "\"}\n").next());
    assertEquals("line 2: file", e.field());
  }

  @Test
  void aStreamThatFailsIsAnUncheckedIoFailure() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("gone");
      }
    };
    assertThrows(UncheckedIOException.class, () -> NdjsonReader.open(failing));
  }

  @Test
  void instantsAndNestedListsRoundTrip() {
    ExportRecord a = ExportRecord.builder(Schemas.ASSESSMENT).set("caseId", "c1").set("judgements", ExportRecord.builder(Schemas.JUDGEMENT)
        .set("at", java.time.Instant.parse("2026-03-14T09:30:00.123456789Z")).set("reasons", "stalking").build()).build();
    assertEquals(List.of(a), NdjsonReader.open(new ByteArrayInputStream(export(Purpose.FULL, List.of(a)))).readAll());
  }
}
