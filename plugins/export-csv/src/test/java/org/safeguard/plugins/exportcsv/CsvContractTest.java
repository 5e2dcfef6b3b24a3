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

import java.util.List;
import java.util.Optional;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Purpose;
import org.safeguard.spi.ExporterProvider;
import org.safeguard.testkit.ExporterProviderContract;

class CsvContractTest extends ExporterProviderContract {
  @Override
  protected ExporterProvider provider() {
    return new CsvExporter();
  }

  @Override
  protected Optional<List<ExportRecord>> readBack(byte[] export, Purpose purpose) {
    return Optional.of(TablesReadBack.records(export, purpose));
  }

  /** The tables wait in temporary files until the export finishes, since a zip holds one file after another. */
  @Override
  protected boolean streamsToTheCaller() {
    return false;
  }

  /** The zip's tables as text: searched for markers, which compressed bytes would hide. */
  @Override
  protected String text(byte[] export) {
    return String.join("\n", TablesReadBack.entries(export).values());
  }
}
