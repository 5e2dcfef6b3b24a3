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

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeguard.export.AgeRange;
import org.safeguard.export.Count;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Field;
import org.safeguard.export.FieldKind;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schema;
import org.safeguard.export.Schemas;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * Reads an NDJSON export back into records, one at a time, in constant memory. The header must
 * name this format and a schema version of the same major version; every record is checked
 * against its schema as it is read (field names, kinds, codes, dates), and a record written for a
 * purpose comes back made for that purpose. The closing line must be there and count the records:
 * a file cut short is refused, not read as if whole. The caller owns the stream and closes it. Not
 * thread-safe. A record made for FULL reads back further, into the case file, case event,
 * assessment (and the answers it was made from) or MARAC decision it was made from, with the
 * engine's {@code ExportRecords.toCase}, {@code toEvent}, {@code toAssessment},
 * {@code toResponses} and {@code toDecision}.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(file)) {
 *   NdjsonReader reader = NdjsonReader.open(in);
 *   for (Optional<ExportRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
 *     ...
 *   }
 * }
 * }</pre>
 */
public final class NdjsonReader {
  private final JsonParser json;
  private final Purpose purpose;
  private final String schemaVersion;
  /** Fields a newer minor version added are skipped; in a file of this version they are refused. */
  private final boolean newerMinor;
  private long read;
  private boolean ended;

  private NdjsonReader(JsonParser json, Purpose purpose, String schemaVersion) {
    this.json = json;
    this.purpose = purpose;
    this.schemaVersion = schemaVersion;
    this.newerMinor = minor(schemaVersion) > minor(Schemas.VERSION);
  }

