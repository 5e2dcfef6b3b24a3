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
package org.safeguard.core.export;

import java.util.Set;
import org.safeguard.model.MissingValueException;

/**
 * What an exporter plugin says of itself, without the means to write: the engine opens an exporter
 * it loaded only through {@link org.safeguard.core.Safeguard#export}, so every record passes the
 * profile.
 *
 * @param id the exporter's id, as {@code Safeguard.export} takes it
 * @param version its version
 * @param mediaType the media type of what it writes
 * @param fileExtension the file name extension to give it, without the dot
 * @param records the schema names of the records it writes
 * @param purposes the purposes it honours
 */
public record ExportFormat(String id, String version, String mediaType, String fileExtension, Set<String> records,
    Set<org.safeguard.export.Purpose> purposes) {
  /**
   * Copies the sets, so that the description cannot change.
   *
   * @param id the exporter's id
   * @param version its version
   * @param mediaType the media type of what it writes
   * @param fileExtension the file name extension, without the dot
   * @param records the schema names of the records it writes
   * @param purposes the purposes it honours
   */
  public ExportFormat {
    MissingValueException.require("id", id);
    MissingValueException.require("version", version);
    MissingValueException.require("mediaType", mediaType);
    MissingValueException.require("fileExtension", fileExtension);
    records = Set.copyOf(MissingValueException.requireElements("records", records));
    purposes = Set.copyOf(MissingValueException.requireElements("purposes", purposes));
  }
}
