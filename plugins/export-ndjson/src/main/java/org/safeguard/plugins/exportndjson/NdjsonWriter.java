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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguard.export.Count;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Field;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schema;
import org.safeguard.export.Schemas;
import org.safeguard.model.InvalidInputException;
import org.safeguard.spi.ExportWriter;

/** Writes one export: the header line now, then a line per record as it comes. */
final class NdjsonWriter implements ExportWriter {
  private static final SerializedString RECORD = new SerializedString("record");

  private final JsonGenerator json;
  private final Purpose purpose;
  private long records;
  /** Where a date is written before it goes out, so that no date makes a string. */
  private final char[] date = new char[10];
  /** Each schema's field names, encoded once. */
  private final Map<Schema, SerializableString[]> names = new IdentityHashMap<>();

  NdjsonWriter(JsonGenerator json, Purpose purpose) throws IOException {
    this.json = json;
    this.purpose = purpose;
    json.setRootValueSeparator(null);
    json.writeStartObject();
    json.writeStringField("format", NdjsonExporter.FORMAT);
    json.writeStringField("schemaVersion", Schemas.VERSION);
    json.writeStringField("purpose", purpose.name().toLowerCase(Locale.ROOT));
    json.writeStringField("exporter", NdjsonExporter.ID);
    json.writeStringField("exporterVersion", NdjsonExporter.VERSION);
    json.writeEndObject();
    json.writeRaw('\n');
  }

  @Override
  public void write(ExportRecord record) throws IOException {
    if (record.purpose() != purpose) {
      throw new InvalidInputException("record", record.purpose(), "this export was opened for " + purpose + " and takes only records made for it");
    }
    records++;
    json.writeStartObject();
    json.writeFieldName(RECORD);
    json.writeString(record.schema().name());
    fields(record);
    json.writeEndObject();
    json.writeRaw('\n');
  }

  private void fields(ExportRecord record) throws IOException {
    Schema schema = record.schema();
    SerializableString[] encoded = names.get(schema);
    if (encoded == null) {
      encoded = new SerializableString[schema.fields().size()];
      for (int i = 0; i < encoded.length; i++) {
        encoded[i] = new SerializedString(schema.fields().get(i).name());
      }
      names.put(schema, encoded);
    }
    List<Field> fields = schema.fields();
    for (int i = 0; i < encoded.length; i++) {
      if (!record.has(i)) {
        continue;
      }
      Field field = fields.get(i);
      json.writeFieldName(encoded[i]);
      Object value = record.get(i);
      if (field.repeated()) {
        List<?> list = (List<?>) value;
        json.writeStartArray();
        for (int j = 0; j < list.size(); j++) {
          value(field, list.get(j));
        }
        json.writeEndArray();
      } else {
        value(field, value);
      }
    }
  }

  private void value(Field field, Object value) throws IOException {
    switch (field.kind()) {
      case INTEGER:
        json.writeNumber((Long) value);
        break;
      case BOOLEAN:
        json.writeBoolean((Boolean) value);
        break;
      case DECIMAL:
        // plain digits, as the record holds it (never an exponent), so it reads back the same
        json.writeNumber(((java.math.BigDecimal) value).toPlainString());
        break;
      case COUNT:
        Count count = (Count) value;
        if (count.suppressed()) {
          json.writeString(count.toString());
        } else {
          json.writeNumber(count.value());
        }
        break;
      case RECORD:
        json.writeStartObject();
        fields((ExportRecord) value);
        json.writeEndObject();
        break;
      case DATE:
        json.writeString(date, 0, iso((ExportDate) value));
        break;

      case TIMESTAMP:
      case AGE:
        json.writeString(value.toString());
        break;
      default:
        json.writeString((String) value);
    }
  }

  /** The date's ISO form in {@link #date}, as {@link ExportDate#toString()} has it, without making a string. */
  private int iso(ExportDate d) {
    digits(d.year(), 0, 4);
    date[4] = '-';
    digits(d.month(), 5, 2);
    java.util.OptionalInt day = d.dayOfMonth();
    if (day.isEmpty()) {
      return 7;
    }
    date[7] = '-';
    digits(day.getAsInt(), 8, 2);
    return 10;
  }

  private void digits(int value, int at, int width) {
    int v = value;
    for (int i = at + width - 1; i >= at; i--) {
      date[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }

  @Override
  public void finish() throws IOException {
    // the last line says the file is whole, so that a reader can tell one cut short
    json.writeStartObject();
    json.writeStringField("end", NdjsonExporter.FORMAT);
    json.writeNumberField("records", records);
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
    json.close();
  }
}
