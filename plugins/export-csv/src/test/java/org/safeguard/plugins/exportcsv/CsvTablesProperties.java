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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguard.core.Safeguard;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schema;
import org.safeguard.export.Schemas;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.testkit.SampleRecords;

/** The lossless round trip through a standard CSV parser, over generated records of every schema and purpose. */
class CsvTablesProperties {
  private static final Safeguard ENGINE = Safeguard.builder().thresholdPolicy(ThresholdPolicy.builder().id("no-bands").version("1").build())
      .build();

  private static byte[] export(Purpose purpose, List<ExportRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = ENGINE.export(CsvExporter.ID, SampleRecords.profile(purpose), out)) {
      for (ExportRecord r : records) {
        session.write(r);
      }
    }
    return out.toByteArray();
  }

  @Provide
  Arbitrary<Schema> schemas() {
    return Arbitraries.of(Schemas.RECORDS);
  }

  /** Written as tables, read back with FastCSV and joined by row numbers: the same records, for every purpose. */
  @Property(tries = 60)
  void tablesReadBackAsTheRecordsThePurposeLetOut(@ForAll("schemas") Schema schema, @ForAll Purpose purpose, @ForAll long seed) {
    List<ExportRecord> full = SampleRecords.of(schema, 4, seed);
    List<ExportRecord> expected = new ArrayList<>();
    for (ExportRecord r : full) {
      if (SampleRecords.profile(purpose).letsOut(r)) {
        expected.add(SampleRecords.profile(purpose).apply(r));
      }
    }
    assertEquals(expected, TablesReadBack.records(export(purpose, full), purpose));
  }

}
