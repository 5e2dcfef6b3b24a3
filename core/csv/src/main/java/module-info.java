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
/**
 * Reads the CSV files Safeguard takes: strict UTF-8, size limits, a checked header, typed cells, and
 * one typed error, {@link org.safeguard.csv.CsvInputException}, naming the file, row, line and
 * column and never the cell. FastCSV does the reading; it is shaded inside, relocated under the
 * {@code internal} package, which is not exported.
 */
module org.safeguard.csv {
  requires transitive org.safeguard.spi;
  requires static org.jspecify;
  // shaded and relocated into the jar: needed to compile, never at run time
  requires static de.siegmar.fastcsv;

  exports org.safeguard.csv;
}
