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

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes decoded as UTF-8, and where the first byte that is not UTF-8 is. The text has U+FFFD in
 * place of every undecodable sequence, so that the reader can go on to find the row and column of
 * the first one: it is the {@code replacementsBefore + 1}-th U+FFFD of the text.
 *
 * @param text the decoded text
 * @param badByte the offset of the first undecodable byte, or -1 when every byte decodes
 * @param badLine the line of that byte, from 1 (CR, LF and CR LF each end a line)
 * @param badCharacter the character of its line it stands at, from 1
 * @param replacementsBefore how many U+FFFD the file itself holds before it
 */
record Utf8Text(String text, int badByte, int badLine, int badCharacter, int replacementsBefore) {
  static final char REPLACEMENT = '\uFFFD';

  static Utf8Text decode(byte[] bytes) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never gives more chars than bytes
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = strict.decode(in, out, true);
    if (!result.isError()) {
      result = strict.flush(out);
    }
    if (!result.isError()) {
      out.flip();
      return new Utf8Text(out.toString(), -1, -1, -1, 0);
    }
    int decoded = out.position();
    int line = 1;
    int lineStart = 0;
    int replacements = 0;
    char[] chars = out.array();
    for (int i = 0; i < decoded; i++) {
      char c = chars[i];
      if (c == '\n' || (c == '\r' && (i + 1 >= decoded || chars[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      } else if (c == REPLACEMENT) {
        replacements++;
      }
    }
    // the lenient decoder puts U+FFFD where the strict one stopped, and everywhere after that it fails
    // characters, not UTF-16 units: a character outside the Basic Multilingual Plane is two units and one character
    int character = Character.codePointCount(chars, lineStart, decoded - lineStart) + 1;
    return new Utf8Text(new String(bytes, StandardCharsets.UTF_8), in.position(), line, character, replacements);
  }

  boolean wellFormed() {
    return badByte < 0;
  }
}
