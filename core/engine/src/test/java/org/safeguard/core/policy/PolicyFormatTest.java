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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.model.BandTable;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;

class PolicyFormatTest {
  private static final String COUNTY = String.join("\n",
      "id=county-example",
      "version=2024.1",
      "bands.ten-items.standard=0-4",
      "bands.ten-items.medium=5-6",
      "bands.ten-items.high=7+",
      "marac.escalation.incidents=4",
      "marac.escalation.window-months=6");

  private static ThresholdPolicy parse(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return PolicyFiles.fromProperties(p, "test.properties");
  }

  @Test
  void aCountySetsItsOwnBandsAndMaracNumbersWithoutCode() {
    ThresholdPolicy policy = parse(COUNTY);
    assertEquals("county-example", policy.id());
    BandTable bands = policy.bandsFor("ten-items").orElseThrow();
    assertEquals(RiskLevel.STANDARD, bands.bandFor(4).level());
    assertEquals(RiskLevel.MEDIUM, bands.bandFor(5).level());
    assertEquals(RiskLevel.MEDIUM, bands.bandFor(6).level());
    assertEquals(RiskLevel.HIGH, bands.bandFor(7).level());
    assertEquals(RiskLevel.HIGH, bands.bandFor(10).level());
    assertEquals(4, policy.marac().escalationIncidents());
    assertEquals(6, policy.marac().escalationWindowMonths());
    assertEquals(12, policy.marac().repeatWindowMonths(), "unset numbers keep the SafeLives default");
    assertEquals(16, policy.marac().minimumAge());
  }

  @Test
  void aPolicyIsReadFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("county.properties");
    Files.writeString(file, COUNTY);
    assertEquals(parse(COUNTY), PolicyFiles.read(file));
  }

  @Test
  void aMissingFileIsAFormatErrorNamingTheFile(@TempDir Path dir) {
    Path file = dir.resolve("absent.properties");
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFiles.read(file));
    assertEquals(file.toString(), e.source());
  }

  @Test
  void aMisspeltKeyIsRefusedNotIgnored() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> parse(COUNTY + "\nmarac.escalation.incident=2"));
    assertEquals("marac.escalation.incident", e.field());
    assertEquals("2", e.value());
    assertTrue(e.getMessage().contains("test.properties"), e.getMessage());
  }

  @Test
  void aGapBetweenBandsIsRefused() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class,
        () -> parse(COUNTY.replace("medium=5-6", "medium=5-5")));
    assertTrue(e.rule().contains("without gaps"), e.rule());
  }

  @Test
  void aBandThatStepsDownALevelIsRefused() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> parse(String.join("\n",
        "id=x", "version=1", "bands.ten-items.high=0-4", "bands.ten-items.standard=5+")));
    assertTrue(e.rule().contains("lower level"), e.rule());
  }

  @Test
  void aTopBandWithAnUpperEndIsRefused() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> parse(COUNTY.replace("high=7+", "high=7-10")));
    assertTrue(e.rule().contains("open-ended"), e.rule());
  }

  @Test
  void aBandThatIsNotARangeIsRefusedWithItsKeyAndValue() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> parse(COUNTY.replace("medium=5-6", "medium=five")));
    assertEquals("bands.ten-items.medium", e.field());
    assertEquals("five", e.value());
  }

  @Test
  void aBandNameThatIsNoLevelIsRefused() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> parse(COUNTY + "\nbands.ten-items.severe=11+"));
    assertEquals("bands.ten-items.severe", e.field());
  }

  @Test
  void aNonPositiveMaracNumberIsRefused() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> parse(COUNTY + "\nmarac.minimum-age=0"));
    assertEquals("marac.minimum-age", e.field());
  }

  @Test
  void aPolicyWithoutIdIsRefused() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> parse(COUNTY.replace("id=county-example", "")));
    assertEquals("id", e.field());
  }

  private static final String COUNTY_JSON = String.join("\n",
      "{",
      "  \"id\": \"county-example\",",
      "  \"version\": \"2024.1\",",
      "  \"bands\": {\"ten-items\": {\"standard\": \"0-4\", \"medium\": \"5-6\", \"high\": \"7+\"}},",
      "  \"marac\": {\"escalation\": {\"incidents\": 4, \"window-months\": 6}}",
      "}");

  @Test
  void theJsonFormSaysTheSameAsThePropertiesForm(@TempDir Path dir) throws IOException {
    assertEquals(parse(COUNTY), PolicyFiles.fromJson(COUNTY_JSON, "county.json"));
    Path file = dir.resolve("county.json");
    Files.writeString(file, COUNTY_JSON);
    assertEquals(parse(COUNTY), PolicyFiles.read(file));
  }

  @Test
  void malformedJsonIsRefusedNamingWhere() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromJson("{\"id\": \"x\",\n \"version\": true}", "bad.json"));
    assertEquals("version", e.field());
    assertEquals("line 2, column 13", e.value());
    assertEquals("bad.json", e.source());
  }

  @Test
  void aJsonKeyTheReaderDoesNotKnowIsRefusedAsInTheProperties() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromJson(COUNTY_JSON.replace("\"incidents\"", "\"incident\""), "c.json"));
    assertEquals("marac.escalation.incident", e.field());
  }

  @Test
  void aPropertiesFileWithABrokenEscapeIsAFormatError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.properties");
    Files.writeString(file, "id=x\\uZZZZ\n");
    assertThrows(PolicyFormatException.class, () -> PolicyFiles.read(file));
  }

  @Test
  void aKeyOrValueThatIsNotTextIsRefusedRatherThanSkipped() {
    Properties p = new Properties();
    p.setProperty("id", "county-example");
    p.setProperty("version", "1");
    p.setProperty("bands.ten-items.high", "0+");
    p.put("marac.minimum-age", 18);
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromProperties(p, "code"));
    assertEquals("marac.minimum-age", e.field());
  }

  @Test
  void aRefusalNamesTheKeyButNeverTheValueWritten() {
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> parse(COUNTY + "\nmarac.minimum-age=Jane Doe"));
    assertEquals("Jane Doe", e.value(), "kept for the caller's code");
    assertTrue(e.getMessage().startsWith("marac.minimum-age = <withheld>: "), e.getMessage());
  }
}
