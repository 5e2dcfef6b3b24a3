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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the JSON form of a threshold policy by flattening it to the properties form: nested
 * objects join their keys with dots, so {@code {"bands": {"safelives-dash-ric": {"high": "14+"}}}}
 * is {@code bands.safelives-dash-ric.high=14+}. The meaning of every key lives in one place,
 * {@link PolicyPropertiesReader}. Strings, numbers and objects are accepted; arrays, booleans and
 * null have no meaning in a policy and are refused.
 */
final class PolicyJsonReader {
  private final String text;
  private final String source;
  private int at;

  private PolicyJsonReader(String text, String source) {
    this.text = text;
    this.source = source;
  }

  static Properties flatten(String json, String source) {
    PolicyJsonReader reader = new PolicyJsonReader(json, source);
    Map<String, String> flat = new LinkedHashMap<>();
    reader.skipSpace();
    reader.object("", flat);
    reader.skipSpace();
    if (reader.at < json.length()) {
      throw reader.error("(end)", "nothing may follow the policy object");
    }
    Properties properties = new Properties();
    properties.putAll(flat);
    return properties;
  }

  private void object(String prefix, Map<String, String> flat) {
    expect('{');
    skipSpace();
    if (peek() == '}') {
      at++;
      return;
    }
    while (true) {
      skipSpace();
      String key = prefix + string();
      skipSpace();
      expect(':');
      skipSpace();
      char c = peek();
      if (c == '{') {
        object(key + ".", flat);
      } else if (c == '"') {
        put(flat, key, string());
      } else if (c == '-' || Character.isDigit(c)) {
        put(flat, key, number());
      } else {
        throw error(key, "a policy value is a string, a number or an object");
      }
      skipSpace();
      if (peek() == ',') {
        at++;
        continue;
      }
      expect('}');
      return;
    }
  }

  private void put(Map<String, String> flat, String key, String value) {
    if (flat.put(key, value) != null) {
      throw error(key, "a key appears once");
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\') {
        if (at >= text.length()) {
          break;
        }
        char e = text.charAt(at++);
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw error("(string)", "\\u takes four hex digits");
            }
            try {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("(string)", "\\u takes four hex digits");
            }
            at += 4;
          }
          default -> throw error("(string)", "unknown escape \\" + e);
        }
      } else {
        out.append(c);
      }
    }
    throw error("(string)", "a string is not closed");
  }

  private String number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    while (at < text.length() && (Character.isDigit(text.charAt(at)) || ".eE+-".indexOf(text.charAt(at)) >= 0)) {
      at++;
    }
    return text.substring(start, at);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("(syntax)", "expected '" + c + "'");
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private PolicyFormatException error(String key, String rule) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(at, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return PolicyFormatException.at(source, key, line, column, rule);
  }
}
