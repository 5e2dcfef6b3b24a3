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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.safeguard.export.Purpose;
import org.safeguard.export.Schemas;
import org.safeguard.model.InvalidInputException;
import org.safeguard.spi.ExportWriter;
import org.safeguard.spi.Exporter;
import org.safeguard.spi.ExporterProvider;
import org.safeguard.spi.SetupContext;

/**
 * CSV tables in a zip ({@code application/zip}). Each kind of record is a table, named by where
 * it sits: {@code case.csv}, {@code case.interventions.csv}, {@code case.intake.assessment.judgements.csv}.
 * Every table starts with a header row; its first column, {@code row}, numbers its rows from 1,
 * and a nested table's second, {@code parent}, is the row of the record it belongs to. A record's
 * single values are its columns, in schema order; a list of values (codes, say) is a child table
 * with a {@code value} column. Cells follow RFC 4180: UTF-8, CRLF line ends, a cell quoted when it
 * holds a comma, a quote or a line break; an absent value is an empty cell and an empty text a
 * quoted one ({@code ""}). A text that a spreadsheet would read as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) or that starts with an apostrophe is written with
 * an apostrophe before it, so that opening the file runs nothing; drop one leading apostrophe to
 * read the text back. {@code export-info.csv}, first in the zip, gives the format, the schema
 * version, the purpose and each table with its row count. Tables with no rows are left out.
 *
 * <p>A zip holds one file after another, while records arrive mixing their tables, so each table
 * is kept in a temporary file until the export finishes (memory stays constant however many cases
 * pass) in a folder only this process's user may read, under the {@code spool-directory} the
 * provider is configured with, or the system's temporary folder; the files are deleted when the
 * export finishes or is abandoned.
 */
public final class CsvExporter implements ExporterProvider, Exporter {
  /** The exporter's id. */
  public static final String ID = "csv";
  /** The exporter's version. */
  public static final String VERSION = "1.0";
  /** The configuration key naming the folder temporary tables are kept in. */
  public static final String SPOOL_DIRECTORY = "spool-directory";

  private static final Set<Purpose> PURPOSES = Collections.unmodifiableSet(EnumSet.allOf(Purpose.class));

  private final Path spool;

  /** For ServiceLoader. */
  public CsvExporter() {
    this(Path.of(System.getProperty("java.io.tmpdir")));
  }

  private CsvExporter(Path spool) {
    this.spool = spool;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public Exporter load(SetupContext context) {
    String dir = context.configuration().get(SPOOL_DIRECTORY);
    if (dir == null) {
      return this;
    }
    Path path;
    try {
      path = Path.of(dir);
    } catch (java.nio.file.InvalidPathException e) {
      throw new InvalidInputException(SPOOL_DIRECTORY, "(" + dir.length() + " characters)", "a usable folder name");
    }
    if (!java.nio.file.Files.isDirectory(path)) {
      throw new InvalidInputException(SPOOL_DIRECTORY, "(" + dir.length() + " characters)", "an existing folder");
    }
    return new CsvExporter(path);
  }

  @Override
  public String mediaType() {
    return "application/zip";
  }

  @Override
  public String fileExtension() {
    return "zip";
  }

  @Override
  public Set<String> records() {
    // read when asked: loading the exporter does not build the export schemas
    return Schemas.RECORD_NAMES;
  }

  @Override
  public Set<Purpose> purposes() {
    return PURPOSES;
  }

  @Override
  public ExportWriter open(OutputStream out, Purpose purpose) throws IOException {
    return new CsvTablesWriter(out, purpose, spool);
  }
}
