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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.safeguard.export.ExportRecord;
import org.safeguard.plugins.exportfhir.FhirR4Exporter;
import org.safeguard.synthetic.SyntheticCaseFiles;

/**
 * Exporting case files as FHIR R4 Bundles, a Bundle a line: Safeguard's {@code fhir-r4} exporter
 * through an export session (the case file mapped to its record, the profile applied, the Bundle
 * streamed by jackson-core) against what a vendor writes instead ({@link VendorCaseFhir}: HAPI
 * FHIR's R4 model objects built from each case file and encoded by HAPI's JSON parser), over the
 * same {@value #CASES} synthetic case files, into a stream that counts bytes and keeps none. Both
 * write the same JSON ({@code FhirAgreementTest}). Times are per case file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FhirExportBenchmark {
  static final int CASES = 1000;
  private static final byte[] KEY = ExportBenchmark.KEY;

  private Safeguard engine;
  private List<CaseFile> files;
  /** The same case files as FULL records, made before measuring, for the writing-only figure. */
  private List<ExportRecord> records;

  @Setup(Level.Trial)
  public void setUp() {
    engine = org.safeguard.benchmarks.startup.StartupProbe.buildEngine();
    files = new ArrayList<>();
    records = new ArrayList<>();
    for (SyntheticCaseFiles.Worked w : SyntheticCaseFiles.generate(engine, 20261130L, CASES)) {
      files.add(w.file());
      records.add(ExportRecords.ofCase(w.file()));
    }
  }

  private long safeguard(ExportProfile profile) {
    return ExportBenchmark.cases(engine, FhirR4Exporter.ID, profile, files);
  }

  /** Safeguard's fhir-r4 exporter, FULL profile: the same Bundles the baseline writes. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public long safeguardFhirFull() {
    return safeguard(ExportProfile.full());
  }

  /** The same under the research profile: a pseudonym (HMAC-SHA256) per id, months. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public long safeguardFhirResearch() {
    return safeguard(ExportProfile.research(KEY));
  }

  /**
   * Writing only: the FULL records made before measuring. Not like for like (the baseline builds
   * its resources from the case files); it shows where the time of {@link #safeguardFhirFull} goes.
   */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public long safeguardFhirWriteOnly() {
    return ExportBenchmark.records(engine, FhirR4Exporter.ID, ExportProfile.full(), records);
  }

  /** The baseline: HAPI FHIR's model objects built per case and encoded by its JSON parser. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public long hapiFhir() throws IOException {
    ExportBenchmark.Counting out = new ExportBenchmark.Counting();
    VendorCaseFhir.write(files, out);
    return out.bytes;
  }
}
