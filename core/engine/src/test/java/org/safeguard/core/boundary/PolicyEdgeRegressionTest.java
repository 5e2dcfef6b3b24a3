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
package org.safeguard.core.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.Fixtures;
import org.safeguard.core.LoadingMode;
import org.safeguard.core.PluginLoadException;
import org.safeguard.core.PluginProblem;
import org.safeguard.core.Safeguard;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.core.policy.PolicyFormatException;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.ThresholdPolicyProvider;

/**
 * One named test for each policy-file defect of issue 10 ("every edge typed, bounded and quiet"):
 * a JSON policy nested thousands deep overflowed the stack of the hand-written parser; a key given
 * twice in the properties form quietly took the last value; a file of any size was loaded whole; a
 * directory was reported as missing; a misspelt instrument id in a band key built and left the
 * instrument without bands; and the README showed a JSON policy that the reader refuses. Generated
 * bad policy text is in {@code PolicyTextProperties}.
 */
class PolicyEdgeRegressionTest {
  private static final String COUNTY = String.join("\n",
      "id=county-example",
      "version=2024.1",
      "bands.test-checklist.standard=0-9",
      "bands.test-checklist.medium=10-13",
      "bands.test-checklist.high=14+",
      "marac.minimum-age=16",
      "");

  @TempDir Path dir;

