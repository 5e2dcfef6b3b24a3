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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.ThresholdPolicy;

/**
 * Bad policy text of every kind, generated, through both readers: whatever the text, the outcome is
 * a policy or a refusal of the {@link InvalidInputException} family (of which
 * {@link PolicyFormatException} is one), never another exception or an error such as a stack
 * overflow; and a refusal's message is one line that never carries a value from the text. Values
 * carry a marker so that an echo shows. A key is named by design, so where generated junk puts a
 * marked string in the place of a key, the message may show it as the key, and only there.
 */
class PolicyTextProperties {
  private static final String MARKER = "MARKER-7f3a";

  private static final String[] KEYS = {"id", "version", "description", "family", "effective-from", "effective-until",
      "bands.safelives-dash-ric.standard", "bands.safelives-dash-ric.medium", "bands.safelives-dash-ric.high",
      "bands.acpo-dash@police.medium", "bands.safelives-dash-ric.severe", "bands.Bad Id.high",
      "service.idva-service.safelives-dash-ric.minimum-score", "service.nobody.x.minimum-score",
      "marac.minimum-age", "marac.escalation.incidents", "marac.escalation.window-months", "marac.repeat.window-months",
      "marac.medium-risk.band", "marac.medium-risk.instrument", "marac.adult-age", "marac.repeat.incident-types",
      "marac.escalation.incident", "bands", "marac", ""};

  private static final String README_JSON = "{\n  \"id\": \"county-example\",\n  \"version\": \"2024.1\",\n"
      + "  \"bands\": {\"safelives-dash-ric\": {\"standard\": \"0-9\", \"medium\": \"10-13\", \"high\": \"14+\"}},\n"
      + "  \"marac\": {\"escalation\": {\"incidents\": 3, \"window-months\": 12}, \"minimum-age\": 16}\n}\n";

  /** Values as a county might get them wrong, each carrying the marker; no quote, backslash or line break. */
  @Provide
  Arbitrary<String> markedValues() {
    Arbitrary<String> around = Arbitraries.strings().withChars("abcXYZ019 +-.:@éß漢").ofMaxLength(6);
    return Combinators.combine(around, Arbitraries.of("", "14+", "10-13", "2014-12-01", "0", "county"), around)
        .as((before, near, after) -> before + near + MARKER + after);
  }

  @Provide
  Arbitrary<String> wellFormedValues() {
    return Arbitraries.of("0-9", "10-13", "14+", "0-13", "3", "12", "16", "0", "-1", "2014-12-01", "2019-03-31", "county-example",
        "2024.1", "1.5", "99999999999999999999", " 14 + ", "");
  }

  /** A key's value: marked mostly, well formed sometimes, so the reader gets past the first check. */
  @Provide
  Arbitrary<String> values() {
    return Arbitraries.frequencyOf(Tuple.of(3, markedValues()), Tuple.of(2, wellFormedValues()));
  }

  @Provide
  Arbitrary<List<Map.Entry<String, String>>> entries() {
    return Combinators.combine(Arbitraries.of(KEYS), values()).as(Map::entry).list().ofMaxSize(14);
  }

  /**
   * Known keys, near misses and given twice, with bad values, in both forms. Nothing but values
   * carries the marker here, so no message may carry it at all.
   */
  @Property(tries = 1000)
  void badValuesUnderKnownKeysAreRefusedWithoutEchoingThem(@ForAll("entries") List<Map.Entry<String, String>> entries) {
    StringBuilder properties = new StringBuilder();
    StringBuilder json = new StringBuilder("{");
    Properties built = new Properties();
    for (Map.Entry<String, String> e : entries) {
      properties.append(e.getKey().replace(" ", "\\ ")).append('=').append(e.getValue()).append('\n');
      json.append(json.length() > 1 ? ", " : "").append('"').append(e.getKey()).append("\": \"").append(e.getValue()).append('"');
      built.setProperty(e.getKey(), e.getValue());
    }
    json.append('}');
    quiet(() -> PolicyFiles.fromPropertiesText(properties.toString(), "generated"), false);
    quiet(() -> PolicyFiles.fromJson(json.toString(), "generated"), false);
    quiet(() -> PolicyFiles.fromProperties(built, "generated"), false);
  }

