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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.model.InvalidInputException;
import org.safeguard.spi.ExportWriter;
import org.safeguard.spi.Exporter;
import org.safeguard.spi.ExporterProvider;
import org.safeguard.spi.SetupContext;

/**
 * The exporter contract passes an exporter that keeps it and catches each of a set of exporters
 * broken in one known way. All but {@link NotListed} are listed in the test resources'
 * META-INF/services. The exporters here write a line per record: a ticket number and the record's
 * values as text. Reading back looks the ticket up among the records written, which is enough to
 * test the contract, not a format.
 */
class ExporterProviderContractTest {
  @Test
  void aWellBehavedExporterPassesEveryTest() {
    ContractRun.of(LinesContract.class).assertOnlyFailed();
  }

  @Test
  void anExporterMissingFromTheServicesFileIsCaught() {
    ContractRun.of(NotListedContract.class).assertOnlyFailed("theProviderIsListedForServiceLoader");
  }

  @Test
  void anExporterThatHoldsEveryRecordToTheEndIsCaught() {
    ContractRun.of(HoldsToTheEndContract.class).assertOnlyFailed("recordsAreWrittenAsTheyComeAndTheStreamIsLeftOpen");
  }

  @Test
  void anExporterThatSaysItSpoolsButHoldsEverythingInTheHeapIsCaught() {
    ContractRun run = ContractRun.of(SpoolsInTheHeapContract.class);
    run.assertOnlyFailed("recordsAreWrittenAsTheyComeAndTheStreamIsLeftOpen");
    assertTrue(run.messageOf("recordsAreWrittenAsTheyComeAndTheStreamIsLeftOpen").contains("outside the heap"));
  }

  @Test
  void anExporterThatClosesTheCallersStreamIsCaught() {
    ContractRun.of(ClosesTheStreamContract.class).assertOnlyFailed("recordsAreWrittenAsTheyComeAndTheStreamIsLeftOpen");
  }

  /** Stands for an exporter that writes what it got some other way than in a record, such as a note it looked up. */
  @Test
  void anExporterThatWritesFreeTextItWasNotGivenIsCaught() {
    ContractRun.of(WritesFreeTextContract.class).assertOnlyFailed("noValueAPurposeDropsAppearsInTheOutput");
  }

  @Test
  void anExporterWhoseReaderLosesARecordIsCaught() {
    ContractRun.of(LosesARecordContract.class).assertOnlyFailed("whatIsReadBackEqualsWhatThePurposeLetOut");
  }

  @Test
  void anExporterThatWritesRecordsOfAnyPurposeIsCaught() {
    ContractRun.of(AnyPurposeContract.class).assertOnlyFailed("aWriterRefusesARecordMadeForAnotherPurpose");
  }

  @Test
  void anExporterWithAMalformedMediaTypeIsCaught() {
    ContractRun.of(BadMediaTypeContract.class).assertOnlyFailed("aStrictEngineLoadsTheExporterAndItDescribesItself");
  }

  // ---- the contract, run against each exporter ----

  static class LinesContract extends ExporterProviderContract {
    @Override
    protected ExporterProvider provider() {
      return new Lines();
    }

    @Override
    protected Optional<List<ExportRecord>> readBack(byte[] export, Purpose purpose) {
      return Optional.of(Lines.read(export));
    }
  }

  static final class NotListedContract extends LinesContract {
    @Override
    protected ExporterProvider provider() {
      return new NotListed();
    }
  }

  static final class HoldsToTheEndContract extends LinesContract {
    @Override
    protected ExporterProvider provider() {
      return new HoldsToTheEnd();
    }
  }

  static final class SpoolsInTheHeapContract extends LinesContract {
    @Override
    protected ExporterProvider provider() {
      return new SpoolsInTheHeap();
    }

    @Override
    protected boolean streamsToTheCaller() {
      return false;
    }
  }

  static final class ClosesTheStreamContract extends LinesContract {
    @Override
    protected ExporterProvider provider() {
      return new ClosesTheStream();
    }
  }

  static final class WritesFreeTextContract extends LinesContract {
    @Override
    protected ExporterProvider provider() {
      return new WritesFreeText();
    }
  }

  static final class LosesARecordContract extends LinesContract {
    @Override
    protected Optional<List<ExportRecord>> readBack(byte[] export, Purpose purpose) {
      List<ExportRecord> read = Lines.read(export);
      return Optional.of(read.isEmpty() ? read : read.subList(0, read.size() - 1));
    }
  }

  static final class AnyPurposeContract extends LinesContract {
    @Override
    protected ExporterProvider provider() {
      return new AnyPurpose();
    }
  }

  static final class BadMediaTypeContract extends LinesContract {
    @Override
    protected ExporterProvider provider() {
      return new BadMediaType();
    }
  }

  // ---- the exporters ----

