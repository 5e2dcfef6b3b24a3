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

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record as FastCSV reads it, before it is a header or a row: its first line, its fields, and
 * the first thing wrong inside it, kept rather than thrown so that the reader, which knows the row
 * number and the column names, can say where it is.
 *
 * @param type data, comment or empty
 * @param line the line the record starts on, from 1
 * @param fields the fields, at most {@link CsvTable#MAX_FIELDS}
 * @param lastQuoted whether the last field was in quotes
 * @param problem what is wrong inside the record, or null
 * @param problemField the field, from 0, where it is; -1 for a comment
 */
record RawRecord(RecordType type, int line, List<String> fields, boolean lastQuoted, @Nullable Problem problem,
    int problemField) {
  /** What can be wrong inside one record. */
  enum Problem {
    TOO_MANY_FIELDS("at most " + CsvTable.MAX_FIELDS + " fields a row"),
    FIELD_TOO_LONG("at most " + CsvTable.MAX_FIELD_CHARS + " characters a cell"),
    CONTROL_CHARACTER("text without control characters (a NUL suggests a UTF-16 file: save it as UTF-8)"),
    STRAY_QUOTE("a cell with a quote in it is written in quotes, each quote in it doubled (\"\")"),
    NOT_UTF8("UTF-8 text; this byte is not UTF-8 (save the file as CSV UTF-8)");

    final String rule;

    Problem(String rule) {
      this.rule = rule;
    }
  }

  /**
   * Builds records from FastCSV's callbacks, checking each field as it comes: the limits, control
   * characters, quotes outside quotes, and the undecodable byte it is looking for.
   */
  static final class Handler extends AbstractBaseCsvCallbackHandler<RawRecord> {
    private final int badReplacement;
    private int replacementsSeen;
    private final List<String> fields = new ArrayList<>();
    private boolean lastQuoted;
    private @Nullable Problem problem;
    private int problemField;

    /** @param badReplacement which U+FFFD of the text, from 1, stands for the first undecodable byte; 0 if none does */
    Handler(int badReplacement) {
      this.badReplacement = badReplacement;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      fields.clear();
      lastQuoted = false;
      problem = null;
      problemField = -1;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
      lastQuoted = quoted;
      if (problem != null) {
        return;
      }
      if (fieldIdx >= CsvTable.MAX_FIELDS) {
        refuse(Problem.TOO_MANY_FIELDS, fieldIdx);
        return;
      }
      for (int i = offset; i < offset + len; i++) {
        char c = buf[i];
        if (c == Utf8Text.REPLACEMENT && ++replacementsSeen == badReplacement) {
          refuse(Problem.NOT_UTF8, fieldIdx);
          return;
        }
        if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
          refuse(Problem.CONTROL_CHARACTER, fieldIdx);
          return;
        }
        if (c == '"' && !quoted) {
          refuse(Problem.STRAY_QUOTE, fieldIdx);
          return;
        }
      }
      if (len > CsvTable.MAX_FIELD_CHARS) {
        refuse(Problem.FIELD_TOO_LONG, fieldIdx);
        return;
      }
      fields.add(new String(buf, offset, len));
    }

    @Override
    protected void handleComment(char[] buf, int offset, int len) {
      for (int i = offset; i < offset + len && problem == null; i++) {
        if (buf[i] == Utf8Text.REPLACEMENT && ++replacementsSeen == badReplacement) {
          refuse(Problem.NOT_UTF8, -1);
        }
      }
    }

    private void refuse(Problem what, int field) {
      problem = what;
      problemField = field;
    }

    /** The line of the record being read, for a failure in the middle of it. */
    int currentLine() {
      return (int) getStartingLineNumber();
    }

    /** How many fields of the record being read were complete, for a failure in the middle of it. */
    int currentFields() {
      return getFieldCount();
    }

    @Override
    protected RawRecord buildRecord() {
      return new RawRecord(getRecordType(), (int) getStartingLineNumber(), List.copyOf(fields), lastQuoted, problem,
          problemField);
    }
  }
}
