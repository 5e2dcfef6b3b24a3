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
package org.safeguard.core.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON form of a threshold policy by flattening it to the properties form: nested
 * objects join their keys with dots, so {@code {"bands": {"safelives-dash-ric": {"high": "14+"}}}}
 * is {@code bands.safelives-dash-ric.high=14+}. The meaning of every key lives in one place,
 * {@link PolicyPropertiesReader}.
 *
 * <p>The text is read with jackson-core's streaming parser (shaded inside the engine) in a loop that
 * keeps the open objects on a stack of its own, so no input can run the reader out of stack. The
 * parser's limits ({@link StreamReadConstraints}) bound what one file may make it hold: objects
 * nested at most {@value PolicyFiles#MAX_NESTING_DEPTH} deep, keys and strings of at most
 * {@value PolicyFiles#MAX_TEXT_LENGTH} characters, numbers of at most {@value #MAX_NUMBER_LENGTH}
 * characters, the whole text at most {@value PolicyFiles#MAX_FILE_BYTES} characters.
 *
 * <p>Strings, numbers and objects are accepted; arrays, {@code true}, {@code false} and {@code null}
 * have no meaning in a policy (no key takes a list, a flag or an absent value) and are refused. A
 * number is passed on as written, so the key's own rule decides whether it may have a fraction. A
 * key given twice is refused once flattened, which also catches {@code "marac.minimum-age"} written
 * beside {@code "marac": {"minimum-age": ...}} (jackson's own duplicate detection sees one object at
 * a time, so it is not used). Every refusal names the line and column and never a value from the
 * text; the parser's own messages, which quote the text, are not passed on.
 */
final class PolicyJsonReader {
  /** The most characters a number may take: every number in a policy is a small whole number. */
  static final int MAX_NUMBER_LENGTH = 20;

  private static final String VALUES = "a policy value is a string, a number or an object; "
      + "arrays, true, false and null mean nothing in a policy";

  private final JsonParser parser;
  private final String source;
  /** The dotted key whose value is being read, so a refusal inside a value can name it; null between values. */
  private @Nullable String pending;

  private PolicyJsonReader(JsonParser parser, String source) {
    this.parser = parser;
    this.source = source;
  }

  /** Made on first use: an engine that reads no JSON policy never loads the parser. */
  private static final class Parsers {
    static final JsonFactory FACTORY = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            // one more than a policy may nest: the reader refuses the deepest object itself, naming the limit
            .maxNestingDepth(PolicyFiles.MAX_NESTING_DEPTH + 1)
            .maxStringLength(PolicyFiles.MAX_TEXT_LENGTH)
            .maxNameLength(PolicyFiles.MAX_TEXT_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxDocumentLength(PolicyFiles.MAX_FILE_BYTES)
            .build())
        // no symbol table shared between reads: names are kept as plain strings, and text crafted to
        // collide in the table cannot make the parser give up with an error outside the policy refusals
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        .build();
  }

  /**
   * Flattens one JSON object into properties.
   *
   * @throws PolicyFormatException naming the key where known, the line and column, and the rule
   */
  static Properties flatten(String json, String source) {
    JsonParser parser;
    try {
      parser = Parsers.FACTORY.createParser(json);
    } catch (IOException e) {
      throw PolicyFormatException.stating(source, "(document)", "(unread)", "cannot be read as JSON");
    }
    PolicyJsonReader reader = new PolicyJsonReader(parser, source);
    try {
      return reader.read();
    } catch (StreamConstraintsException e) {
      throw reader.refusal(e.getLocation(), reader.pending != null ? reader.pending : "(document)", limitBroken(e));
    } catch (JsonEOFException e) {
      throw reader.refusal(e.getLocation(), "(end)", "the text ends before the policy object is closed");
    } catch (JsonProcessingException e) {
      throw reader.refusal(e.getLocation(), reader.pending != null ? reader.pending : "(syntax)",
          "not JSON here: a policy is one object of quoted keys, with strings, numbers and objects as values");
    } catch (IOException e) {
      throw reader.refusal(null, "(document)", "cannot be read as JSON");
    } finally {
      try {
        parser.close();
      } catch (IOException e) {
        // reading from a string: there is nothing to release
      }
    }
  }

  private Properties read() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw refusal(null, "(document)", "a policy is one JSON object, written {...}");
    }
    Map<String, String> flat = new HashMap<>();
    // the key prefix of each open object, innermost first; the whole policy's is empty
    ArrayDeque<String> open = new ArrayDeque<>();
    open.push("");
    while (!open.isEmpty()) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_OBJECT) {
        open.pop();
        continue;
      }
      if (token != JsonToken.FIELD_NAME) {
        // jackson gives only names and ends inside an object; the end of the text is reported by it
        throw refusal(null, "(syntax)", "the policy object is not closed");
      }
      pending = open.peek() + parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_OBJECT) {
        if (open.size() >= PolicyFiles.MAX_NESTING_DEPTH) {
          throw refusal(null, pending, "objects nest at most " + PolicyFiles.MAX_NESTING_DEPTH + " deep in a policy");
        }
        open.push(pending + ".");
      } else if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
        if (flat.put(pending, parser.getText()) != null) {
          throw refusal(null, pending, "a key appears once in a policy; it is given twice");
        }
      } else {
        throw refusal(null, pending, VALUES);
      }
      pending = null;
    }
    if (parser.nextToken() != null) {
      throw refusal(null, "(end)", "nothing may follow the policy object");
    }
    Properties properties = new Properties();
    properties.putAll(flat);
    return properties;
  }

  /** A refusal at the parser's error location, or else at the token it stopped on. */
  private PolicyFormatException refusal(@Nullable JsonLocation where, String key, String rule) {
    JsonLocation at = where != null ? where : parser.currentTokenLocation();
    // jackson counts from 1, but says column 0 for the end of an empty text
    long line = at == null ? 1 : Math.max(1, at.getLineNr());
    long column = at == null ? 1 : Math.max(1, at.getColumnNr());
    return PolicyFormatException.at(source, key, line, column, rule);
  }

  /**
   * Which limit the text broke, told from the name of the limit jackson's message gives; the message
   * itself is not passed on. A limit it does not name is reported with all of them: its nesting
   * and document limits sit beyond the reader's own depth check and the size check made before
   * parsing, so are never reached.
   */
  private static String limitBroken(StreamConstraintsException e) {
    String what = String.valueOf(e.getOriginalMessage());
    if (what.contains("getMaxStringLength") || what.contains("getMaxNameLength")) {
      return "a key or string in a policy is at most " + PolicyFiles.MAX_TEXT_LENGTH + " characters";
    }
    if (what.contains("getMaxNumberLength")) {
      return "a number in a policy is at most " + MAX_NUMBER_LENGTH + " characters";
    }
    return "beyond the limits of a policy: objects nested at most " + PolicyFiles.MAX_NESTING_DEPTH + " deep, keys and strings of at most "
        + PolicyFiles.MAX_TEXT_LENGTH + " characters, numbers of at most " + MAX_NUMBER_LENGTH + " characters";
  }
}
