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
package org.safeguard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.export.ExportFormat;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schema;
import org.safeguard.export.Schemas;
import org.safeguard.model.InvalidInputException;
import org.safeguard.spi.ExportWriter;
import org.safeguard.spi.Exporter;
import org.safeguard.spi.ExporterProvider;

/**
 * The contract every {@link ExporterProvider} keeps. Extend it in the plugin's tests and return the
 * provider, and, for a format that can be read, a reader:
 *
 * <pre>{@code
 * class CommissionerCsvContractTest extends ExporterProviderContract {
 *   protected ExporterProvider provider() {
 *     return new CommissionerCsvExporter();
 *   }
 *   protected Optional<List<ExportRecord>> readBack(byte[] export, Purpose purpose) {
 *     return Optional.of(CommissionerCsvReader.read(export, purpose));
 *   }
 * }
 * }</pre>
 *
 * <p>Every export goes through a strict engine, as in production, with {@link SampleRecords} of every
 * record the exporter writes. It checks that the provider is listed and loads; that it describes
 * itself; that it writes as records come rather than holding them to the end, and leaves the
 * caller's stream open; that a writer refuses a record made for another purpose; that under MARAC and research no value those purposes drop appears
 * anywhere in the output, nor under research any day's date; and, where the format can be read,
 * that what is read back equals what the purpose let out.
 */
public abstract class ExporterProviderContract {
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  /** Records per schema in the marker and read-back checks. */
  private static final int SAMPLES = 200;

  /** For the plugin's own test class, which extends this contract. */
  protected ExporterProviderContract() {}

  /**
   * The provider under test, newly constructed on every call, as ServiceLoader would construct it.
   *
   * @return a new instance of the provider
   */
  protected abstract ExporterProvider provider();

  /**
   * Configuration the provider needs to load, as the engine would pass it; none by default.
   *
   * @return the keys and values the provider is loaded with
   */
  protected Map<String, String> configuration() {
    return Map.of();
  }

  /**
   * Whether the provider must be listed in META-INF/services; true unless it is registered in code only.
   *
   * @return true to check the services listing
   */
  protected boolean foundByServiceLoader() {
    return true;
  }

  /**
   * Reads an export back into records, for a format that can be read; empty (the default) for a
   * format written only, such as a report page.
   *
   * @param export the bytes one export wrote
   * @param purpose the purpose it was written for
   * @return the records read, in order, or empty when the format cannot be read
   */
  protected Optional<List<ExportRecord>> readBack(byte[] export, Purpose purpose) {
    return Optional.empty();
  }

  /**
   * Whether the exporter passes bytes to the caller's stream as records come; true by default. A
   * format that must hold its parts until the end, such as a zip of tables, keeps them outside the
   * heap (in temporary files) and says false: the contract then checks that its heap stays flat
   * however many records pass, instead of checking that bytes reach the stream early.
   *
   * @return false for an exporter that spools outside the heap until it finishes
   */
  protected boolean streamsToTheCaller() {
    return true;
  }

  /**
   * The export as text to search for markers. UTF-8 by default; override it for a packed format
   * (a zip of files, say) to return the text of what it packs.
   *
   * @param export the bytes one export wrote
   * @return its text
   */
  protected String text(byte[] export) {
    return new String(export, StandardCharsets.UTF_8);
  }

  private Safeguard engine() {
    ExporterProvider provider = provider();
    return ContractChecks.strictEngine(provider, configuration(), builder -> builder.addExporter(provider)
        .thresholdPolicy(ContractChecks.POLICY_WITHOUT_BANDS));
  }

  private ExportFormat format() {
    ExporterProvider provider = provider();
    ExportFormat format = engine().exporters().get(provider.id());
    assertNotNull(format, "a strict engine with the provider registered has no exporter " + provider.id());
    return format;
  }

