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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.spi.ExportWriter;
import org.safeguard.spi.Exporter;
import org.safeguard.spi.ExporterProvider;
import org.safeguard.spi.SetupContext;

/**
 * Newline-delimited JSON ({@code application/x-ndjson}): the first line is a header, then one
 * line per record. Written with jackson-core's streaming generator, so memory stays constant
 * however many records pass. Every purpose is honoured: the format writes exactly the fields a
 * record holds.
 *
 * <pre>
 * {"format":"safeguard-export","schemaVersion":"1.5","purpose":"research","exporter":"ndjson","exporterVersion":"1.0"}
 * {"record":"case","caseId":"3f2a…","revision":7,"openedOn":"2026-03",…}
 * {"end":"safeguard-export","records":1}
 * </pre>
 *
 * <p>The closing line counts the records, so that a file cut short (an export abandoned, a copy
 * interrupted) is told from a whole one; an abandoned export has none.
 *
 * <p>Field names are the schema's; values are JSON strings for ids, text, codes, dates
 * ({@code 2026-03-14} or {@code 2026-03}), instants (ISO-8601) and ages ({@code 34}, {@code 25-34}),
 * numbers for whole numbers, decimals (plain, with their own digits: {@code 2.50}) and a cohort
 * report's counts (a suppressed count is the string {@code "<5"}, a withheld one {@code "[c]"}),
 * booleans, objects for nested records and arrays for repeated fields.
 * An absent field and an empty list are left out.
 */
public final class NdjsonExporter implements ExporterProvider, Exporter {
  /** The exporter's id. */
  public static final String ID = "ndjson";
  /** The exporter's version. */
  public static final String VERSION = "1.0";
  /** What the header's {@code format} says. */
  static final String FORMAT = "safeguard-export";
  /** The longest string a reader takes, in characters: far above any field's, far below a memory risk. */
  static final int MAX_STRING = 1 << 20;

  /** Made on first open: an engine that never exports never loads jackson-core. */
  private volatile @Nullable JsonFactory factory;

  /** For ServiceLoader. */
  public NdjsonExporter() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public Exporter load(SetupContext context) {
    return this;
  }

  @Override
  public String mediaType() {
    return "application/x-ndjson";
  }

  @Override
  public String fileExtension() {
    return "ndjson";
  }

  @Override
  public Set<String> records() {
    // read when asked: loading the exporter does not build the export schemas
    return Schemas.RECORD_NAMES;
  }

  @Override
  public Set<Purpose> purposes() {
    return PURPOSES;
  }

  private static final Set<Purpose> PURPOSES = java.util.Collections.unmodifiableSet(EnumSet.allOf(Purpose.class));

  @Override
  public ExportWriter open(OutputStream out, Purpose purpose) throws IOException {
    return new NdjsonWriter(factory().createGenerator(out), purpose);
  }

  JsonFactory factory() {
    JsonFactory made = factory;
    if (made == null) {
      made = jsonFactory();
      factory = made;
    }
    return made;
  }

  /** The factory both the writer and the reader use: the caller's stream is never closed, and strings are bounded. */
  static JsonFactory jsonFactory() {
    return JsonFactory.builder()
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING).maxNestingDepth(64).build())
        .build();
  }
}
