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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit the README states for a policy file, at its edge: the largest input a limit allows
 * is read as any other, one more is refused with that limit's own rule, and the refusal points at
 * where the text broke it.
 */
class PolicyLimitsTest {
  private static final String COUNTY = String.join("\n",
      "id=county-example",
      "version=2024.1",
      "bands.ten-items.standard=0-4",
      "bands.ten-items.high=5+",
      "");
  private static final String TOO_LARGE = "more than " + PolicyFiles.MAX_FILE_BYTES + " bytes";

  /** The county policy, then a comment of {@code filler} and single bytes making exactly {@code bytes} bytes of UTF-8. */
  private static String paddedTo(int bytes, String filler) {
    String head = COUNTY + "#";
    int room = bytes - head.getBytes(StandardCharsets.UTF_8).length;
    int each = filler.getBytes(StandardCharsets.UTF_8).length;
    return head + filler.repeat(room / each) + "a".repeat(room % each);
  }

  @Test
  void aPolicyTextOfExactlyTheByteLimitIsReadAndOneByteMoreIsRefused() {
    // one, two, three and four bytes a character in UTF-8, at the edges of each width
    for (String filler : List.of("a", "\u0080", "\u07ff", "\u0800", "\uffee", "\ud83d\ude00")) {
      String largest = paddedTo(PolicyFiles.MAX_FILE_BYTES, filler);
      assertEquals(PolicyFiles.MAX_FILE_BYTES, largest.getBytes(StandardCharsets.UTF_8).length);
      assertEquals("county-example", PolicyFiles.fromPropertiesText(largest, "big.properties").id(), filler);

      PolicyFormatException e = assertThrows(PolicyFormatException.class,
          () -> PolicyFiles.fromPropertiesText(largest + "a", "big.properties"), filler);
      assertEquals("text", e.field());
      assertEquals(TOO_LARGE, e.value());
      assertTrue(e.rule().startsWith("a policy file is at most 1048576 bytes (1 MiB)"), e.rule());
    }
  }

