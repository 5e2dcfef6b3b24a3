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
package org.safeguard.examples.casesystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.safeguard.core.Safeguard;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.plugins.exportndjson.NdjsonReader;

/**
 * How the case system keeps one of Safeguard's values in a column: the value's export record,
 * made for the FULL purpose, written as a one-record NDJSON document by the engine's {@code ndjson}
 * exporter. The header line keeps the schema version beside the record, so a row written today
 * reads back after the library moves on a minor version. {@code ExportRecords.toCase},
 * {@code toEvent}, {@code toAssessment} and {@code toDecision} turn a record read back into the
 * value again, equal to the one stored.
 */
final class StoredForm {
  private final Safeguard safeguard;

  StoredForm(Safeguard safeguard) {
    this.safeguard = safeguard;
  }

  String write(ExportRecord full) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (ExportSession session = safeguard.export("ndjson", ExportProfile.full(), out)) {
      session.write(full);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static ExportRecord read(String stored) {
    NdjsonReader reader = NdjsonReader.open(new ByteArrayInputStream(stored.getBytes(StandardCharsets.UTF_8)));
    List<ExportRecord> records = reader.readAll();
    if (reader.purpose() != Purpose.FULL || records.size() != 1) {
      throw new IllegalStateException("a stored value is one record made for FULL; this row holds " + records.size()
          + " made for " + reader.purpose());
    }
    return records.get(0);
  }
}
