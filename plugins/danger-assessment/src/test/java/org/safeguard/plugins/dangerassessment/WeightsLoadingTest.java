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
package org.safeguard.plugins.dangerassessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.LoadingMode;
import org.safeguard.core.PluginLoadException;
import org.safeguard.core.PluginProblem;
import org.safeguard.core.Safeguard;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;

/**
 * Where the licensed weights come from and what is refused: the official weights of Campbell's
 * Danger Assessment come with its scoring sheet and certification training, not with the published
 * form, so they are licensed configuration data: the plugin ships none and loads the licence
 * holder's file. Every file here holds made-up test
 * weights.
 */
class WeightsLoadingTest {
  @TempDir
  Path dir;

  private int files;

  private static String fixtureText() throws IOException {
    try (InputStream in = WeightsLoadingTest.class.getClassLoader().getResourceAsStream(TestFixtures.WEIGHTS_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The made-up fixture with one line changed, removed (replacement null) or added (target null). */
  private Path fixtureWith(String target, String replacement) throws IOException {
    String text = fixtureText();
    if (target == null) {
      text = text + replacement + "\n";
    } else {
      assertTrue(text.contains(target + "\n"), target);
      text = text.replace(target + "\n", replacement == null ? "" : replacement + "\n");
    }
    Path file = dir.resolve("weights-" + (++files) + ".properties");
    Files.writeString(file, text);
    return file;
  }

  private static WeightsException refused(Path file) {
    return assertThrows(WeightsException.class,
        () -> new DangerAssessmentProvider().load(new TestFixtures.Setup(Map.of("weights", file.toString()))));
  }

  private static <T> T withContextLoader(ClassLoader loader, Supplier<T> action) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private Path defaultLocationUnder(String name) throws IOException {
    Path root = dir.resolve(name);
    Path file = root.resolve(DangerAssessmentProvider.DEFAULT_WEIGHTS_RESOURCE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, fixtureText());
    return root;
  }

  @Test
  void withNoWeightsStrictLoadingFailsTheBuildNamingDangerAssessmentAndSayingWhatToSupply() {
    PluginLoadException e = assertThrows(PluginLoadException.class,
        () -> Safeguard.builder().thresholdPolicy(TestFixtures.TEST_POLICY).build());
    assertEquals("danger-assessment", e.providerId());
    WeightsException cause = assertInstanceOf(WeightsException.class, e.getCause());
    assertEquals("weights", cause.field());
    assertTrue(e.getMessage().contains("danger-assessment"), e.getMessage());
    assertTrue(e.getMessage().contains(DangerAssessmentProvider.DEFAULT_WEIGHTS_RESOURCE), e.getMessage());
    assertTrue(e.getMessage().contains("configure(\"danger-assessment\", \"weights\""), e.getMessage());
  }

  @Test
  void withNoWeightsLenientLoadingLeavesTheInstrumentOutAndListsTheProblem() {
    Safeguard lenient = Safeguard.builder().thresholdPolicy(TestFixtures.TEST_POLICY).loading(LoadingMode.LENIENT).build();
    assertFalse(lenient.instruments().containsKey("danger-assessment"));
    List<PluginProblem> problems = lenient.problems();
    assertEquals(1, problems.size());
    assertEquals("danger-assessment", problems.get(0).providerId());
    assertTrue(problems.get(0).problem().contains("weights are licensed"), problems.get(0).problem());
  }

  @Test
  void weightsConfiguredAsAFilePathAreLoaded() throws IOException {
    Path file = dir.resolve("licence-holder-weights.properties");
    Files.writeString(file, fixtureText());
    Safeguard engine = Safeguard.builder()
        .thresholdPolicy(TestFixtures.TEST_POLICY)
        .configure("danger-assessment", "weights", file.toString())
        .build();
    assertEquals(3, engine.instrument("danger-assessment").rawScore(
        engine.responses("danger-assessment").yes("abuser-owns-gun", "violence-increased").build()));
  }

  @Test
  void weightsAtTheDefaultClasspathLocationAreFoundWithoutConfiguration() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {defaultLocationUnder("licensed").toUri().toURL()}, getClass().getClassLoader())) {
      Instrument da = withContextLoader(loader, () -> new DangerAssessmentProvider().load(new TestFixtures.Setup(Map.of())));
      assertEquals(24, da.items().size());
      assertEquals(3, da.rawScore(org.safeguard.model.Responses.builder(da).yes("abuser-owns-gun", "violence-increased").build()));
    }
  }

