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
package org.safeguard.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.MissingValueException;

/**
 * A CSV file read and checked: its header against the {@link CsvColumns} of its kind, then its data
 * rows. UTF-8 only (an undecodable byte is refused, naming its line); a byte-order mark is skipped;
 * comma-separated, a field in double quotes when it holds a comma, a quote (doubled) or a line
 * break; a line ends with CR, LF or CR LF; lines starting with {@code #} are comments; blank lines
 * are skipped. Every row has one field per header column.
 *
 * <p>Reading is bounded: a file has at most {@link #MAX_FILE_BYTES} bytes, {@link #MAX_ROWS} data
 * rows, {@link #MAX_FIELDS} fields a row and {@link #MAX_FIELD_CHARS} characters a cell. Every
 * refusal is a {@link CsvInputException}; nothing else is thrown for any content.
 *
 * <p>Immutable once read.
 */
public final class CsvTable {
  /** The largest file read, 16 MiB: a thousand times the size of any file Safeguard ships. */
  public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
  /** The most data rows a file may have. */
  public static final int MAX_ROWS = 100_000;
  /** The most fields a row may have. */
  public static final int MAX_FIELDS = 256;
  /** The most characters a cell may have: a spreadsheet's own limit for one cell. */
  public static final int MAX_FIELD_CHARS = 32_767;

  /** Closes the text, so that a quote still open at the end of the file shows: it takes this in. */
  private static final String END = "safeguard:end-of-text";

  private final String source;
  private final int headerLine;
  private final Map<String, Integer> columns;
  private final List<String> header;
  private final List<CsvRow> rows;

  private CsvTable(String source, int headerLine, Map<String, Integer> columns, List<String> header, List<CsvRow> rows) {
    this.source = source;
    this.headerLine = headerLine;
    this.columns = columns;
    this.header = header;
    this.rows = rows;
  }

