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
/** Exports as CSV tables (RFC 4180), one table per kind of record, packed in one zip. */
module org.safeguard.plugins.exportcsv {
  requires org.safeguard.spi;
  requires static org.jspecify;

  exports org.safeguard.plugins.exportcsv;

  provides org.safeguard.spi.ExporterProvider with
      org.safeguard.plugins.exportcsv.CsvExporter;
}
