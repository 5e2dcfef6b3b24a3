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
package org.safeguard.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguard.core.Safeguard;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportRecords;
import org.safeguard.core.export.ExportSession;
import org.safeguard.export.ExportRecord;
import org.safeguard.synthetic.SyntheticCaseFiles;

/**
 * Exporting case files as newline-delimited JSON: Safeguard's {@code ndjson} exporter through an
 * export session (the case file mapped to its record, the profile applied, the record streamed by
 * jackson-core) against what a vendor writes instead ({@link VendorCaseJson}: hand-filled transfer
 * records and Jackson databind), over the same {@value #CASES} synthetic case files, into a stream
 * that counts bytes and keeps none. Times are per case file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExportBenchmark {
  static final int CASES = 1000;
  /** The research key every export benchmark and probe uses. */
  static final byte[] KEY = "benchmark research key, 32 bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private Safeguard engine;
  private List<CaseFile> files;
  /** The same case files as FULL records, made before measuring, for the writing-only figure. */
  private List<ExportRecord> records;
  /** The same case files as the vendor's transfer records, filled before measuring, for databind's writing alone. */
  private List<VendorCaseJson.CaseDto> filled;
  /** Each case file's line of Safeguard's FULL output as tokens, for jackson-core's floor. */
  private List<JsonTape> tapes;
  /** The generator factory of the floor: jackson-core's defaults, the target left open as the exporter leaves it. */
  private static final JsonFactory PLAIN = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** Counts what is written and keeps nothing, so that the output's size is all that is left. */
  static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    engine = org.safeguard.benchmarks.startup.StartupProbe.buildEngine();
    files = new ArrayList<>();
    records = new ArrayList<>();
    filled = new ArrayList<>();
    for (SyntheticCaseFiles.Worked w : SyntheticCaseFiles.generate(engine, 20261129L, CASES)) {
      files.add(w.file());
      records.add(ExportRecords.ofCase(w.file()));
      filled.add(VendorCaseJson.of(w.file()));
    }
    tapes = tapes(engine, files);
  }

  /** Each case file's line of the FULL NDJSON export, read back as tokens; the header and closing lines left out. */
  static List<JsonTape> tapes(Safeguard engine, List<CaseFile> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(engine, "ndjson", ExportProfile.full(), files, out);
    List<JsonTape> tapes = new ArrayList<>();
    Map<String, SerializedString> names = new HashMap<>();
    try (JsonParser lines = PLAIN.createParser(out.toByteArray())) {
      JsonTape.read(lines, names);
      for (int i = 0; i < files.size(); i++) {
        tapes.add(JsonTape.read(lines, names));
      }
      JsonTape.read(lines, names);
      if (lines.nextToken() != null) {
        throw new IllegalStateException("the export has more than a line per case file between its header and its closing line");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tapes;
  }

  private long safeguard(ExportProfile profile) {
    return cases(engine, "ndjson", profile, files);
  }

  /** Exports the case files through a session of the format into a counting stream: the bytes written. */
  static long cases(Safeguard engine, String format, ExportProfile profile, List<CaseFile> files) {
    Counting out = new Counting();
    write(engine, format, profile, files, out);
    return out.bytes;
  }

  /** Exports the case files through a session of the format into {@code out}, which stays open. */
  static void write(Safeguard engine, String format, ExportProfile profile, List<CaseFile> files, OutputStream out) {
    try (ExportSession session = engine.export(format, profile, out)) {
      for (CaseFile f : files) {
        session.write(f);
      }
    }
  }

  /** Exports records made beforehand through a session of the format into a counting stream: the bytes written. */
  static long records(Safeguard engine, String format, ExportProfile profile, List<ExportRecord> records) {
    Counting out = new Counting();
    try (ExportSession session = engine.export(format, profile, out)) {
      for (ExportRecord r : records) {
        session.write(r);
      }
    }
    return out.bytes;
  }

  /** Safeguard's ndjson exporter, FULL profile: the same content the vendor's baseline writes. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public long safeguardNdjsonFull() {
    return safeguard(ExportProfile.full());
  }

  /** The same under the research profile: a pseudonym (HMAC-SHA256) per id, months and bands. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public long safeguardNdjsonResearch() {
    return safeguard(ExportProfile.research(KEY));
  }

  /**
   * Writing only: the FULL records made before measuring, so the figure leaves out turning case
   * files into records. Not a like-for-like figure (the baseline maps its cases); it shows where
   * the time of {@link #safeguardNdjsonFull} goes.
   */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public long safeguardNdjsonWriteOnly() {
    return records(engine, "ndjson", ExportProfile.full(), records);
  }

  /**
   * Databind's writing alone: the vendor's transfer records filled before measuring. Not like for
   * like either; with {@link #safeguardNdjsonWriteOnly} it shows how much of each side is writing.
   */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public long jacksonDatabindWriteOnly() throws IOException {
    Counting out = new Counting();
    VendorCaseJson.writeFilled(filled, out);
    return out.bytes;
  }

  /**
   * The floor: the very tokens of Safeguard's FULL output (the baseline's output too), read before
   * measuring, written again through a jackson-core generator with nothing else to do. No writer
   * that makes jackson-core's streaming calls, ours or databind, can write this output in less.
   */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public long jacksonCoreFloor() throws IOException {
    Counting out = new Counting();
    try (JsonGenerator json = PLAIN.createGenerator(out)) {
      json.setRootValueSeparator(null);
      for (JsonTape tape : tapes) {
        tape.writeTo(json);
        json.writeRaw('\n');
      }
    }
    return out.bytes;
  }

  /** The baseline: transfer records filled by hand, written by Jackson databind one a line. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public long jacksonDatabind() throws IOException {
    Counting out = new Counting();
    VendorCaseJson.write(files, out);
    return out.bytes;
  }
}