  /**
   * Reads a file.
   *
   * @param file the file; its name as given names it in every error
   * @param columns the columns a file of this kind may and must have
   * @return the table
   * @throws CsvInputException if the file is missing, a directory or another kind of non-regular file,
   *     unreadable, too large, not UTF-8, or breaks any rule above, naming the file and where
   */
  public static CsvTable read(Path file, CsvColumns columns) {
    MissingValueException.require("file", file);
    MissingValueException.require("columns", columns);
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw CsvInputException.file(source, "a directory, not a file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // a device or a pipe could be read for ever, or block
      throw CsvInputException.file(source, "not a regular file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw CsvInputException.file(source, "no such file");
    } catch (AccessDeniedException e) {
      throw CsvInputException.file(source, "cannot be read: permission denied");
    } catch (IOException e) {
      throw CsvInputException.file(source, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw CsvInputException.file(source, "at most " + MAX_FILE_BYTES + " bytes (16 MiB); split the file");
    }
    return read(Utf8Text.decode(bytes), source, columns);
  }

  /**
   * Reads text, such as a resource already read.
   *
   * @param text the whole text, header first
   * @param source names the text in every error
   * @param columns the columns a file of this kind may and must have
   * @return the table
   * @throws CsvInputException if the text is too long or breaks any rule above, naming where
   */
  public static CsvTable read(String text, String source, CsvColumns columns) {
    MissingValueException.require("text", text);
    MissingValueException.require("source", source);
    MissingValueException.require("columns", columns);
    if (text.length() > MAX_FILE_BYTES) {
      throw CsvInputException.file(source, "at most " + MAX_FILE_BYTES + " characters (16 MiB); split the file");
    }
    return read(new Utf8Text(text, -1, -1, -1, 0), source, columns);
  }

  private static CsvTable read(Utf8Text decoded, String source, CsvColumns columns) {
    String text = decoded.text();
    // spreadsheets saving "CSV UTF-8" put a byte-order mark before the first column name
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    RawRecord.Handler handler = new RawRecord.Handler(decoded.wellFormed() ? 0 : decoded.replacementsBefore() + 1);
    Reading reading = new Reading(source, columns, decoded);
    CsvReader<RawRecord> reader = CsvReader.builder()
        .fieldSeparator(',')
        .quoteCharacter('"')
        .commentStrategy(CommentStrategy.READ)
        .commentCharacter('#')
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .allowExtraCharsAfterClosingQuote(false)
        .trimWhitespacesAroundQuotes(false)
        .detectBomHeader(false)
        .maxBufferSize(MAX_FILE_BYTES + END.length() + 16)
        .build(handler, body + "\n" + END);
    RawRecord held = null;
    try (CloseableIterator<RawRecord> records = reader.iterator()) {
      while (true) {
        RawRecord next;
        try {
          if (!records.hasNext()) {
            break;
          }
          next = records.next();
        } catch (CsvParseException e) {
          if (held != null) {
            reading.take(held);
          }
          throw reading.refuseNext(handler.currentLine(), handler.currentFields(), "a quoted cell ends at its closing quote,"
              + " then a comma or the end of the line; write a quote inside it as two quotes (\"\")");
        }
        if (held != null) {
          reading.take(held);
        }
        held = next;
      }
    } catch (IOException e) {
      // reading text in memory; FastCSV declares the exception for files
      throw CsvInputException.file(source, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (held == null || held.type() != RecordType.DATA || held.fields().size() != 1 || held.lastQuoted()
        || !held.fields().get(0).equals(END)) {
      // the text's end went into a quoted cell, so the quote opened there was never closed
      if (held != null && held.problem() == null) {
        throw reading.refuseNext(held.line(), Math.max(0, held.fields().size() - 1), "a quoted cell needs its closing quote");
      }
      if (held != null) {
        reading.take(held);
      }
      throw CsvInputException.file(source, "a quoted cell needs its closing quote");
    }
    if (!decoded.wellFormed()) {
      // every U+FFFD is looked for in a cell or a comment, so this is a safety net only
      throw CsvInputException.at(source, -1, decoded.badLine(), -1, null, "(encoding)", CsvInputException.WITHHELD,
          RawRecord.Problem.NOT_UTF8.rule + " (character " + decoded.badCharacter() + " of the line)");
    }
    return reading.table();
  }

  /**
   * The file or resource, as given.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The line of the header row, from 1.
   *
   * @return the line
   */
  public int headerLine() {
    return headerLine;
  }

  /**
   * The data rows, in file order; comment and blank lines are not rows.
   *
   * @return the rows, possibly none
   */
  public List<CsvRow> rows() {
    return rows;
  }

  /**
   * The header's columns, lower case, in file order.
   *
   * @return the columns
   */
  public List<String> header() {
    return header;
  }

  /**
   * Whether the header has a column.
   *
   * @param column the column's name, lower case
   * @return true if the file has that column
   */
  public boolean has(String column) {
    return columns.containsKey(column);
  }

  /**
   * A refusal of the file as a whole, at its header: for a rule over all rows, such as "one row
   * marks the advisers".
   *
   * @param column the column the rule is about
   * @param rule the rule, in words
   * @return the exception, to throw
   */
  public CsvInputException refuse(String column, String rule) {
    Integer at = columns.get(column);
    return CsvInputException.at(source, 0, headerLine, at == null ? -1 : at + 1, column, column, "(file)", rule);
  }

  /**
   * A refusal of the file as a whole, for a rule about its rows rather than one cell or column,
   * such as "at least one area after the header".
   *
   * @param rule the rule, in words
   * @return the exception, to throw; it names the file and the rule only
   */
  public CsvInputException refuseFile(String rule) {
    return CsvInputException.file(source, MissingValueException.require("rule", rule));
  }

  /** The index of a column, or null when the file does not have it. */
  @Nullable Integer index(String column) {
    return columns.get(column);
  }

  /** Reading one text: the header once, then rows, each checked as it is taken. */
  private static final class Reading {
    private final String source;
    private final CsvColumns columns;
    private final Utf8Text decoded;
    private final List<CsvRow> rows = new ArrayList<>();
    private @Nullable CsvTable table;
    private int headerLine = -1;
    private List<String> header = List.of();

    Reading(String source, CsvColumns columns, Utf8Text decoded) {
      this.source = source;
      this.columns = columns;
      this.decoded = decoded;
    }

    /** The next row's number: 0 while there is no header yet. */
    private int nextRow() {
      return headerLine < 0 ? 0 : rows.size() + 1;
    }

    private @Nullable String name(int field) {
      return field >= 0 && field < header.size() ? header.get(field) : null;
    }

    CsvInputException refuseNext(int line, int field, String rule) {
      return CsvInputException.at(source, nextRow(), line, field + 1, name(field), "column " + (field + 1),
          CsvInputException.WITHHELD, rule);
    }

    void take(RawRecord record) {
      RawRecord.Problem problem = record.problem();
      if (record.type() == RecordType.COMMENT) {
        if (problem != null) {
          throw CsvInputException.at(source, -1, decoded.badLine(), -1, null, "(comment)", CsvInputException.WITHHELD,
              problem.rule + " (in a comment, character " + decoded.badCharacter() + " of the line)");
        }
        return;
      }
      if (record.type() != RecordType.DATA) {
        return;
      }
      if (problem == null && record.fields().size() == 1 && !record.lastQuoted() && record.fields().get(0).isBlank()) {
        return; // a line of spaces is a blank line
      }
      if (headerLine >= 0 && rows.size() >= MAX_ROWS) {
        throw CsvInputException.at(source, nextRow(), record.line(), -1, null, "(rows)", "(too many)",
            "at most " + MAX_ROWS + " rows; split the file");
      }
      if (problem != null) {
        int line = problem == RawRecord.Problem.NOT_UTF8 ? decoded.badLine() : record.line();
        String rule = problem == RawRecord.Problem.NOT_UTF8
            ? problem.rule + " (character " + decoded.badCharacter() + " of the line)" : problem.rule;
        throw CsvInputException.at(source, nextRow(), line, record.problemField() + 1, name(record.problemField()),
            "column " + (record.problemField() + 1), CsvInputException.WITHHELD, rule);
      }
      if (headerLine < 0) {
        header(record);
      } else {
        row(record);
      }
    }

    private void header(RawRecord record) {
      Map<String, Integer> seen = new LinkedHashMap<>();
      List<String> names = new ArrayList<>(record.fields().size());
      for (int i = 0; i < record.fields().size(); i++) {
        String name = record.fields().get(i).strip().toLowerCase(Locale.ROOT);
        if (!columns.known().contains(name)) {
          throw CsvInputException.at(source, 0, record.line(), i + 1, null, "column " + (i + 1),
              name.isEmpty() ? "(empty)" : CsvInputException.WITHHELD, columns.unknownRule());
        }
        Integer first = seen.putIfAbsent(name, i);
        if (first != null) {
          throw CsvInputException.at(source, 0, record.line(), i + 1, name, name, CsvInputException.WITHHELD,
              "each column appears once; it is also column " + (first + 1));
        }
        names.add(name);
      }
      for (String column : columns.required()) {
        if (!seen.containsKey(column)) {
          throw CsvInputException.at(source, 0, record.line(), -1, column, column, "(missing)",
              "every " + columns.kind() + " file has this column");
        }
      }
      headerLine = record.line();
      header = List.copyOf(names);
      table = new CsvTable(source, headerLine, Collections.unmodifiableMap(seen), header, Collections.unmodifiableList(rows));
    }

    private void row(RawRecord record) {
      int fields = record.fields().size();
      if (fields != header.size()) {
        int column = Math.min(fields, header.size()) + 1;
        throw CsvInputException.at(source, nextRow(), record.line(), column, name(column - 1), "column " + column,
            fields + " fields", "a row has one field per header column, " + header.size()
                + (fields < header.size() ? "; this row ends early" : "; this row has more"));
      }
      rows.add(new CsvRow(table(), nextRow(), record.line(), record.fields()));
    }

    CsvTable table() {
      if (table == null) {
        throw CsvInputException.file(source, "empty: a file of " + columns.kind() + " starts with a header row naming its columns ("
            + String.join(", ", columns.required()) + ", ...)");
      }
      return table;
    }
  }
}
