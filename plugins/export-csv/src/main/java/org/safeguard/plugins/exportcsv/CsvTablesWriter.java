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

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.safeguard.export.ExportRecord;
import org.safeguard.export.Field;
import org.safeguard.export.FieldKind;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schema;
import org.safeguard.export.Schemas;
import org.safeguard.model.InvalidInputException;
import org.safeguard.spi.ExportWriter;

/** One export: each table spooled to a temporary file as its rows come, then all zipped on finish. */
final class CsvTablesWriter implements ExportWriter {
  /** Entries carry a fixed time, so that the same records give the same bytes. */
  private static final long ENTRY_TIME = 315_532_800_000L;

  private final OutputStream out;
  private final Purpose purpose;
  private final Path folder;
  private final Map<String, Table> tables = new LinkedHashMap<>();
  private boolean done;

  /** One table being spooled: its file, its writer and how many rows it has. */
  private static final class Table {
    final Path file;
    final Writer writer;
    long rows;

    Table(Path file, Writer writer) {
      this.file = file;
      this.writer = writer;
    }
  }

  CsvTablesWriter(OutputStream out, Purpose purpose, Path spool) throws IOException {
    this.out = out;
    this.purpose = purpose;
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    this.folder = posix
        ? Files.createTempDirectory(spool, "safeguard-csv-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
        : Files.createTempDirectory(spool, "safeguard-csv-");
  }

  @Override
  public void write(ExportRecord record) throws IOException {
    if (record.purpose() != purpose) {
      throw new InvalidInputException("record", record.purpose(), "this export was opened for " + purpose + " and takes only records made for it");
    }
    row(record.schema().name(), record, 0);
  }

  /** Writes a record as a row of the table at {@code path}, then its lists and nested records as rows of their tables. */
  private void row(String path, ExportRecord record, long parent) throws IOException {
    Schema schema = record.schema();
    List<Field> fields = schema.fields();
    Table table = table(path, schema, parent != 0);
    long row = ++table.rows;
    Writer w = table.writer;
    w.write(Long.toString(row));
    if (parent != 0) {
      w.write(',');
      w.write(Long.toString(parent));
    }
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (f.repeated() || f.kind() == FieldKind.RECORD) {
        continue;
      }
      w.write(',');
      if (record.has(i)) {
        cell(w, f.kind(), record.get(i));
      }
    }
    w.write("\r\n");
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (!record.has(i) || !(f.repeated() || f.kind() == FieldKind.RECORD)) {
        continue;
      }
      String child = path + "." + f.name();
      List<?> values = f.repeated() ? (List<?>) record.get(i) : List.of(record.get(i));
      for (int j = 0; j < values.size(); j++) {
        Object v = values.get(j);
        if (f.kind() == FieldKind.RECORD) {
          row(child, (ExportRecord) v, row);
        } else {
          Table list = table(child, null, true);
          long listRow = ++list.rows;
          list.writer.write(listRow + "," + row + ",");
          cell(list.writer, f.kind(), v);
          list.writer.write("\r\n");
        }
      }
    }
  }

  /** The table at a path, made with its header on first use; {@code schema} null for a list's table. */
  private Table table(String path, @Nullable Schema schema, boolean nested) throws IOException {
    Table table = tables.get(path);
    if (table == null) {
      Path file = folder.resolve("t" + tables.size() + ".csv");
      Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE_NEW),
          StandardCharsets.UTF_8), 1 << 14);
      // known before anything is written to it, so that it is deleted whatever happens next
      table = new Table(file, w);
      tables.put(path, table);
      w.write(nested ? "row,parent" : "row");
      if (schema == null) {
        w.write(",value");
      } else {
        for (Field f : schema.fields()) {
          if (!f.repeated() && f.kind() != FieldKind.RECORD) {
            w.write(',');
            w.write(f.name());
          }
        }
      }
      w.write("\r\n");
    }
    return table;
  }

  /** One cell, RFC 4180: quoted when it holds a comma, a quote or a line break; text guarded against formulas. */
  static void cell(Writer w, FieldKind kind, Object value) throws IOException {
    // a decimal in plain digits, never an exponent a spreadsheet would read otherwise
    String text = value instanceof java.math.BigDecimal ? ((java.math.BigDecimal) value).toPlainString() : value.toString();
    boolean isText = value instanceof String;
    if (isText && text.isEmpty()) {
      w.write("\"\"");
      return;
    }
    if (isText && formulaOrApostrophe(text.charAt(0))) {
      text = "'" + text;
    }
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      w.write(text);
      return;
    }
    w.write('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        w.write('"');
      }
      w.write(c);
    }
    w.write('"');
  }

  private static boolean formulaOrApostrophe(char first) {
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\'';
  }

  @Override
  public void finish() throws IOException {
    if (done) {
      return;
    }
    done = true;
    try {
      closeAll();
      ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      }, StandardCharsets.UTF_8);
      entry(zip, "export-info.csv");
      Writer info = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      info.write("key,value\r\nformat,safeguard-export-csv\r\nschemaVersion," + Schemas.VERSION + "\r\npurpose,"
          + purpose.name().toLowerCase(Locale.ROOT) + "\r\nexporter," + CsvExporter.ID + "\r\nexporterVersion," + CsvExporter.VERSION + "\r\n");
      for (Map.Entry<String, Table> e : tables.entrySet()) {
        info.write("table," + e.getKey() + ".csv\r\nrows," + e.getValue().rows + "\r\n");
      }
      info.flush();
      zip.closeEntry();
      for (Map.Entry<String, Table> e : tables.entrySet()) {
        entry(zip, e.getKey() + ".csv");
        Files.copy(e.getValue().file, zip);
        zip.closeEntry();
      }
      zip.finish();
      out.flush();
    } finally {
      deleteAll();
    }
  }

  private static void entry(ZipOutputStream zip, String name) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(ENTRY_TIME);
    zip.putNextEntry(entry);
  }

  @Override
  public void abandon() {
    done = true;
    try {
      closeAll();
    } catch (IOException ignored) {
      // deleted below all the same
    }
    deleteAll();
  }

  /** Closes every table's writer, each even when an earlier one fails, and then reports the first failure. */
  private void closeAll() throws IOException {
    IOException first = null;
    for (Table t : tables.values()) {
      try {
        t.writer.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private void deleteAll() {
    List<Path> files = new ArrayList<>();
    for (Table t : tables.values()) {
      files.add(t.file);
    }
    files.add(folder);
    for (Path p : files) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // nothing more can be done here; the folder is the user's own and named for what it holds
      }
    }
  }
}