  /** Writes a ticket and the record's values per line, as records come. */
  public static class Lines implements ExporterProvider, Exporter {
    private static final AtomicLong TICKETS = new AtomicLong();
    private static final Map<Long, ExportRecord> WRITTEN = new ConcurrentHashMap<>();

    @Override
    public String id() {
      return "testkit-lines";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Exporter load(SetupContext context) {
      return this;
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public String fileExtension() {
      return "txt";
    }

    @Override
    public Set<String> records() {
      return Set.of(Schemas.CASE.name(), Schemas.MARAC_DECISION.name());
    }

    @Override
    public Set<Purpose> purposes() {
      return EnumSet.allOf(Purpose.class);
    }

    @Override
    public ExportWriter open(OutputStream out, Purpose purpose) {
      return new ExportWriter() {
        @Override
        public void write(ExportRecord record) throws IOException {
          if (checksPurpose()) {
            refuseOtherPurposes(record, purpose);
          }
          out.write(line(record).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void finish() throws IOException {
          Lines.this.finish(out);
        }
      };
    }

    /** Whether a writer refuses a record made for another purpose; the broken exporters below may not. */
    boolean checksPurpose() {
      return true;
    }

    /** What a writer does when the export finishes: flush, unless a broken exporter below does otherwise. */
    void finish(OutputStream out) throws IOException {
      out.flush();
    }

    static void refuseOtherPurposes(ExportRecord record, Purpose purpose) {
      if (record.purpose() != purpose) {
        throw new InvalidInputException("record", record.purpose(), "this export is for " + purpose);
      }
    }

    static String line(ExportRecord record) {
      long ticket = TICKETS.incrementAndGet();
      WRITTEN.put(ticket, record);
      StringBuilder b = new StringBuilder().append(ticket);
      values(record, b);
      return b.append('\n').toString();
    }

    private static void values(ExportRecord record, StringBuilder b) {
      for (int i = 0; i < record.schema().fields().size(); i++) {
        if (record.has(i)) {
          for (Object v : record.get(i) instanceof List ? (List<?>) record.get(i) : List.of(record.get(i))) {
            if (v instanceof ExportRecord) {
              values((ExportRecord) v, b);
            } else {
              b.append('\t').append(v.toString().replace('\n', ' '));
            }
          }
        }
      }
    }

    static List<ExportRecord> read(byte[] export) {
      List<ExportRecord> records = new ArrayList<>();
      for (String line : new String(export, StandardCharsets.UTF_8).split("\n")) {
        long ticket = line.isEmpty() ? 0 : Long.parseLong(line.substring(0, line.indexOf('\t') < 0 ? line.length() : line.indexOf('\t')));
        // ticket 0 is a line that is no record
        if (ticket != 0) {
          records.add(WRITTEN.get(ticket));
        }
      }
      return records;
    }
  }

  /** Not in META-INF/services. */
  public static final class NotListed extends Lines {
    @Override
    public String id() {
      return "testkit-not-listed";
    }
  }

  /** Keeps every line in memory and writes them all when finished. */
  public static class HoldsToTheEnd extends Lines {
    @Override
    public String id() {
      return "testkit-holds-to-the-end";
    }

    @Override
    public ExportWriter open(OutputStream out, Purpose purpose) {
      ByteArrayOutputStream held = new ByteArrayOutputStream();
      return new ExportWriter() {
        @Override
        public void write(ExportRecord record) throws IOException {
          refuseOtherPurposes(record, purpose);
          held.write(line(record).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void finish() throws IOException {
          held.writeTo(out);
        }
      };
    }
  }

  /** Says it spools ({@link SpoolsInTheHeapContract}), and keeps every line in a buffer on the heap until it finishes. */
  public static final class SpoolsInTheHeap extends HoldsToTheEnd {
    @Override
    public String id() {
      return "testkit-spools-in-the-heap";
    }
  }

  /** Closes the stream it was given when finished. */
  public static final class ClosesTheStream extends Lines {
    @Override
    public String id() {
      return "testkit-closes-the-stream";
    }

    @Override
    void finish(OutputStream out) throws IOException {
      out.close();
    }
  }


  /** Writes a line of free text with every export. */
  public static final class WritesFreeText extends Lines {
    @Override
    public String id() {
      return "testkit-writes-free-text";
    }

    @Override
    void finish(OutputStream out) throws IOException {
      out.write(("0\tnote: " + SampleRecords.FREE_TEXT_MARKER + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }


  /** Writes whatever record it is given, whatever purpose the record was made for. */
  public static final class AnyPurpose extends Lines {
    @Override
    public String id() {
      return "testkit-any-purpose";
    }

    @Override
    boolean checksPurpose() {
      return false;
    }
  }


  /** Says its media type is a bare word. */
  public static final class BadMediaType extends Lines {
    @Override
    public String id() {
      return "testkit-bad-media-type";
    }

    @Override
    public String mediaType() {
      return "lines";
    }
  }
}
