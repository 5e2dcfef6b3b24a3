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
package org.safeguard.spi;

import java.io.IOException;
import org.safeguard.export.ExportRecord;

/**
 * One export in progress. Records come one at a time and are written as they come, in constant
 * heap however many pass through: a writer keeps nothing of a record on the heap once it has
 * written it (a format that must wait for the end, such as a zip of tables, keeps its parts in
 * temporary files). It writes only records made for the purpose it was opened with. Used by one
 * thread.
 */
public interface ExportWriter {
  /**
   * Writes one record.
   *
   * @param record a record of one of the exporter's {@link Exporter#records()}, made for the
   *     purpose the export was opened with
   * @throws IOException when the stream refuses a write
   */
  void write(ExportRecord record) throws IOException;

  /**
   * Writes whatever closes the format and flushes the stream, leaving it open.
   *
   * @throws IOException when the stream refuses a write
   */
  void finish() throws IOException;

  /**
   * Gives up an export that failed part-way (the stream refused a write, this writer threw, or
   * the caller gave up): releases what the writer holds, such as temporary files, and writes
   * nothing more. The engine calls it at most once, in place of {@link #finish()} or after a
   * {@code finish()} that failed. Nothing to do by default.
   */
  default void abandon() {}
}