  /** Exports FULL records for a purpose through the engine, as a case system would. */
  private byte[] export(Safeguard engine, Purpose purpose, List<ExportRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = engine.export(provider().id(), SampleRecords.profile(purpose), out)) {
      for (ExportRecord r : records) {
        session.write(r);
      }
    }
    return out.toByteArray();
  }

  private List<Schema> schemas(ExportFormat format) {
    List<Schema> schemas = new ArrayList<>();
    for (Schema s : Schemas.RECORDS) {
      if (format.records().contains(s.name())) {
        schemas.add(s);
      }
    }
    return schemas;
  }

  @Test
  void theIdIsStableLowerCaseWordsJoinedByHyphensAndTheVersionIsNotBlank() {
    ContractChecks.assertStableIdAndVersion(this::provider);
  }

  @Test
  void theProviderIsListedForServiceLoader() {
    if (foundByServiceLoader()) {
      ContractChecks.assertListed(ExporterProvider.class, provider());
    }
  }

  /** What a case system reads to choose a format and name a file. */
  @Test
  void aStrictEngineLoadsTheExporterAndItDescribesItself() {
    ExportFormat format = format();
    assertTrue(format.mediaType().matches("[a-z]+/[a-zA-Z0-9.+-]+(;.*)?"), "the media type " + format.mediaType() + " is type/subtype");
    assertTrue(format.fileExtension().matches("[a-z0-9]+(\\.[a-z0-9]+)*"), "the file extension " + format.fileExtension()
        + " is lower-case letters and digits, without a leading dot");
    assertFalse(format.purposes().isEmpty(), "the exporter honours no purpose");
    assertFalse(schemas(format).isEmpty(), "the exporter writes none of the records " + Schemas.RECORDS);
    for (String name : format.records()) {
      assertTrue(Schemas.record(name).isPresent(), "the exporter says it writes " + name + ", which is not one of the records");
    }
  }

  /**
   * A writer passes bytes to the stream as records come: three quarters of the output has reached
   * the stream before the export is closed. A writer that held every record to the end would need
   * memory for all of them. An exporter that spools outside the heap ({@link #streamsToTheCaller()}
   * false) shows instead that its heap grows by less than a quarter of what 7,000 more records
   * write. Closing leaves the caller's stream open.
   */
  @Test
  void recordsAreWrittenAsTheyComeAndTheStreamIsLeftOpen() throws IOException {
    ExportFormat format = format();
    Purpose purpose = format.purposes().iterator().next();
    Schema schema = schemas(format).get(0);
    CountingStream out = new CountingStream();
    long beforeClose;
    long heapAtStart = 0;
    long heapAtEnd = 0;
    long countAtStart = 0;
    Safeguard engine = engine();
    try (ExportSession session = engine.export(format.id(), SampleRecords.profile(purpose), out)) {
      for (int i = 0; i < 8; i++) {
        for (ExportRecord r : SampleRecords.of(schema, 1000, i)) {
          session.write(r);
        }
        if (i == 0) {
          heapAtStart = heapInUse();
          countAtStart = out.count;
        }
      }
      beforeClose = out.count;
      heapAtEnd = heapInUse();
    }
    assertTrue(out.count > 0, "the export wrote nothing");
    if (streamsToTheCaller()) {
      assertTrue(beforeClose * 4 >= out.count * 3, "only " + beforeClose + " of " + out.count + " bytes reached the stream before the export "
          + "was closed: write records as they come");
    } else {
      long written = out.count - countAtStart;
      assertTrue((heapAtEnd - heapAtStart) * 4 < written, "the heap grew by " + (heapAtEnd - heapAtStart) + " bytes while the export wrote "
          + written + ": keep what waits for the end outside the heap");
    }
    assertFalse(out.closed, "the exporter closed the caller's stream");
    out.write(0);
  }

  /** The heap in use after a full collection, so that only what is still held counts. */
  private static long heapInUse() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /**
   * Under MARAC no free text, and under research no free text, no id or staff id as recorded, no
   * text of a field not for research, and no day's date: the engine leaves them out before the
   * exporter sees a record, and the exporter writes nothing it did not get.
   */
  @Test
  void noValueAPurposeDropsAppearsInTheOutput() {
    ExportFormat format = format();
    Safeguard engine = engine();
    for (Purpose purpose : format.purposes()) {
      if (purpose == Purpose.FULL) {
        continue;
      }
      for (Schema schema : schemas(format)) {
        String text = text(export(engine, purpose, SampleRecords.of(schema, SAMPLES, 7)));
        assertFalse(text.contains(SampleRecords.FREE_TEXT_MARKER), "free text in a " + schema.name() + " export for " + purpose);
        assertFalse(text.contains(SampleRecords.notForMarker(purpose)), "a field not for " + purpose + " in a " + schema.name() + " export");
        if (purpose == Purpose.RESEARCH) {
          assertFalse(text.contains(SampleRecords.IDENTITY_MARKER), "an id as recorded in a " + schema.name() + " export for research");
          assertFalse(DAY.matcher(text).find(), "a day's date in a " + schema.name() + " export for research");
        }
      }
    }
  }

  /** For a format that can be read: what comes back is what the purpose let out, record for record. */
  @Test
  void whatIsReadBackEqualsWhatThePurposeLetOut() {
    ExportFormat format = format();
    Safeguard engine = engine();
    for (Purpose purpose : format.purposes()) {
      for (Schema schema : schemas(format)) {
        List<ExportRecord> sent = SampleRecords.of(schema, SAMPLES, 11);
        Optional<List<ExportRecord>> read = readBack(export(engine, purpose, sent), purpose);
        if (read.isEmpty()) {
          return;
        }
        ExportProfile profile = SampleRecords.profile(purpose);
        List<ExportRecord> expected = new ArrayList<>();
        for (ExportRecord r : sent) {
          if (profile.letsOut(r)) {
            expected.add(profile.apply(r));
          }
        }
        assertEquals(expected.size(), read.get().size(), "records read back from a " + schema.name() + " export for " + purpose);
        for (int i = 0; i < expected.size(); i++) {
          assertEquals(expected.get(i), read.get().get(i), "record " + i + " read back from a " + schema.name() + " export for " + purpose
              + " (" + Arrays.toString(new Object[] {expected.get(i)}) + ")");
        }
      }
    }
  }

  /**
   * A writer takes only records made for the purpose it was opened with, so that a file's stated
   * purpose is true even when the exporter is opened without the engine.
   */
  @Test
  void aWriterRefusesARecordMadeForAnotherPurpose() throws IOException {
    ExporterProvider provider = provider();
    Exporter exporter = provider.load(new ContractSetup(provider.id(), provider.version(), configuration()));
    for (Purpose purpose : exporter.purposes()) {
      if (purpose == Purpose.FULL) {
        continue;
      }
      ExportWriter writer = exporter.open(new ByteArrayOutputStream(), purpose);
      ExportRecord full = SampleRecords.one(schemas(format()).get(0), 3);
      try {
        writer.write(full);
        throw new AssertionError("a writer opened for " + purpose + " wrote a record made for FULL");
      } catch (InvalidInputException expected) {
        // refused, as it should be
      } finally {
        writer.abandon();
      }
    }
  }

  /** An export of no records is still a whole file, which reads back as no records. */
  @Test
  void anExportOfNoRecordsReadsBackAsNone() {
    ExportFormat format = format();
    Purpose purpose = format.purposes().iterator().next();
    byte[] empty = export(engine(), purpose, List.of());
    readBack(empty, purpose).ifPresent(records -> assertEquals(List.of(), records, "records read from an empty export"));
  }

  /** Counts what reaches it, keeps nothing, and notes a close. */
  private static final class CountingStream extends java.io.OutputStream {
    long count;
    boolean closed;

    @Override
    public void write(int b) throws IOException {
      if (closed) {
        throw new IOException("closed");
      }
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("closed");
      }
      count += len;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