  @Test
  void twoCopiesAtTheDefaultLocationAreRefusedAsAmbiguous() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {
        defaultLocationUnder("first").toUri().toURL(), defaultLocationUnder("second").toUri().toURL()}, getClass().getClassLoader())) {
      WeightsException e = withContextLoader(loader, () -> assertThrows(WeightsException.class,
          () -> new DangerAssessmentProvider().load(new TestFixtures.Setup(Map.of()))));
      assertEquals("weights", e.field());
      assertTrue(e.rule().contains("more than once"), e.rule());
    }
  }

  @Test
  void anItemMissingFromTheWeightsIsATypedErrorNamingIt() throws IOException {
    WeightsException e = refused(fixtureWith("strangulation=2", null));
    assertEquals("strangulation", e.field());
    assertEquals("(missing)", e.value());
  }

  @Test
  void anUnknownItemIsATypedErrorNamingTheKey() throws IOException {
    WeightsException e = refused(fixtureWith(null, "strangulaton=2"));
    assertEquals("strangulaton", e.field());
    assertTrue(e.rule().contains("not a Danger Assessment item"), e.rule());
  }

  @Test
  void aNonIntegerWeightIsATypedErrorNamingTheKey() throws IOException {
    for (String bad : List.of("1.5", "two", "", "0x2", "99999999999")) {
      WeightsException e = refused(fixtureWith("forced-sex=1", "forced-sex=" + bad));
      assertEquals("forced-sex", e.field(), bad);
      assertEquals(bad, e.value());
    }
  }

  @Test
  void aNegativeWeightIsATypedErrorNamingTheKey() throws IOException {
    WeightsException e = refused(fixtureWith("never-lived-together=0", "never-lived-together=-3"));
    assertEquals("never-lived-together", e.field());
    assertTrue(e.rule().contains("negative"), e.rule());
  }

  @Test
  void aWeightAboveTheCeilingIsRefused() throws IOException {
    assertEquals("abuser-owns-gun", refused(fixtureWith("abuser-owns-gun=2", "abuser-owns-gun=1001")).field());
  }

  @Test
  void anItemGivenTwiceIsRefusedRatherThanTheLastSilentlyWinning() throws IOException {
    WeightsException e = refused(fixtureWith(null, "threats-to-kill=9"));
    assertEquals("threats-to-kill", e.field());
    assertTrue(e.rule().contains("more than once"), e.rule());
  }

  @Test
  void aMissingFileOrResourceIsATypedErrorNamingTheWeightsKey() {
    WeightsException file = refused(dir.resolve("nowhere.properties"));
    assertEquals("weights", file.field());
    assertTrue(file.rule().contains("no such file"), file.rule());
    WeightsException resource = assertThrows(WeightsException.class, () -> new DangerAssessmentProvider()
        .load(new TestFixtures.Setup(Map.of("weights", "classpath:org/example/no-such-weights.properties"))));
    assertEquals("weights", resource.field());
    assertEquals("classpath:org/example/no-such-weights.properties", resource.source());
  }

  @Test
  void anUnknownConfigurationKeyIsRefusedSoAMisspeltKeyCannotFallBackToTheDefault() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new DangerAssessmentProvider().load(new TestFixtures.Setup(Map.of("weight", "classpath:" + TestFixtures.WEIGHTS_RESOURCE))));
    assertEquals("configuration.weight", e.field());
  }

  @Test
  void theMadeUpWeightsLoadAsWritten() {
    Map<String, Integer> weights = TestFixtures.madeUpWeights();
    for (String item : TestFixtures.DA.itemIds()) {
      int alone = TestFixtures.DA.rawScore(TestFixtures.ENGINE.responses("danger-assessment").yes(item).build());
      assertEquals(weights.get(item), alone, item);
    }
  }
}