  @Test
  void anEmptyOrBlankKeyIsRefusedNamingAFieldThatCanBeSeen() {
    // GeneratedInputProperties found this: an ideographic space is a key to Properties, and the
    // refusal named the field "\u3000", which reads as nothing
    PolicyFormatException blank = assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromPropertiesText(COUNTY + "\u3000=1\n", "county.properties"));
    assertEquals("(a blank key: \\u3000)", blank.field());
    assertTrue(blank.getMessage().startsWith("(a blank key: \\u3000) = <withheld>: unknown key;"), blank.getMessage());
    assertEquals("(an empty key)", assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromPropertiesText(COUNTY + "=1\n", "county.properties")).field());
    assertEquals("(an empty key)", assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromJson("{\"id\": \"county-example\", \"version\": \"1\", \"\": \"1\"}", "county.json")).field());
    String wide = "\u2003".repeat(20);
    assertEquals("(a blank key: " + "\\u2003".repeat(8) + "... (20 characters))", assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromPropertiesText(COUNTY + wide + "=1\n", "county.properties")).field());
  }

  @Test
  void policyJsonNestedThousandsDeepIsRefusedNotAStackOverflow() {
    for (int depth : new int[] {3_000, 100_000}) {
      String json = "{\"a\": ".repeat(depth) + "\"1\"" + "}".repeat(depth);
      PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromJson(json, "deep.json"));
      assertTrue(e.rule().contains("nest at most " + PolicyFiles.MAX_NESTING_DEPTH + " deep"), e.getMessage());
      assertEquals("deep.json", e.source());
      assertTrue(e.value().startsWith("line 1, column "), e.value());
    }
    // arrays nest as deep in two characters a level, and are refused at the first
    String arrays = "{\"id\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromJson(arrays, "arrays.json"));
    assertEquals("id", e.field());
    assertEquals("line 1, column 8", e.value());
    // as deep as a policy may nest is read, and refused only for its unknown key
    String deepest = "{\"a\": ".repeat(PolicyFiles.MAX_NESTING_DEPTH - 1) + "{\"b\": \"1\"}" + "}".repeat(PolicyFiles.MAX_NESTING_DEPTH - 1);
    PolicyFormatException unknown = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromJson(deepest, "ok.json"));
    assertEquals("a.".repeat(PolicyFiles.MAX_NESTING_DEPTH - 1) + "b", unknown.field());
    assertTrue(unknown.rule().startsWith("unknown key"), unknown.rule());
  }

  @Test
  void duplicateKeyInPropertiesPolicyIsRefusedLikeJson() throws IOException {
    String twice = COUNTY + "marac.minimum-age = eighteen\n";
    Path file = Files.writeString(dir.resolve("county.properties"), twice);
    PolicyFormatException fromFile = assertThrows(PolicyFormatException.class, () -> PolicyFiles.read(file));
    assertEquals("marac.minimum-age", fromFile.field());
    assertEquals(file.toString(), fromFile.source());
    assertTrue(fromFile.rule().contains("a key appears once"), fromFile.rule());
    assertFalse(fromFile.getMessage().contains("eighteen"), "the value is not echoed: " + fromFile.getMessage());

    PolicyFormatException fromText = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromPropertiesText(twice, "upload"));
    assertEquals("marac.minimum-age", fromText.field());

    PolicyFormatException json = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromJson(
        "{\"id\": \"county-example\", \"version\": \"1\", \"marac\": {\"minimum-age\": 16},\n \"marac.minimum-age\": 18}", "c.json"));
    assertEquals("marac.minimum-age", json.field());
    assertEquals("line 2, column 23", json.value());
    assertEquals(fromFile.rule().replace(" (in " + file + ")", ""), json.rule().replace(" (in c.json)", ""),
        "the same rule in both forms");

    // the same key written two ways in the properties form is the same key
    PolicyFormatException escaped = assertThrows(PolicyFormatException.class,
        () -> PolicyFiles.fromPropertiesText(COUNTY + "marac.minimum\\-age:17\n", "upload"));
    assertEquals("marac.minimum-age", escaped.field());
  }

  @Test
  void policyFileOverTheSizeLimitIsRefused() throws IOException {
    // a valid policy padded with a comment to one byte over the limit
    String padded = COUNTY + "#" + "x".repeat(PolicyFiles.MAX_FILE_BYTES - COUNTY.length() - 1) + "\n";
    assertEquals(PolicyFiles.MAX_FILE_BYTES + 1, padded.getBytes(StandardCharsets.UTF_8).length);
    String atLimit = padded.substring(0, padded.length() - 2) + "\n";

    Path file = Files.writeString(dir.resolve("big.properties"), padded);
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFiles.read(file));
    assertEquals(file.toString(), e.source());
    assertTrue(e.getMessage().contains(String.valueOf(PolicyFiles.MAX_FILE_BYTES)), e.getMessage());
    assertEquals("county-example", PolicyFiles.read(Files.writeString(dir.resolve("limit.properties"), atLimit)).id());

    ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    PolicyFormatException resource = assertThrows(PolicyFormatException.class, () -> PolicyFiles.readResource(loader, "big.properties"));
    assertEquals("classpath:big.properties", resource.source());
    assertTrue(resource.rule().contains("at most " + PolicyFiles.MAX_FILE_BYTES + " bytes"), resource.rule());

    assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromPropertiesText(padded, "upload"));
    // three bytes a character in UTF-8: a third of the limit in characters is already over it
    String wide = "{\"description\": \"" + "\u20ac".repeat(PolicyFiles.MAX_FILE_BYTES / 3) + "\"}";
    PolicyFormatException json = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromJson(wide, "wide.json"));
    assertTrue(json.rule().contains("at most " + PolicyFiles.MAX_FILE_BYTES + " bytes"), json.rule());

    Properties many = new Properties();
    for (int i = 0; i < 200; i++) {
      many.setProperty("description" + i, "x".repeat(PolicyFiles.MAX_TEXT_LENGTH));
    }
    assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromProperties(many, "code"));
    Properties oneLong = new Properties();
    oneLong.setProperty("description", "x".repeat(PolicyFiles.MAX_TEXT_LENGTH + 1));
    PolicyFormatException value = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromProperties(oneLong, "code"));
    assertEquals("description", value.field());
    String longJson = "{\"description\": \"" + "x".repeat(PolicyFiles.MAX_TEXT_LENGTH + 1) + "\"}";
    PolicyFormatException string = assertThrows(PolicyFormatException.class, () -> PolicyFiles.fromJson(longJson, "long.json"));
    assertEquals("description", string.field());
    assertTrue(string.rule().contains("at most " + PolicyFiles.MAX_TEXT_LENGTH + " characters"), string.rule());
  }

  @Test
  void directoryGivenAsPolicyFileSaysItIsADirectory() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("county.properties"));
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyFiles.read(folder));
    assertEquals(folder.toString(), e.source());
    assertTrue(e.rule().contains("is a directory"), e.rule());
    assertFalse(e.rule().contains("no such file"), e.rule());

    PolicyFormatException atBuild = assertThrows(PolicyFormatException.class,
        () -> Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider()).thresholdPolicyFile(folder).build());
    assertTrue(atBuild.rule().contains("is a directory"), atBuild.rule());

    PolicyFormatException missing = assertThrows(PolicyFormatException.class, () -> PolicyFiles.read(dir.resolve("absent.properties")));
    assertTrue(missing.rule().contains("no such file"), missing.rule());
  }

  /** A shipped policy for an instrument this deployment did not install. */
  public static final class OtherCountyProvider implements ThresholdPolicyProvider {
    @Override
    public String id() {
      return "other-county";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public ThresholdPolicy load(SetupContext context) {
      return PolicyFiles.fromPropertiesText("id=other-county\nversion=1\nbands.not-installed.standard=0-9\nbands.not-installed.high=10+\n",
          "other-county.properties");
    }
  }

  @Test
  void misspeltInstrumentIdInBandKeysIsRefusedAtBuild() {
    String misspeltTable = "bands.test-checklst.standard=0-13\nbands.test-checklst.high=14+\n";
    ThresholdPolicy misspelt = PolicyFiles.fromPropertiesText(COUNTY.replace("test-checklist", "test-checklst"), "misspelt.properties");
    PluginLoadException e = assertThrows(PluginLoadException.class,
        () -> Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider()).thresholdPolicy(misspelt).build());
    assertEquals("county-example", e.providerId());
    assertTrue(e.getMessage().contains("'test-checklst'") && e.getMessage().contains("did you mean 'test-checklist'?")
        && e.getMessage().contains("loaded instruments: [test-checklist]"), e.getMessage());

    // an id near none of the loaded ones is named without a guess
    ThresholdPolicy unrelated = PolicyFiles.fromPropertiesText(COUNTY.replace("test-checklist", "quite-another-scale"), "other.properties");
    PluginLoadException far = assertThrows(PluginLoadException.class,
        () -> Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider()).thresholdPolicy(unrelated).build());
    assertTrue(far.getMessage().contains("'quite-another-scale'") && !far.getMessage().contains("did you mean"), far.getMessage());

    // beside a right table, in agency bands, service thresholds, completeness rules and the MARAC medium-risk route alike
    for (String keys : new String[] {misspeltTable, misspeltTable.replace("checklst.", "checklst@police."),
        "service.idva-service.test-checklst.minimum-score=10\n", "completeness.test-checklst.minimum-answered=12\n",
        "marac.medium-risk.band=10-13\nmarac.medium-risk.instrument=test-checklst\n"}) {
      ThresholdPolicy policy = PolicyFiles.fromPropertiesText(COUNTY + keys, "county.properties");
      PluginLoadException named = assertThrows(PluginLoadException.class,
          () -> Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider()).thresholdPolicy(policy).build());
      assertTrue(named.getMessage().contains("'test-checklst'"), named.getMessage());
    }

    // lenient loading reports it and carries on with the policy, which bands what it can
    Safeguard lenient = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider())
        .thresholdPolicy(PolicyFiles.fromPropertiesText(COUNTY + misspeltTable, "county.properties"))
        .loading(LoadingMode.LENIENT).build();
    assertEquals(1, lenient.problems().size());
    PluginProblem problem = lenient.problems().get(0);
    assertEquals("county-example", problem.providerId());
    assertEquals(RiskLevel.HIGH, lenient.assess(lenient.responses("test-checklist").yes(Fixtures.ITEMS.split(" ")).build()).level().orElseThrow());

    // an instrument that failed to load is reported once, as itself, not again for each policy that names it
    Safeguard broken = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider()).addInstrument(new Fixtures.BrokenProvider())
        .thresholdPolicy(PolicyFiles.fromPropertiesText(COUNTY + misspeltTable.replace("test-checklst", "broken-checklist"), "county.properties"))
        .loading(LoadingMode.LENIENT).build();
    assertEquals(1, broken.problems().size());
    assertEquals("broken-checklist", broken.problems().get(0).providerId());

    // a policy loaded but not in force may cover instruments this deployment did not install
    Safeguard notInForce = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider())
        .addThresholdPolicy(new Fixtures.PolicyProvider()).addThresholdPolicy(new OtherCountyProvider())
        .thresholdPolicy("test-policy").build();
    assertTrue(notInForce.policies().containsKey("other-county"));
    assertTrue(notInForce.problems().isEmpty());
  }

  /** The repository root: where Maven was started, as the build passes it, or else found above the working directory. */
  private static Path root() {
    String given = System.getProperty("safeguard.root");
    if (given != null && !given.isBlank()) {
      return Path.of(given);
    }
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !(Files.exists(here.resolve("README.md")) && Files.exists(here.resolve("mvnw")))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new AssertionError("no README.md beside mvnw above " + Path.of("").toAbsolutePath());
    }
    return here;
  }

  /** The first fenced block of a language after a heading of the README. */
  private static String fenced(String readme, String heading, String language) {
    int section = readme.indexOf("\n## " + heading + "\n");
    assertTrue(section >= 0, "the README has no section " + heading);
    String open = "\n```" + language + "\n";
    int start = readme.indexOf(open, section);
    int next = readme.indexOf("\n## ", section + 1);
    assertTrue(start >= 0 && (next < 0 || start < next), "the section " + heading + " shows no " + language + " block");
    int end = readme.indexOf("\n```\n", start + open.length());
    return readme.substring(start + open.length(), end + 1);
  }

  @Test
  void readmePolicyExamplesAreReadAsWritten() throws IOException {
    String readme = Files.readString(root().resolve("README.md"));
    ThresholdPolicy properties = PolicyFiles.fromPropertiesText(fenced(readme, "Local thresholds without code", "properties"), "README.md");
    ThresholdPolicy json = PolicyFiles.fromJson(fenced(readme, "Local thresholds without code", "json"), "README.md");
    assertEquals("county-example", properties.id());
    assertEquals(properties, json, "the README says the JSON holds the same keys as the properties");
  }
}
