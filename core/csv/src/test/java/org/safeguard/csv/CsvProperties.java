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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated files, good and bad. A table written by the RFC 4180 rules, with any line endings, a
 * byte-order mark, comments and blank lines, reads back cell for cell; any bytes at all, and good
 * files broken in the ways files break, either read or are refused with a {@link
 * CsvInputException} that names the file and the rule, says where when it can, and never carries a
 * cell. Nothing else is thrown: a test fails on any other exception. Work is bounded by the file's
 * limits, not by a clock.
 */
class CsvProperties {
  /** Every generated cell starts with this, so a message carrying a cell shows. */
  private static final String MARK = "QXZ";
  private static final CsvColumns COLUMNS = CsvColumns.of("test", List.of("a", "b", "c", "d"), List.of("a", "b"));

  /** A table as a spreadsheet might write it: its header, its rows, and how it is written. */
  record Written(List<String> header, List<List<String>> rows, String newline, boolean bom, boolean quoteAll,
      boolean comments) {
    String text() {
      StringBuilder out = new StringBuilder(bom ? "\uFEFF" : "");
      if (comments) {
        out.append("# written by a property").append(newline).append(newline);
      }
      line(out, header);
      for (List<String> row : rows) {
        line(out, row);
        if (comments) {
          out.append("# between rows").append(newline);
        }
      }
      return out.toString();
    }

    private void line(StringBuilder out, List<String> cells) {
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i);
        boolean quote = quoteAll || cell.isEmpty() && cells.size() == 1 || cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0 || i == 0 && cell.startsWith("#");
        out.append(i == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
      }
      out.append(newline);
    }
  }

  @Provide
  Arbitrary<String> cells() {
    Arbitrary<String> any = Arbitraries.strings()
        .withCharRange(' ', '~').withCharRange('\u00A0', '\uD7FF').withChars(",\"\r\n\t#\u2028")
        .ofMaxLength(40);
    return any.map(s -> MARK + s);
  }

  @Provide
  Arbitrary<Written> tables() {
    Arbitrary<List<String>> headers = Arbitraries.of(List.of("a", "b"), List.of("b", "a", "c"), List.of("A", " b ", "d", "c"));
    return headers.flatMap(header -> Combinators.combine(
        cells().list().ofSize(header.size()).list().ofMaxSize(20),
        Arbitraries.of("\n", "\r", "\r\n"),
        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((rows, newline, bom, quoteAll, comments) -> new Written(header, rows, newline, bom, quoteAll, comments)));
  }

  @Property
  void aWrittenTableReadsBackCellForCell(@ForAll("tables") Written written) {
    CsvTable table = CsvTable.read(written.text(), "t.csv", COLUMNS);
    assertEquals(written.rows().size(), table.rows().size());
    int lastLine = table.headerLine();
    for (int r = 0; r < written.rows().size(); r++) {
      CsvRow row = table.rows().get(r);
      assertEquals(r + 1, row.row());
      assertTrue(row.line() > lastLine, "lines increase");
      lastLine = row.line();
      for (int c = 0; c < written.header().size(); c++) {
        assertEquals(written.rows().get(r).get(c).strip(), row.text(written.header().get(c).strip().toLowerCase()));
      }
    }
  }

  @Property
  void theSameTableAsAUtf8FileReadsTheSame(@ForAll("tables") Written written) throws IOException {
    Path file = Files.createTempFile("csv-property", ".csv");
    try {
      Files.writeString(file, written.text(), StandardCharsets.UTF_8);
      CsvTable fromFile = CsvTable.read(file, COLUMNS);
      CsvTable fromText = CsvTable.read(written.text(), file.toString(), COLUMNS);
      assertEquals(fromText.rows().size(), fromFile.rows().size());
      for (int r = 0; r < fromText.rows().size(); r++) {
        for (String column : fromText.header()) {
          assertEquals(fromText.rows().get(r).text(column), fromFile.rows().get(r).text(column));
        }
        assertEquals(fromText.rows().get(r).line(), fromFile.rows().get(r).line());
      }
    } finally {
      Files.delete(file);
    }
  }

  /** A good file broken the ways files break: cut short, bytes changed, quotes, NULs and stray line endings put in. */
  @Provide
  Arbitrary<byte[]> brokenFiles() {
    Arbitrary<byte[]> good = tables().map(w -> w.text().getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> recoded = tables().flatMap(w -> Arbitraries.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
        StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8).map(cs -> w.text().getBytes(cs)));
    Arbitrary<byte[]> broken = Combinators.combine(good, Arbitraries.integers().between(0, 10_000),
        Arbitraries.of((byte) '"', (byte) 0, (byte) '\r', (byte) 0xC3, (byte) 0xFF, (byte) ',', (byte) '#', (byte) 0x80),
        Arbitraries.integers().between(0, 3))
        .as((bytes, at, b, how) -> {
          if (bytes.length == 0) {
            return bytes;
          }
          int i = at % bytes.length;
          switch (how) {
            case 0:
              return java.util.Arrays.copyOf(bytes, i);
            case 1:
              byte[] changed = bytes.clone();
              changed[i] = b;
              return changed;
            default:
              byte[] longer = new byte[bytes.length + 1];
              System.arraycopy(bytes, 0, longer, 0, i);
              longer[i] = b;
              System.arraycopy(bytes, i, longer, i + 1, bytes.length - i);
              return longer;
          }
        });
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<byte[]> hugeCell = Arbitraries.integers().between(CsvTable.MAX_FIELD_CHARS - 2, CsvTable.MAX_FIELD_CHARS + 2)
        .map(n -> ("a,b\n" + MARK + "x".repeat(n) + ",1\n").getBytes(StandardCharsets.UTF_8));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, broken), net.jqwik.api.Tuple.of(2, recoded), net.jqwik.api.Tuple.of(2, noise),
        net.jqwik.api.Tuple.of(1, hugeCell), net.jqwik.api.Tuple.of(1, Arbitraries.just(new byte[0])));
  }

  @Property
  void anyBytesReadOrAreRefusedSayingWhereWithoutTheCell(@ForAll("brokenFiles") byte[] bytes) throws IOException {
    Path file = Files.createTempFile("csv-property", ".csv");
    try {
      Files.write(file, bytes);
      Object outcome;
      try {
        outcome = CsvTable.read(file, COLUMNS);
      } catch (CsvInputException e) {
        outcome = e;
      }
      if (outcome instanceof CsvInputException) {
        CsvInputException e = (CsvInputException) outcome;
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertFalse(e.field().isBlank());
        assertFalse(e.rule().isBlank());
        assertFalse(e.getMessage().contains(MARK), "a cell in the message: " + e.getMessage());
        assertFalse(e.value().contains(MARK), "a cell in the value: " + e.value());
        assertFalse(e.getMessage().contains("\r") || e.getMessage().contains("\n"), "one line: " + e.getMessage());
        if (e.row().isPresent()) {
          assertTrue(e.line().isPresent(), e.getMessage());
        }
        if (e.column().isPresent()) {
          assertTrue(e.row().isPresent(), e.getMessage());
        }
      } else {
        CsvTable table = (CsvTable) outcome;
        assertTrue(table.header().containsAll(List.of("a", "b")));
        for (CsvRow row : table.rows()) {
          assertTrue(row.line() > table.headerLine());
          for (String column : table.header()) {
            String cell = row.text(column);
            assertTrue(cell.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n'), "a control character was let through");
          }
        }
      }
    } finally {
      Files.delete(file);
    }
  }
}
