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
package org.safeguard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.policy.PolicyFormatException;
import org.safeguard.logcapture.CapturedLogs;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/** The builder refuses what would otherwise be silent: a setting made twice, a resource read too early, an unknown id. */
class BuilderTest {
  private static final String COUNTY = "id=county-file\nversion=1\nbands.test-checklist.standard=0-9\nbands.test-checklist.high=10+\n";

  @TempDir Path dir;

  @BeforeEach
  void clearLogs() {
    CapturedLogs.clear();
  }

  private static Safeguard.Builder engine() {
    return Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider()).addThresholdPolicy(new Fixtures.PolicyProvider());
  }

  /** Each way of naming the policy in force, as a call on a fresh builder. */
  private List<Function<Safeguard.Builder, Safeguard.Builder>> policyCalls() throws IOException {
    Path file = Files.writeString(dir.resolve("county.properties"), COUNTY);
    ThresholdPolicy given = ThresholdPolicy.builder().id("given").version("1").build();
    return List.of(
        b -> b.thresholdPolicy("test-policy"),
        b -> b.thresholdPolicy(given),
        b -> b.thresholdPolicyFile(file),
        b -> b.thresholdPolicyResource("test-policy.properties"));
  }

  @Test
  void namingThePolicyInForceTwiceInDifferentWaysIsRefusedNamingBothCalls() throws IOException {
    List<Function<Safeguard.Builder, Safeguard.Builder>> calls = policyCalls();
    List<String> names = List.of("thresholdPolicy(\"test-policy\")", "thresholdPolicy(given 1)", "thresholdPolicyFile(", "thresholdPolicyResource(");
    for (int first = 0; first < calls.size(); first++) {
      for (int second = 0; second < calls.size(); second++) {
        if (first == second) {
          continue;
        }
        Safeguard.Builder builder = calls.get(first).apply(engine());
        Function<Safeguard.Builder, Safeguard.Builder> then = calls.get(second);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> then.apply(builder));
        assertTrue(e.rule().contains(names.get(first)), e.getMessage());
        assertTrue(e.rule().contains("set once"), e.getMessage());
        assertTrue(e.field().startsWith(names.get(second).substring(0, names.get(second).indexOf('('))), e.getMessage());
      }
    }
  }

  @Test
  void aRefusedSecondPolicyLeavesTheFirstInForce() {
    Safeguard.Builder builder = engine().thresholdPolicy("test-policy");
    assertThrows(InvalidInputException.class, () -> builder.thresholdPolicy("safelives"));
    assertEquals("test-policy", builder.build().policy().id());
  }

  @Test
  void makingTheSameSettingTwiceWithTheSameValueIsAccepted() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    Safeguard engine = engine().thresholdPolicy("test-policy").thresholdPolicy("test-policy")
        .loading(LoadingMode.LENIENT).loading(LoadingMode.LENIENT).clock(clock).clock(clock).build();
    assertEquals("test-policy", engine.policy().id());
  }

  @Test
  void aSecondClassLoaderClockOrLoadingModeIsRefusedNamingTheFirst() {
    ClassLoader other = new URLClassLoader(new URL[0], getClass().getClassLoader());
    InvalidInputException loader = assertThrows(InvalidInputException.class,
        () -> engine().classLoader(getClass().getClassLoader()).classLoader(other));
    assertEquals("classLoader", loader.field());
    assertTrue(loader.rule().contains("conflicts with classLoader("), loader.rule());
    InvalidInputException mode = assertThrows(InvalidInputException.class,
        () -> engine().loading(LoadingMode.LENIENT).loading(LoadingMode.STRICT));
    assertTrue(mode.rule().contains("loading(LENIENT)"), mode.rule());
    assertThrows(InvalidInputException.class, () -> engine().clock(Clock.systemUTC()).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));
  }

  @Test
  void aConfigurationValueSetTwiceDifferentlyIsRefusedNamingTheSettingButNotTheValues() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> engine().configure("test-checklist", "items", "7").configure("test-checklist", "items", "8"));
    assertEquals("configure.test-checklist.items", e.field());
    assertTrue(e.rule().contains("configure(test-checklist, items)"), e.rule());
    assertFalse(e.getMessage().contains("7") || e.getMessage().contains("8"), "a setting can be a secret: " + e.getMessage());
    engine().configure("test-checklist", "items", "7").configure("test-checklist", "items", "7");
  }

  @Test
  void aConfigurationIdOrKeyOutsideTheIdRuleOrAMultiLineValueIsRefused() {
    assertEquals("providerId", assertThrows(InvalidInputException.class,
        () -> engine().configure("test-checklist\nWARN forged", "items", "7")).field());
    assertEquals("key", assertThrows(InvalidInputException.class, () -> engine().configure("test-checklist", "Items ", "7")).field());
    InvalidInputException value = assertThrows(InvalidInputException.class,
        () -> engine().configure("test-checklist", "items", "7\n" + CapturedLogs.MARKER));
    assertFalse(value.getMessage().contains(CapturedLogs.MARKER), value.getMessage());
    assertThrows(InvalidInputException.class,
        () -> engine().configure("test-checklist", "items", "x".repeat(Safeguard.Builder.MAX_SETTING_LENGTH + 1)));
  }

  @Test
  void aPolicyResourceIsReadAtBuildWithTheClassLoaderSetAfterIt() throws IOException {
    Path jar = Files.createDirectories(dir.resolve("plugin"));
    Files.writeString(jar.resolve("county.properties"), COUNTY);
    ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
    Safeguard.Builder builder = engine().thresholdPolicyResource("county.properties");
    // named before the loader that holds it is set: reading at call time would have failed
    Safeguard engine = builder.classLoader(loader).build();
    assertEquals("county-file", engine.policy().id());
  }

  @Test
  void aPolicyFileIsReadAtBuildNotWhenItIsNamed() throws IOException {
    Path file = dir.resolve("later.properties");
    Safeguard.Builder builder = engine().thresholdPolicyFile(file);
    PolicyFormatException missing = assertThrows(PolicyFormatException.class, builder::build);
    assertEquals(file.toString(), missing.source());
    Files.writeString(file, COUNTY);
    assertEquals("county-file", builder.build().policy().id());
  }

  @Test
  void configurationForAProviderIdNobodyHasFailsAStrictBuildNamingTheId() {
    PluginLoadException e = assertThrows(PluginLoadException.class,
        () -> engine().thresholdPolicy("test-policy").configure("test-checklst", "items", "7").build());
    assertEquals("test-checklst", e.providerId());
    assertTrue(e.getMessage().contains("no provider or policy file has that id") && e.getMessage().contains("test-checklist"), e.getMessage());
  }

  @Test
  void configurationForAProviderIdNobodyHasIsReportedByALenientBuild() {
    Safeguard engine = engine().thresholdPolicy("test-policy").loading(LoadingMode.LENIENT)
        .configure("test-checklst", "items", "7").build();
    assertEquals(List.of("test-checklst"), engine.problems().stream().map(PluginProblem::providerId).toList());
    assertTrue(engine.problems().get(0).cause().isEmpty());
    assertTrue(CapturedLogs.lines().stream().anyMatch(l -> l.startsWith("WARN") && l.contains("test-checklst")), CapturedLogs.lines().toString());
  }

  @Test
  void aLenientBuildKeepsTheFailingPluginsExceptionAndLogsOnlyItsClass() {
    Safeguard engine = engine().thresholdPolicy("test-policy").loading(LoadingMode.LENIENT)
        .addInstrument(new Fixtures.BrokenProvider()).build();
    PluginProblem problem = engine.problems().get(0);
    Throwable cause = problem.cause().orElseThrow();
    assertTrue(cause instanceof IllegalStateException, String.valueOf(cause));
    assertTrue(cause.getStackTrace().length > 0);
    String warning = CapturedLogs.lines().stream().filter(l -> l.contains("broken-checklist")).findFirst().orElseThrow();
    // the failure's message can carry a configuration value or what the plugin read: the host gets
    // it from problems(), and the log line names only its class
    assertTrue(warning.contains("(" + IllegalStateException.class.getName() + ")"), warning);
    assertFalse(warning.contains(cause.getMessage()), warning);
  }

  @Test
  void whatTheEngineListsComesInJdkCollectionsThatCannotBeChanged() {
    Safeguard engine = engine().thresholdPolicy("test-policy").loading(LoadingMode.LENIENT)
        .addInstrument(new Fixtures.BrokenProvider()).build();
    for (Object listed : List.of(engine.instruments(), engine.instrumentVersions(), engine.policies(), engine.problems(),
        engine.itemLabels("test-checklist", Locale.UK), engine.casework().interventionKinds())) {
      assertTrue(listed.getClass().getName().startsWith("java.util."), listed.getClass().getName());
    }
    assertThrows(UnsupportedOperationException.class, () -> engine.instruments().clear());
    assertThrows(UnsupportedOperationException.class, () -> engine.policies().clear());
    assertThrows(UnsupportedOperationException.class, () -> engine.problems().clear());
  }

  @Test
  void aProviderLearnsItsOwnIdAndVersionAndTheSpiVersionFromItsSetupContext() {
    AtomicReference<SetupContext> seen = new AtomicReference<>();
    InstrumentProvider provider = new InstrumentProvider() {
      @Override
      public String id() {
        return "context-checklist";
      }

      @Override
      public String version() {
        return "3.1";
      }

      @Override
      public Instrument load(SetupContext context) {
        seen.set(context);
        return Instrument.builder(context).itemIds("a", "b").scoringRule(ScoringRule.yesCount()).build();
      }
    };
    Safeguard engine = engine().thresholdPolicy("test-policy").addInstrument(provider).configure("context-checklist", "k", "v").build();
    assertEquals("context-checklist", seen.get().providerId());
    assertEquals("3.1", seen.get().providerVersion());
    assertEquals(SetupContext.SPI_VERSION, seen.get().spiVersion());
    assertEquals(Map.of("k", "v"), seen.get().configuration());
    assertEquals("3.1", engine.instrument("context-checklist").version());
  }

  @Test
  void itemLabelsComeFromTheBundleThePluginLoadsItselfAndAMissingOneIsLoggedOnce() {
    Safeguard engine = engine().thresholdPolicy("test-policy")
        .addInstrument(new Fixtures.LabelledProvider("labelled-checklist", "org.safeguard.core.fixture-labels"))
        .addInstrument(new Fixtures.LabelledProvider("unlabelled-checklist", "org.safeguard.core.no-such-labels"))
        .build();
    Map<String, String> labels = engine.itemLabels("labelled-checklist", Locale.UK);
    assertEquals("the first synthetic question", labels.get("a"));
    assertEquals("b", labels.get("b"), "an item without a label is shown by its id");
    assertEquals(Map.of("a", "a", "b", "b"), engine.itemLabels("unlabelled-checklist", Locale.UK));
    engine.itemLabels("unlabelled-checklist", Locale.FRANCE);
    long warnings = CapturedLogs.lines().stream().filter(l -> l.startsWith("WARN") && l.contains("unlabelled-checklist")).count();
    assertEquals(1, warnings, CapturedLogs.lines().toString());
  }

  @Test
  void anEngineIsStillBuiltFromTheSameBuilderTwice() {
    Safeguard.Builder builder = engine().thresholdPolicy("test-policy");
    Safeguard first = builder.build();
    Safeguard second = builder.build();
    assertFalse(first == second);
    assertEquals(first.instruments(), second.instruments());
    assertSame(first.policy().getClass(), second.policy().getClass());
  }
}
