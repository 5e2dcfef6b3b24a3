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
package org.safeguard.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * One JSON value's tokens, read once and written again through a jackson-core generator with
 * nothing else to do: no record to walk, no value to look up or convert, each field name encoded
 * once (as Safeguard's writer and databind both have them). For {@code ExportBenchmark}'s floor:
 * what jackson-core's streaming API itself takes to write a given output, which no writer making
 * those calls can beat.
 */
final class JsonTape {
  private static final byte START_OBJECT = 0;
  private static final byte END_OBJECT = 1;
  private static final byte START_ARRAY = 2;
  private static final byte END_ARRAY = 3;
  private static final byte NAME = 4;
  private static final byte STRING = 5;
  private static final byte WHOLE = 6;
  private static final byte DECIMAL = 7;
  private static final byte TRUE = 8;
  private static final byte FALSE = 9;
  private static final byte NULL = 10;

  private final byte[] ops;
  /** Per op: the name, the string, the number (a {@code Long}, or its text for a decimal); null for the rest. */
  private final Object[] values;

  private JsonTape(byte[] ops, Object[] values) {
    this.ops = ops;
    this.values = values;
  }

  /**
   * Reads the value at the parser's next token, whole.
   *
   * @param parser the parser, before the value's first token
   * @param names the field names met so far, each encoded once and shared by every tape
   * @return the tape
   * @throws IOException when the parser fails or the input ends before a value
   */
  static JsonTape read(JsonParser parser, Map<String, SerializedString> names) throws IOException {
    byte[] ops = new byte[256];
    Object[] values = new Object[256];
    int n = 0;
    int depth = 0;
    do {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new IOException("the input ends before a whole value");
      }
      if (n == ops.length) {
        ops = Arrays.copyOf(ops, n * 2);
        values = Arrays.copyOf(values, n * 2);
      }
      Object value = null;
      byte op;
      switch (token) {
        case START_OBJECT -> {
          op = START_OBJECT;
          depth++;
        }
        case END_OBJECT -> {
          op = END_OBJECT;
          depth--;
        }
        case START_ARRAY -> {
          op = START_ARRAY;
          depth++;
        }
        case END_ARRAY -> {
          op = END_ARRAY;
          depth--;
        }
        case FIELD_NAME -> {
          op = NAME;
          value = names.computeIfAbsent(parser.currentName(), SerializedString::new);
        }
        case VALUE_STRING -> {
          op = STRING;
          value = parser.getText();
        }
        case VALUE_NUMBER_INT -> {
          op = WHOLE;
          value = parser.getLongValue();
        }
        case VALUE_NUMBER_FLOAT -> {
          op = DECIMAL;
          value = parser.getText();
        }
        case VALUE_TRUE -> op = TRUE;
        case VALUE_FALSE -> op = FALSE;
        case VALUE_NULL -> op = NULL;
        default -> throw new IOException("a token JSON text does not hold: " + token);
      }
      ops[n] = op;
      values[n] = value;
      n++;
    } while (depth > 0);
    return new JsonTape(Arrays.copyOf(ops, n), Arrays.copyOf(values, n));
  }

  /**
   * Writes the value through {@code json}.
   *
   * @param json the generator
   * @throws IOException when writing fails
   */
  void writeTo(JsonGenerator json) throws IOException {
    for (int i = 0; i < ops.length; i++) {
      switch (ops[i]) {
        case START_OBJECT -> json.writeStartObject();
        case END_OBJECT -> json.writeEndObject();
        case START_ARRAY -> json.writeStartArray();
        case END_ARRAY -> json.writeEndArray();
        case NAME -> json.writeFieldName((SerializedString) values[i]);
        case STRING -> json.writeString((String) values[i]);
        case WHOLE -> json.writeNumber((Long) values[i]);
        case DECIMAL -> json.writeNumber((String) values[i]);
        case TRUE -> json.writeBoolean(true);
        case FALSE -> json.writeBoolean(false);
        default -> json.writeNull();
      }
    }
  }
}
