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

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.safeguard.export.AgeRange;
import org.safeguard.export.Count;
import org.safeguard.export.ExportDate;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Field;
import org.safeguard.export.FieldKind;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schema;
import org.safeguard.export.Schemas;

/**
 * Reads an export back with FastCSV, a standard CSV parser, as a spreadsheet user's script would:
 * each table's rows by column name, nested tables joined to their parents by row number, a text's
 * one guarding apostrophe dropped. Only for the tests: the exporter ships no reader.
 */
final class TablesReadBack {
  private TablesReadBack() {}

  /** Each zip entry's text, by name, in order. */
  static Map<String, String> entries(byte[] zip) {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** A table's rows, each by column name, as FastCSV parses them. */
  static List<Map<String, String>> rows(String csv) {
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> header = null;
    for (CsvRecord r : CsvReader.builder().ofCsvRecord(csv)) {
      if (header == null) {
        header = r.getFields();
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), r.getField(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** Every top-level record in the export, table by table in the order of {@link Schemas#RECORDS}. */
  static List<ExportRecord> records(byte[] zip, Purpose purpose) {
    Map<String, List<Map<String, String>>> tables = new HashMap<>();
    for (Map.Entry<String, String> e : entries(zip).entrySet()) {
      tables.put(e.getKey().substring(0, e.getKey().length() - ".csv".length()), rows(e.getValue()));
    }
    Map<String, Map<String, List<Map<String, String>>>> children = new HashMap<>();
    for (Map.Entry<String, List<Map<String, String>>> t : tables.entrySet()) {
      for (Map<String, String> row : t.getValue()) {
        if (row.containsKey("parent")) {
          children.computeIfAbsent(t.getKey(), k -> new HashMap<>()).computeIfAbsent(row.get("parent"), k -> new ArrayList<>()).add(row);
        }
      }
    }
    List<ExportRecord> records = new ArrayList<>();
    for (Schema top : Schemas.RECORDS) {
      for (Map<String, String> row : tables.getOrDefault(top.name(), List.of())) {
        records.add(record(top.name(), top, row, purpose, children));
      }
    }
    return records;
  }

  private static ExportRecord record(String path, Schema schema, Map<String, String> row, Purpose purpose,
      Map<String, Map<String, List<Map<String, String>>>> children) {
    ExportRecord.Builder b = ExportRecord.builder(schema).purpose(purpose);
    for (Field f : schema.fields()) {
      String child = path + "." + f.name();
      if (f.kind() == FieldKind.RECORD) {
        for (Map<String, String> c : children.getOrDefault(child, Map.of()).getOrDefault(row.get("row"), List.of())) {
          b.set(f.name(), record(child, f.nested().orElseThrow(), c, purpose, children));
        }
      } else if (f.repeated()) {
        for (Map<String, String> c : children.getOrDefault(child, Map.of()).getOrDefault(row.get("row"), List.of())) {
          b.set(f.name(), value(f.kind(), c.get("value")));
        }
      } else if (!row.get(f.name()).isEmpty()) {
        b.set(f.name(), value(f.kind(), row.get(f.name())));
      }
    }
    return b.build();
  }

  private static Object value(FieldKind kind, String cell) {
    switch (kind) {
      case DATE:
        return ExportDate.parse("cell", cell);
      case AGE:
        return AgeRange.parse("cell", cell);
      case COUNT:
        return Count.parse("cell", cell);
      case DECIMAL:
        return new java.math.BigDecimal(cell);
      case TIMESTAMP:
        return Instant.parse(cell);
      case INTEGER:
        return Long.parseLong(cell);
      case BOOLEAN:
        return Boolean.parseBoolean(cell);
      default:
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
  }
}
