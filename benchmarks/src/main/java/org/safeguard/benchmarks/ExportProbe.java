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

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import org.safeguard.benchmarks.startup.StartupProbe;
import org.safeguard.core.Safeguard;
import org.safeguard.core.casework.CaseFile;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.core.outcome.CohortTally;
import org.safeguard.core.outcome.ReportParameters;
import org.safeguard.export.Schemas;
import org.safeguard.synthetic.SyntheticCaseFiles;

/**
 * Two figures JMH cannot give, each from its own process (see benchmarks/README.md, "Exports"):
 *
 * <ul>
 *   <li>{@code cold FORMAT}: the first export in a fresh JVM, timed around opening the session,
 *       writing one case file and closing it, the engine built and the case made beforehand; so it
 *       holds what a first export loads (the exporter's format library among it) and nothing else.
 *       {@code cold hapi-fhir} times the baseline's first export instead: HAPI FHIR's context made,
 *       the case's Bundle built and encoded. A format of cohort reports alone writes the report
 *       over that one case.
 *   <li>{@code million FORMAT COUNT}: COUNT synthetic case files made one at a time and exported
 *       as they are made, holding none, into a stream that counts bytes; run it with {@code -Xmx64m}
 *       to show the export runs in constant memory. Prints the time, the bytes and the heap's peak.
 *       A format that writes cohort reports alone ({@code report-html}) gets each case's outcome
 *       tallied as the case is made, then the one report over them all.
 * </ul>
 */
public final class ExportProbe {
  private static final byte[] KEY = ExportBenchmark.KEY;

  /** The format name that times HAPI FHIR's first export (FULL, as the vendor's baseline writes) instead of an exporter's. */
  static final String HAPI = "hapi-fhir";

  private ExportProbe() {}

  public static void main(String[] args) {
    if (args.length >= 2 && args[0].equals("cold")) {
      cold(args[1]);
    } else if (args.length >= 3 && args[0].equals("million")) {
      million(args[1], Integer.parseInt(args[2]));
    } else {
      System.err.println("usage: ExportProbe cold FORMAT | million FORMAT COUNT");
      System.exit(2);
    }
  }

  private static void cold(String format) {
    Safeguard engine = StartupProbe.buildEngine();
    CaseFile file = SyntheticCaseFiles.generate(engine, 1L, 1).get(0).file();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean cases = format.equals(HAPI) || takesCases(engine, format);
    long start = System.nanoTime();
    if (format.equals(HAPI)) {
      // the vendor's first FHIR export: HAPI's context made (as VendorCaseFhir's class loads), the Bundle built and encoded
      try {
        VendorCaseFhir.write(java.util.List.of(file), out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    } else if (cases) {
      try (ExportSession session = engine.export(format, ExportProfile.research(KEY), out)) {
        session.write(file);
      }
    } else {
      // a format of cohort reports alone: the report over the one case, its tally timed too
      try (ExportSession session = engine.export(format, ExportProfile.research(KEY), out)) {
        session.write(CohortTally.create(ReportParameters.defaults()).add(engine.casework().outcome(file)).report());
      }
    }
    long took = System.nanoTime() - start;
    System.out.printf("first %s export of %s in a fresh JVM: %.1f ms (%d bytes)%n", format,
        cases ? "one case file" : "a cohort report over one case", took / 1e6, out.size());
  }

  /** Whether the format writes case files; an unknown format is refused naming those loaded. */
  private static boolean takesCases(Safeguard engine, String format) {
    org.safeguard.core.export.ExportFormat f = engine.exporters().get(format);
    if (f == null) {
      System.err.println("no exporter " + format + "; loaded: " + engine.exporters().keySet());
      System.exit(2);
    }
    return f.records().contains(Schemas.CASE.name());
  }

  private static void million(String format, int count) {
    Safeguard engine = StartupProbe.buildEngine();
    ExportBenchmark.Counting out = new ExportBenchmark.Counting();
    long start = System.nanoTime();
    boolean cases = takesCases(engine, format);
    try (ExportSession session = engine.export(format, ExportProfile.research(KEY), out)) {
      if (cases) {
        SyntheticCaseFiles.each(engine, 20261129L, count, w -> session.write(w.file()));
      } else {
        // a format of cohort reports alone (report-html): each case's outcome tallied as it is made, then the one report
        CohortTally tally = CohortTally.create(ReportParameters.defaults());
        SyntheticCaseFiles.each(engine, 20261129L, count, w -> tally.add(engine.casework().outcome(w.file())));
        session.write(tally.report());
      }
    }
    long took = System.nanoTime() - start;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%,d case files made and %s as %s (research) in %.1f s: %,d bytes; max heap %d MB, peak heap used %.1f MB%n",
        count, cases ? "exported" : "tallied into one cohort report exported", format, took / 1e9, out.bytes,
        Runtime.getRuntime().maxMemory() >> 20, peak / 1048576.0);
  }
}
