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
import java.io.OutputStream;
import java.util.Set;
import org.safeguard.export.Purpose;

/**
 * Writes records in one format. The engine opens it for each export and hands that export's writer
 * records one by one, each already made for the export's {@link Purpose}: a field the purpose drops
 * is not in the record, so the exporter cannot write it; a writer refuses a record made for another
 * purpose than the one it was opened with. An exporter holds no state between exports and may be
 * opened for many exports at once, from many threads; each {@link ExportWriter} is used by one thread.
 */
public interface Exporter extends Supplied {
  /**
   * The media type of what it writes, for example {@code application/x-ndjson}.
   *
   * @return the media type
   */
  String mediaType();

  /**
   * The file name extension to give what it writes, without the dot, for example {@code ndjson}.
   *
   * @return the extension
   */
  String fileExtension();

  /**
   * The top-level records it writes, by schema name ({@link org.safeguard.export.Schemas#RECORDS}).
   * The engine refuses to hand it any other.
   *
   * @return schema names
   */
  Set<String> records();

  /**
   * The purposes it can honour. The engine refuses to open it for any other; an exporter that
   * cannot keep to a purpose (for example one whose format needs a field the purpose drops) leaves
   * that purpose out.
   *
   * @return the purposes
   */
  Set<Purpose> purposes();

  /**
   * Starts an export into a stream. Writes whatever opens the format (a header, a schema version)
   * now or with the first record.
   *
   * @param out where to write; the caller owns it and closes it, the exporter never does
   * @param purpose the purpose every record of this export was made for; one of {@link #purposes()}
   * @return the writer for this export
   * @throws IOException when the stream refuses a write
   */
  ExportWriter open(OutputStream out, Purpose purpose) throws IOException;
}
