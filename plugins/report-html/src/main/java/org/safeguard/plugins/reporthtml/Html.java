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
package org.safeguard.plugins.reporthtml;

import java.io.IOException;
import java.io.Writer;

/**
 * Text into HTML: the one place that escapes, for element content and attribute values alike, and
 * the start of a data table, which every section writes the same way.
 */
final class Html {
  private Html() {}

  /**
   * Writes text with {@code & < > " '} escaped, so that it is text wherever it lands, and a
   * character XML forbids (a control character other than tab and line breaks, U+FFFE, U+FFFF)
   * written as U+FFFD, so that the page stays well-formed XML.
   *
   * @param out where to write
   * @param text the text
   */
  static void text(Writer out, String text) throws IOException {
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      String entity;
      char c = text.charAt(i);
      switch (c) {
        case '&':
          entity = "&amp;";
          break;
        case '<':
          entity = "&lt;";
          break;
        case '>':
          entity = "&gt;";
          break;
        case '"':
          entity = "&quot;";
          break;
        case '\'':
          entity = "&#39;";
          break;
        default:
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF') {
            entity = "\uFFFD";
            break;
          }
          continue;
      }
      out.write(text, from, i - from);
      out.write(entity);
      from = i + 1;
    }
    out.write(text, from, text.length() - from);
  }

  /**
   * Opens a table: its id, its caption, and a header row of the row header and each column, every
   * text escaped. The caller writes the rows and closes the body and the table.
   *
   * @param w where to write
   * @param id the table's id, already safe as an attribute (made by the page, never from input)
   * @param caption the caption
   * @param rowHeader the header of the rows' first column
   * @param columns the other columns' headers
   */
  static void tableStart(Writer w, String id, String caption, String rowHeader, java.util.List<String> columns) throws IOException {
    w.write("<table id=\"" + id + "\"><caption>");
    text(w, caption);
    w.write("</caption>\n<thead><tr><th scope=\"col\">");
    text(w, rowHeader);
    w.write("</th>");
    for (String c : columns) {
      w.write("<th scope=\"col\">");
      text(w, c);
      w.write("</th>");
    }
    w.write("</tr></thead>\n<tbody>");
  }
}