  @Test
  void aJsonPolicyOfExactlyTheByteLimitIsReadAndOneByteMoreIsRefused() {
    String json = "{\"id\": \"county-example\", \"version\": \"1\", \"bands\": {\"ten-items\": {\"standard\": \"0-4\", \"high\": \"5+\"}}}";
    String largest = json + " ".repeat(PolicyFiles.MAX_FILE_BYTES - json.length());
    assertEquals("county-example", PolicyFiles.fromJson(largest, "big.json").id());
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromJson(largest + " ", "big.json"));
    assertEquals("json", e.field());
    assertEquals(TOO_LARGE, e.value());
  }

  @Test
  void aFileOfExactlyTheByteLimitIsReadAndOneByteMoreIsRefusedUnread(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("county.properties");
    Files.writeString(file, paddedTo(PolicyFiles.MAX_FILE_BYTES, "\u0800"));
    assertEquals("county-example", PolicyFiles.read(file).id());
    Files.writeString(file, paddedTo(PolicyFiles.MAX_FILE_BYTES + 1, "a"));
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFiles.read(file));
    assertEquals("file", e.field());
    assertEquals(TOO_LARGE, e.value());
  }

  @Test
  void aByteOrderMarkAtTheStartOfAFileIsNotPartOfTheFirstKey(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("county.properties");
    Files.writeString(file, "\uFEFF" + COUNTY);
    assertEquals("county-example", PolicyFiles.read(file).id());
    Path json = dir.resolve("county.json");
    Files.writeString(json, "\uFEFF{\"id\": \"county-example\", \"version\": \"1\", \"bands\": {\"ten-items\": {\"standard\": \"0+\"}}}");
    assertEquals("county-example", PolicyFiles.read(json).id());
  }

  @Test
  void somethingThatIsNeitherFileNorDirectoryIsRefusedAsSuch() {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "a device file to read");
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFiles.read(device));
    assertEquals("file", e.field());
    assertTrue(e.rule().startsWith("is not a regular file"), e.rule());
  }

  @Test
  void aKeyOrValueBuiltInCodeIsHeldToTheTextLimit() {
    String longest = "k".repeat(PolicyFiles.MAX_TEXT_LENGTH);
    Properties atLimit = withCounty();
    atLimit.setProperty(longest, "1");
    // as long as a key may be, so refused only as a key the reader does not know
    assertNotEquals(longestRule(), assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromProperties(atLimit, "code")).rule());

    Properties keyOver = withCounty();
    keyOver.setProperty(longest + "k", "1");
    assertEquals(longestRule(), assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromProperties(keyOver, "code")).rule());

    Properties valueAtLimit = withCounty();
    valueAtLimit.setProperty("version", "9".repeat(PolicyFiles.MAX_TEXT_LENGTH));
    // as long as a value may be, so refused only as a version too long to be one
    assertNotEquals(longestRule(), assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromProperties(valueAtLimit, "code")).rule());

    Properties valueOver = withCounty();
    valueOver.setProperty("version", "9".repeat(PolicyFiles.MAX_TEXT_LENGTH + 1));
    assertEquals(longestRule(), assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromProperties(valueOver, "code")).rule());
  }

  private static String longestRule() {
    return "a key or value in a policy is at most " + PolicyFiles.MAX_TEXT_LENGTH + " characters (in code)";
  }

  @Test
  void propertiesBuiltInCodeAreHeldToTheFileLimitInAll() {
    // keys and values count as a file would hold them: each with its '=' and line break
    Properties atLimit = filledTo(PolicyFiles.MAX_FILE_BYTES);
    PolicyFormatException unknown = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromProperties(atLimit, "code"));
    assertNotEquals("properties", unknown.field(), "within the limit, so refused only for its unknown keys");

    PolicyFormatException over = assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromProperties(filledTo(PolicyFiles.MAX_FILE_BYTES + 1), "code"));
    assertEquals("properties", over.field());
    assertEquals(TOO_LARGE, over.value());
  }

  /** Properties whose keys and values, each counted with two characters more, make exactly {@code total}. */
  private static Properties filledTo(int total) {
    Properties p = new Properties();
    int left = total;
    for (int i = 0; left > 0; i++) {
      String key = String.format("x.%05d", i);
      int value = Math.min(PolicyFiles.MAX_TEXT_LENGTH, left - key.length() - 2);
      p.setProperty(key, "v".repeat(value));
      left -= key.length() + value + 2;
    }
    return p;
  }

  @Test
  void aKeyThatIsNotTextIsRefusedByItsValueAsText() {
    Properties p = withCounty();
    p.put(42, "x");
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromProperties(p, "code"));
    assertEquals("42", e.field());
    assertTrue(e.rule().startsWith("a policy's keys and values are text (String)"), e.rule());
  }

  private static Properties withCounty() {
    Properties p = new Properties();
    p.setProperty("id", "county-example");
    p.setProperty("version", "2024.1");
    p.setProperty("bands.ten-items.standard", "0+");
    return p;
  }

  @Test
  void jsonObjectsNestToTheDepthLimitAndNoDeeper() {
    PolicyFormatException atLimit = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromJson(nested(PolicyFiles.MAX_NESTING_DEPTH), "deep.json"));
    assertEquals("k" + ".k".repeat(PolicyFiles.MAX_NESTING_DEPTH - 1), atLimit.field(), "refused only for its unknown key");
    assertTrue(atLimit.rule().startsWith("unknown key"), atLimit.rule());

    PolicyFormatException over = assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromJson(nested(PolicyFiles.MAX_NESTING_DEPTH + 1), "deep.json"));
    assertEquals("k" + ".k".repeat(PolicyFiles.MAX_NESTING_DEPTH - 1), over.field());
    assertTrue(over.rule().startsWith("objects nest at most 16 deep in a policy"), over.rule());
  }

  /** {@code depth} objects, one inside the other, the innermost holding one string. */
  private static String nested(int depth) {
    return "{\"k\": ".repeat(depth - 1) + "{\"k\": \"v\"" + "}".repeat(depth);
  }

  @Test
  void eachJsonLimitIsNamedWithTheKeyItWasMetUnder() {
    String longText = "x".repeat(PolicyFiles.MAX_TEXT_LENGTH + 1);
    PolicyFormatException string = assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromJson("{\"id\": \"" + longText + "\"}", "long.json"));
    assertEquals("id", string.field());
    assertTrue(string.rule().startsWith("a key or string in a policy is at most 10000 characters"), string.rule());

    PolicyFormatException name = assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromJson("{\"id\": \"a\", \"" + longText + "\": \"b\"}", "long.json"));
    assertEquals("(document)", name.field(), "a name too long to read is not shown");
    assertTrue(name.rule().startsWith("a key or string in a policy is at most 10000 characters"), name.rule());

    PolicyFormatException number = assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromJson("{\"marac\": {\"minimum-age\": " + "1".repeat(PolicyJsonReader.MAX_NUMBER_LENGTH + 1) + "}}", "n.json"));
    // jackson reads a number with the name before it, so the refusal points at the name instead
    assertEquals("(document)", number.field());
    assertEquals("line 1, column 12", number.value());
    assertTrue(number.rule().startsWith("a number in a policy is at most 20 characters"), number.rule());
  }

  @Test
  void aDecimalNumberReachesTheKeysOwnRule() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromJson(
        "{\"id\": \"c\", \"version\": \"1\", \"bands\": {\"t\": {\"standard\": \"0+\"}}, \"marac\": {\"minimum-age\": 16.5}}", "d.json"));
    assertEquals("marac.minimum-age", e.field());
    assertEquals("16.5", e.value());
  }

  @Test
  void onlyOneJsonObjectIsAPolicy() {
    for (String notAnObject : List.of("[1]", "\"policy\"", "")) {
      PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromJson(notAnObject, "x.json"), notAnObject);
      assertEquals("(document)", e.field());
      assertEquals("line 1, column 1", e.value(), notAnObject);
      assertTrue(e.rule().startsWith("a policy is one JSON object, written {...}"), e.rule());
    }
    PolicyFormatException twice = assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromJson("{\"id\": \"c\"}\n{}", "x.json"));
    assertEquals("(end)", twice.field());
    assertEquals("line 2, column 1", twice.value());
    assertTrue(twice.rule().startsWith("nothing may follow the policy object"), twice.rule());
  }

  @Test
  void aKeyGivenTwiceInJsonIsRefusedWhereItIsGivenAgain() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromJson("{\n  \"id\": \"a\",\n  \"id\": \"b\"\n}", "twice.json"));
    assertEquals("id", e.field());
    assertEquals("line 3, column 9", e.value());
    assertTrue(e.rule().startsWith("a key appears once in a policy; it is given twice"), e.rule());
  }

  @Test
  void aRefusedKeyIsShownOnOneLineAndCutShort() {
    assertEquals("a\\u000ab\\u2028c\\u007fd\\u0085e", PolicyFormatException.shown("a\nb\u2028c\u007fd\u0085e"));
    String longKey = "k".repeat(PolicyFormatException.KEY_SHOWN);
    assertEquals(longKey, PolicyFormatException.shown(longKey));
    assertEquals(longKey + "... (201 characters)", PolicyFormatException.shown(longKey + "k"));
    // a character outside the basic plane is not split where the key is cut
    String split = "k".repeat(PolicyFormatException.KEY_SHOWN - 1) + "\ud83d\ude00";
    assertEquals("k".repeat(PolicyFormatException.KEY_SHOWN - 1) + "... (201 characters)", PolicyFormatException.shown(split));
    assertEquals("null", PolicyFormatException.shown(null));
  }
}
