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

/** Text into HTML: the one place that escapes, for element content and attribute values alike. */
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
}