  /** Pieces of JSON and of junk: structure, keys, marked strings, escapes, any character at all. */
  @Provide
  Arbitrary<String> jsonPieces() {
    Arbitrary<String> punctuation = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"", " ", "\n", "\r\n", "\t", "true", "false",
        "null", "-", "0", "12", "1e5", "1.5", "-0", "007", "\\", "\\u12", "\\u0041", "\\n", "//", "/*", "'", "\u0000", "\u2028", "NaN");
    Arbitrary<String> keys = Arbitraries.of(KEYS).map(k -> "\"" + k + "\": ");
    Arbitrary<String> marked = markedValues().map(v -> "\"" + v + "\"");
    Arbitrary<String> bare = markedValues();
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(6);
    Arbitrary<String> deep = Arbitraries.integers().between(1, 5_000).flatMap(n -> Arbitraries.of(
        "{\"a\": ".repeat(n), "[".repeat(n), "{\"a\": ".repeat(n) + "\"" + MARKER + "\"" + "}".repeat(n)));
    Arbitrary<String> huge = Arbitraries.integers().between(PolicyFiles.MAX_TEXT_LENGTH - 2, PolicyFiles.MAX_TEXT_LENGTH + 2)
        .flatMap(n -> Arbitraries.of("\"" + MARKER + "x".repeat(n) + "\"", "\"" + "k".repeat(n) + "\": ", "1".repeat(Math.min(n, 40))));
    return Arbitraries.frequencyOf(Tuple.of(12, punctuation), Tuple.of(8, keys), Tuple.of(6, marked), Tuple.of(2, bare),
        Tuple.of(3, anything), Tuple.of(1, deep), Tuple.of(1, huge));
  }

  /** Mostly JSON-like junk; sometimes the README's policy with pieces cut out or put in. */
  @Provide
  Arbitrary<String> jsonText() {
    Arbitrary<String> soup = Combinators.combine(Arbitraries.of("{", "", "{\"id\": ", "[", "\uFEFF{"),
        jsonPieces().list().ofMaxSize(40)).as((start, pieces) -> start + String.join("", pieces));
    Arbitrary<String> mutated = Combinators.combine(
        Arbitraries.integers().between(0, README_JSON.length()), Arbitraries.integers().between(0, 12), jsonPieces())
        .as((at, cut, piece) -> README_JSON.substring(0, at) + piece + README_JSON.substring(Math.min(README_JSON.length(), at + cut)));
    return Arbitraries.frequencyOf(Tuple.of(3, soup), Tuple.of(2, mutated));
  }

  @Property(tries = 1500)
  void anyJsonTextIsAPolicyOrAQuietRefusal(@ForAll("jsonText") String json) {
    quiet(() -> PolicyFiles.fromJson(json, "generated"), true);
  }

  /** Lines of a properties file: keys and marked values, separators, comments, continuations, broken escapes, junk. */
  @Provide
  Arbitrary<String> propertiesText() {
    Arbitrary<String> separator = Arbitraries.of("=", ":", " ", " = ", "\t:");
    Arbitrary<String> assignment = Combinators.combine(Arbitraries.of(KEYS), separator, values(), Arbitraries.of("", "\\", "\\u00", "\\uZZZZ"))
        .as((k, sep, v, tail) -> k.replace(" ", "\\ ") + sep + v + tail);
    Arbitrary<String> other = Arbitraries.of("# a comment " + MARKER, "! " + MARKER, "", "   ", "\\", "=" + MARKER, "\u0000=1");
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(12);
    Arbitrary<String> huge = Arbitraries.integers().between(PolicyFiles.MAX_TEXT_LENGTH - 1, PolicyFiles.MAX_TEXT_LENGTH + 1)
        .flatMap(n -> Arbitraries.of("description=" + MARKER + "x".repeat(n), "k".repeat(n) + "=1"));
    Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(10, assignment), Tuple.of(2, other), Tuple.of(2, anything), Tuple.of(1, huge));
    return Combinators.combine(line.list().ofMaxSize(20), Arbitraries.of("\n", "\r\n", "\r"))
        .as((lines, end) -> String.join(end, lines));
  }

  @Property(tries = 1500)
  void anyPropertiesTextIsAPolicyOrAQuietRefusal(@ForAll("propertiesText") String text) {
    quiet(() -> PolicyFiles.fromPropertiesText(text, "generated"), true);
  }

  /**
   * Runs one read: a policy, or a refusal of the family whose message is one line and carries no
   * marked value (outside the key it names, where {@code keyMayCarryIt}). Any other exception or
   * error escapes and fails the property.
   */
  private static void quiet(Supplier<ThresholdPolicy> read, boolean keyMayCarryIt) {
    try {
      assertNotNull(read.get());
    } catch (InvalidInputException refused) {
      String message = refused.getMessage();
      assertNotNull(message);
      for (int i = 0; i < message.length(); i++) {
        char c = message.charAt(i);
        assertFalse(c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029',
            "a line break or control character in: " + message.substring(0, Math.min(message.length(), 300)));
      }
      String shown = keyMayCarryIt && message.startsWith(refused.field()) ? message.substring(refused.field().length()) : message;
      assertFalse(shown.contains(MARKER), "a value is echoed: " + message.substring(0, Math.min(message.length(), 300)));
      if (refused instanceof PolicyFormatException) {
        assertEquals("generated", ((PolicyFormatException) refused).source());
      }
      assertTrue(message.length() < 2_000, "a message stays short: " + message.length() + " characters");
    }
  }
}