  /**
   * Starts reading a file: reads and checks its header.
   *
   * @param in the file's bytes, UTF-8
   * @return a reader positioned at the first record
   * @throws NdjsonInputException when the header is missing, of another format, or of another major schema version
   * @throws UncheckedIOException when the stream fails
   */
  public static NdjsonReader open(InputStream in) {
    MissingValueException.require("in", in);
    try {
      JsonParser json = NdjsonExporter.jsonFactory().createParser(in);
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new NdjsonInputException(1, "header", "an export file starts with a header object");
      }
      String format = null;
      String version = null;
      String purposeName = null;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        JsonToken token = json.nextToken();
        if (token == JsonToken.VALUE_STRING && "format".equals(name)) {
          format = json.getText();
        } else if (token == JsonToken.VALUE_STRING && "schemaVersion".equals(name)) {
          version = json.getText();
        } else if (token == JsonToken.VALUE_STRING && "purpose".equals(name)) {
          purposeName = json.getText();
        } else {
          json.skipChildren();
        }
      }
      if (!NdjsonExporter.FORMAT.equals(format)) {
        throw new NdjsonInputException(1, "format", "the header names the format " + NdjsonExporter.FORMAT);
      }
      if (version == null || !version.matches("[0-9]{1,3}\\.[0-9]{1,3}") || !major(version).equals(major(Schemas.VERSION))) {
        throw new NdjsonInputException(1, "schemaVersion", "this reader reads schema version " + major(Schemas.VERSION) + ".x");
      }
      Purpose purpose = null;
      for (Purpose p : Purpose.values()) {
        if (p.name().toLowerCase(Locale.ROOT).equals(purposeName)) {
          purpose = p;
        }
      }
      if (purpose == null) {
        throw new NdjsonInputException(1, "purpose", "the header names the purpose: full, marac or research");
      }
      return new NdjsonReader(json, purpose, version);
    } catch (IOException e) {
      throw failure(e, 1);
    }
  }

  private static String major(String version) {
    return version.substring(0, version.indexOf('.'));
  }

  private static int minor(String version) {
    return Integer.parseInt(version.substring(version.indexOf('.') + 1));
  }

  /**
   * The purpose the file was written for, from its header.
   *
   * @return the purpose
   */
  public Purpose purpose() {
    return purpose;
  }

  /**
   * The schema version the file was written with, from its header.
   *
   * @return the version, such as {@code 1.0}
   */
  public String schemaVersion() {
    return schemaVersion;
  }

  /**
   * Reads the next record.
   *
   * @return the record, or empty after the closing line
   * @throws NdjsonInputException when a line is not a record of a known schema, or the file ends
   *     without its closing line or with a count that does not match
   * @throws UncheckedIOException when the stream fails
   */
  public Optional<ExportRecord> next() {
    if (ended) {
      return Optional.empty();
    }
    try {
      JsonToken token = json.nextToken();
      if (token == null) {
        throw refused("file", "ends without its closing line: the export was cut short");
      }
      if (token != JsonToken.START_OBJECT) {
        throw refused("record", "each line is one JSON object");
      }
      if (json.nextToken() == JsonToken.FIELD_NAME && "end".equals(json.currentName())) {
        end();
        return Optional.empty();
      }
      if (json.currentToken() != JsonToken.FIELD_NAME || !"record".equals(json.currentName()) || json.nextToken() != JsonToken.VALUE_STRING) {
        throw refused("record", "each line starts with the record's schema name");
      }
      String name = json.getText();
      Schema schema = Schemas.record(name).orElseThrow(() -> refused("record", "the records are " + names()));
      read++;
      return Optional.of(record(schema));
    } catch (IOException e) {
      throw failure(e, line());
    }
  }

  /** The closing line: it names the format and counts the records, and nothing may follow it. */
  private void end() throws IOException {
    if (json.nextToken() != JsonToken.VALUE_STRING || !NdjsonExporter.FORMAT.equals(json.getText())
        || json.nextToken() != JsonToken.FIELD_NAME || !"records".equals(json.currentName())
        || json.nextToken() != JsonToken.VALUE_NUMBER_INT || json.getLongValue() != read || json.nextToken() != JsonToken.END_OBJECT) {
      throw refused("end", "the closing line names the format and counts the " + read + " records before it");
    }
    if (json.nextToken() != null) {
      throw refused("file", "nothing follows the closing line");
    }
    ended = true;
  }

  /**
   * Reads every remaining record; for files known to be small.
   *
   * @return the records, in file order
   */
  public List<ExportRecord> readAll() {
    List<ExportRecord> all = new ArrayList<>();
    for (Optional<ExportRecord> r = next(); r.isPresent(); r = next()) {
      all.add(r.get());
    }
    return all;
  }

  /** Reads the fields of an object whose start has been read, up to and including its end. */
  private ExportRecord record(Schema schema) throws IOException {
    ExportRecord.Builder b = ExportRecord.builder(schema).purpose(purpose);
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      Optional<Field> found = schema.field(name);
      JsonToken token = json.nextToken();
      if (found.isEmpty()) {
        if (!newerMinor) {
          throw refused(schema.name() + "." + name, "schema " + schema.name() + " " + Schemas.VERSION + " has no such field");
        }
        json.skipChildren();
        continue;
      }
      Field field = found.get();
      try {
        if (field.repeated()) {
          if (token != JsonToken.START_ARRAY) {
            throw refused(schema.name() + "." + name, "a repeated field is a JSON array");
          }
          while (json.nextToken() != JsonToken.END_ARRAY) {
            b.set(name, value(schema, field));
          }
        } else {
          b.set(name, value(schema, field));
        }
      } catch (NdjsonInputException e) {
        throw e;
      } catch (InvalidInputException e) {
        throw refused(schema.name() + "." + name, e.rule());
      }
    }
    return b.build();
  }

  /** The value at the current token, of the field's kind. */
  private Object value(Schema schema, Field field) throws IOException {
    JsonToken token = json.currentToken();
    String where = schema.name() + "." + field.name();
    switch (field.kind()) {
      case INTEGER:
        if (token != JsonToken.VALUE_NUMBER_INT) {
          throw refused(where, "a whole number");
        }
        return json.getLongValue();
      case DECIMAL:
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
          throw refused(where, "a number");
        }
        return json.getDecimalValue();
      case COUNT:
        if (token == JsonToken.VALUE_NUMBER_INT) {
          return Count.of(json.getLongValue());
        }
        if (token != JsonToken.VALUE_STRING) {
          throw refused(where, "a whole number, or a suppressed count such as \"<5\"");
        }
        return Count.parse(where, json.getText());
      case BOOLEAN:
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
          throw refused(where, "true or false");
        }
        return token == JsonToken.VALUE_TRUE;
      case RECORD:
        if (token != JsonToken.START_OBJECT) {
          throw refused(where, "a nested record is a JSON object");
        }
        Schema nested = field.nested().orElseThrow();
        return record(nested);
      default:
        if (token != JsonToken.VALUE_STRING) {
          throw refused(where, "a JSON string");
        }
        return text(where, field.kind(), json.getText());
    }
  }

  private Object text(String where, FieldKind kind, String text) {
    switch (kind) {
      case DATE:
        return ExportDate.parse(where, text);
      case AGE:
        return AgeRange.parse(where, text);
      case TIMESTAMP:
        try {
          return Instant.parse(text);
        } catch (DateTimeException e) {
          throw refused(where, "an instant in ISO-8601, such as 2026-03-14T09:30:00Z");
        }
      default:
        return text;
    }
  }

  private String names() {
    List<String> names = new ArrayList<>();
    for (Schema s : Schemas.RECORDS) {
      names.add(s.name());
    }
    return names.toString();
  }

  private long line() {
    return json.currentLocation().getLineNr();
  }

  private NdjsonInputException refused(String field, String rule) {
    return new NdjsonInputException(line(), field, rule);
  }

  private static RuntimeException failure(IOException e, long line) {
    if (e instanceof StreamConstraintsException) {
      return new NdjsonInputException(line, "file", "a string is at most " + NdjsonExporter.MAX_STRING + " characters and nesting is shallow");
    }
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
      return new NdjsonInputException(line, "file", "each line is well-formed JSON");
    }
    return new UncheckedIOException("the export file could not be read", e);
  }
}
