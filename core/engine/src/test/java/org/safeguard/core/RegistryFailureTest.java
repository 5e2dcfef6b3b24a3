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
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.logcapture.CapturedLogs;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.SetupContext;

/**
 * The registry's failure paths, each reported by what it can name: a provider by its id, or by its
 * class when its id cannot be trusted; a services entry by its class name, or not at all when it is
 * no class name; a policy file by its resource. Lenient loading reports and goes on; strict loading
 * fails; a failure of the JVM itself is everyone's and is never contained.
 */
class RegistryFailureTest {
  @TempDir Path dir;

  private static Safeguard.Builder lenient() {
    return Safeguard.builder().addThresholdPolicy(new Fixtures.PolicyProvider()).thresholdPolicy("test-policy")
        .loading(LoadingMode.LENIENT);
  }

  private static Safeguard.Builder strict() {
    return Safeguard.builder().addThresholdPolicy(new Fixtures.PolicyProvider()).thresholdPolicy("test-policy");
  }

  /** A provider with the given id and version whose load does what {@code load} says. */
  private static InstrumentProvider provider(Supplier<String> id, String version, Supplier<Instrument> load) {
    return new InstrumentProvider() {
      @Override
      public String id() {
        return id.get();
      }

      @Override
      public String version() {
        return version;
      }

      @Override
      public Instrument load(SetupContext context) {
        return load.get();
      }
    };
  }

  private static <T> Supplier<T> throwing(RuntimeException e) {
    return () -> {
      throw e;
    };
  }

  private static <T> Supplier<T> throwing(Error e) {
    return () -> {
      throw e;
    };
  }

  @Test
  void aVersionThatBreaksTheRuleIsReportedUnderTheProvidersId() {
    InstrumentProvider bad = provider(() -> "county-checklist", "1 0", throwing(new AssertionError("never loaded")));
    Safeguard s = lenient().addInstrument(bad).addInstrument(new Fixtures.ChecklistProvider()).build();
    PluginProblem p = s.problems().get(0);
    assertEquals("county-checklist", p.providerId());
    assertEquals(bad.getClass().getName(), p.providerClass());
    assertTrue(p.problem().startsWith("gave a version that breaks the rule for versions"), p.problem());
    assertTrue(s.instruments().containsKey("test-checklist"));
    PluginLoadException strict = assertThrows(PluginLoadException.class, () -> strict().addInstrument(bad).build());
    assertEquals("county-checklist", strict.providerId());
    assertTrue(strict.getMessage().contains("gave a version that breaks the rule"), strict.getMessage());
  }

  @Test
  void aStrictBuildRefusesAnIdThatBreaksTheRuleByThatRuleNamingTheClass() {
    InstrumentProvider bad = provider(() -> "County Checklist", "1", throwing(new AssertionError("never loaded")));
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> strict().addInstrument(bad).build());
    assertEquals(bad.getClass().getName(), e.providerId());
    assertTrue(e.getMessage().contains("gave an id that breaks the rule for ids"), e.getMessage());
    assertFalse(e.getMessage().contains("failed to give its id"), "it gave one: " + e.getMessage());
  }

  @Test
  void aProviderThatCannotSayItsIdIsReportedByItsClass() {
    InstrumentProvider mute = provider(throwing(new IllegalStateException("a setting")), "1", () -> null);
    Safeguard s = lenient().addInstrument(mute).build();
    PluginProblem p = s.problems().get(0);
    assertEquals(mute.getClass().getName(), p.providerId());
    assertEquals("failed to give its id (java.lang.IllegalStateException)", p.problem());
    assertTrue(p.cause().orElseThrow() instanceof IllegalStateException);
    assertEquals(p.providerId() + " (" + p.providerClass() + " from " + p.source() + "): " + p.problem(), p.toString());
  }

  @Test
  void aProviderThatLoadsNothingIsReported() {
    Safeguard s = lenient().addInstrument(provider(() -> "empty-checklist", "1", () -> null)).build();
    assertEquals("returned nothing from load", s.problems().get(0).problem());
    assertTrue(s.problems().get(0).cause().isEmpty());
    assertFalse(s.instruments().containsKey("empty-checklist"));
  }

  @Test
  void theJvmRunningOutOfMemoryIsNeverContainedAsAPluginsFailure() {
    OutOfMemoryError oom = new OutOfMemoryError("simulated");
    assertSame(oom, assertThrows(OutOfMemoryError.class,
        () -> lenient().addInstrument(provider(() -> "hungry-checklist", "1", throwing(oom))).build()));
    assertSame(oom, assertThrows(OutOfMemoryError.class,
        () -> lenient().addInstrument(provider(throwing(oom), "1", () -> null)).build()), "nor while it gives its id");
    InternalError internal = new InternalError("simulated");
    assertSame(internal, assertThrows(InternalError.class,
        () -> lenient().addInstrument(provider(() -> "broken-vm", "1", throwing(internal))).build()));
  }

  @Test
  void aDeliberateRefusalIsDescribedByItsFieldAndRuleOnOneLineAndNeverItsValue() {
    InvalidInputException refusal = new InvalidInputException("weights", "SECRET-VALUE", "a weight\nfor every item");
    Safeguard s = lenient().addInstrument(provider(() -> "weighted-checklist", "1", throwing(refusal))).build();
    String problem = s.problems().get(0).problem();
    assertEquals("failed while loading (org.safeguard.model.InvalidInputException): weights: a weight for every item", problem);
    assertSame(refusal, s.problems().get(0).cause().orElseThrow());
  }

  @Test
  void anyOtherFailureIsDescribedByItsClassOnly() {
    Safeguard s = lenient().addInstrument(provider(() -> "weighted-checklist", "1", throwing(new IllegalStateException("SECRET"))))
        .build();
    assertEquals("failed while loading (java.lang.IllegalStateException)", s.problems().get(0).problem());
  }

  @Test
  void twoProvidersWithOneIdAreBothNamedJoinedByAnd() {
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> strict()
        .addInstrument(new Fixtures.ChecklistProvider()).addInstrument(new Fixtures.SameIdProvider()).build());
    String message = e.getMessage();
    String first = Fixtures.ChecklistProvider.class.getName() + " from ";
    String second = " and " + Fixtures.SameIdProvider.class.getName() + " from ";
    assertTrue(message.contains(first), message);
    assertTrue(message.contains(second), message);
    assertTrue(message.indexOf(first) < message.indexOf(second), message);
    assertTrue(message.contains("'test-checklist@1': " + Fixtures.ChecklistProvider.class.getName() + " from "), message);
    assertTrue(message.contains("(registered in code)"), message);
    assertTrue(message.contains("claim the id and version 'test-checklist@1'"), message);
  }

  private ClassLoader jars(String... servicesFiles) throws IOException {
    URL[] urls = new URL[servicesFiles.length];
    for (int i = 0; i < servicesFiles.length; i++) {
      Path jar = dir.resolve("jar" + i);
      Path services = jar.resolve("META-INF/services");
      Files.createDirectories(services);
      Files.writeString(services.resolve(InstrumentProvider.class.getName()), servicesFiles[i]);
      urls[i] = jar.toUri().toURL();
    }
    return new URLClassLoader(urls, getClass().getClassLoader());
  }

  @Test
  void aServicesEntryThatIsNoClassNameIsReportedWithoutRepeatingIt() throws IOException {
    ClassLoader loader = jars("org.example.Ba-d\n", Fixtures.ChecklistProvider.class.getName() + "\n");
    Safeguard s = lenient().classLoader(loader).build();
    assertTrue(s.instruments().containsKey("test-checklist"), "discovery goes on past it");
    PluginProblem p = s.problems().get(0);
    assertEquals("(unnamed)", p.providerId());
    assertEquals("(class not loaded)", p.providerClass());
    assertEquals("(unknown source)", p.source());
    assertEquals("could not be found or loaded (java.util.ServiceConfigurationError)", p.problem());
    assertFalse(p.toString().contains("Ba-d"), p.toString());
  }

  @Test
  void aMissingClassNamedInAServicesFileIsReportedByItsName() throws IOException {
    Safeguard s = lenient().classLoader(jars("org.example.NoSuchProvider\n")).build();
    PluginProblem p = s.problems().get(0);
    assertEquals("org.example.NoSuchProvider", p.providerId());
    assertEquals("(class not loaded)", p.providerClass());
    assertTrue(p.problem().startsWith("A plugin listed as org.example.NoSuchProvider in "), p.problem());
  }

  @Test
  void classNamesAreJavaIdentifiersJoinedByDotsOrDollars() throws IOException {
    for (String entry : new String[] {"org.example.Outer$Missing", "_pkg.Outer$Inner9"}) {
      assertEquals(entry, lenient().classLoader(jars(entry + "\n")).build().problems().get(0).providerId(), entry);
    }
  }

  private ClassLoader policyJars(String... indexAndPolicies) throws IOException {
    URL[] urls = new URL[indexAndPolicies.length / 2];
    for (int i = 0; i < urls.length; i++) {
      Path jar = dir.resolve("policies" + i);
      Files.createDirectories(jar.resolve("META-INF/safeguard/policies"));
      Files.writeString(jar.resolve("META-INF/safeguard/threshold-policies"), indexAndPolicies[2 * i] + "\n");
      Files.writeString(jar.resolve(indexAndPolicies[2 * i]), indexAndPolicies[2 * i + 1]);
      urls[i] = jar.toUri().toURL();
    }
    return new URLClassLoader(urls, getClass().getClassLoader());
  }

  @Test
  void onePolicyFileListedByTwoIndexesIsTwoCopiesOfOneJar() throws IOException {
    String file = "META-INF/safeguard/policies/county.properties";
    String policy = "id=county\nversion=1\nbands.test-checklist.standard=0-9\nbands.test-checklist.high=10+\n";
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> strict().loading(LoadingMode.LENIENT)
        .classLoader(policyJars(file, policy, file, policy)).build());
    assertEquals(file, e.providerId());
    assertTrue(e.getMessage().contains("listed by more than one index"), e.getMessage());
  }

  @Test
  void twoPolicyFilesClaimingOneIdAreRefusedNamingBoth() throws IOException {
    String policy = "id=county\nversion=1\nbands.test-checklist.standard=0-9\nbands.test-checklist.high=10+\n";
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> strict().loading(LoadingMode.LENIENT)
        .classLoader(policyJars("META-INF/safeguard/policies/a.properties", policy, "META-INF/safeguard/policies/b.properties", policy))
        .build());
    assertEquals("county", e.providerId());
    assertTrue(e.getMessage().contains("a.properties") && e.getMessage().contains("b.properties"), e.getMessage());
  }

  @Test
  void aPolicyFileThatCannotBeReadIsReportedByItsResource() throws IOException {
    String file = "META-INF/safeguard/policies/broken.properties";
    Safeguard s = lenient().classLoader(policyJars(file, "id=Not An Id\nversion=1\n")).build();
    PluginProblem p = s.problems().get(0);
    assertEquals(file, p.providerId());
    assertTrue(p.problem().startsWith("policy file " + file + " listed in "), p.problem());
    assertTrue(s.policies().containsKey("test-policy"));
  }

  @Test
  void aCleanBuildHasNoProblems() {
    assertEquals(List.of(), strict().addInstrument(new Fixtures.ChecklistProvider()).build().problems());
  }

  @Test
  void thePolicyFilesListedAreReadInTheOrderOfTheIndexes() throws IOException {
    String policy = "id=county\nversion=1\nbands.test-checklist.standard=0-9\nbands.test-checklist.high=10+\n";
    ClassLoader loader = policyJars("META-INF/safeguard/policies/a.properties", policy,
        "META-INF/safeguard/policies/b.properties", policy.replace("county", "city"));
    assertEquals(List.of("META-INF/safeguard/policies/a.properties", "META-INF/safeguard/policies/b.properties"),
        org.safeguard.core.policy.PolicyFiles.listed(loader));
  }

  @Test
  void aStrictRefusalCarriesTheFailureAsItsCauseAndOnlyAFailureHasOne() {
    IllegalStateException failure = new IllegalStateException("a setting");
    PluginLoadException failed = assertThrows(PluginLoadException.class,
        () -> strict().addInstrument(provider(() -> "failing-checklist", "1", throwing(failure))).build());
    assertSame(failure, failed.getCause());
    PluginLoadException refused = assertThrows(PluginLoadException.class,
        () -> strict().addInstrument(provider(() -> "empty-checklist", "1", () -> null)).build());
    assertEquals(null, refused.getCause(), "a refusal of what a provider supplied has no cause");
  }

  @Test
  void aLenientBuildLogsOneLineAPluginAndSaysWhereTheFailureIsKept() {
    CapturedLogs.clear();
    lenient().addInstrument(provider(() -> "failing-checklist", "1", throwing(new IllegalStateException("a setting"))))
        .addInstrument(provider(() -> "empty-checklist", "1", () -> null)).build();
    List<String> lines = CapturedLogs.lines();
    assertTrue(lines.stream().anyMatch(l -> l.contains("Plugin failing-checklist (") && l.endsWith(
        "failed while loading (java.lang.IllegalStateException); left out because loading is lenient (the failure is in Safeguard.problems())")),
        lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("Plugin empty-checklist (") && l.endsWith(
        "returned nothing from load; left out because loading is lenient")), lines.toString());
  }

  @Test
  void aStrictBuildNamesAServicesEntryByItsClassOrSaysItWasListedInAServicesFile() throws IOException {
    PluginLoadException named = assertThrows(PluginLoadException.class, () -> strict().classLoader(jars("org.example.NoSuchProvider\n")).build());
    assertTrue(named.getMessage().startsWith("A plugin listed as org.example.NoSuchProvider in "), named.getMessage());
    PluginLoadException unnamed = assertThrows(PluginLoadException.class, () -> strict().classLoader(jars("org.example.Ba-d\n")).build());
    assertEquals("A plugin listed in META-INF/services could not be found or loaded (java.util.ServiceConfigurationError)",
        unnamed.getMessage());
  }

  @Test
  void aServicesEntryWithAnEmptyPartAnInvisibleCharacterOrOver512CharactersIsNotRepeated() throws IOException {
    for (String entry : new String[] {"org.example..Missing", "org.example.Soft\u00adHyphen"}) {
      assertEquals("(unnamed)", lenient().classLoader(jars(entry + "\n")).build().problems().get(0).providerId(), entry);
    }
    String longest = "org.example." + "x".repeat(512 - "org.example.".length());
    assertEquals(longest, lenient().classLoader(jars(longest + "\n")).build().problems().get(0).providerId());
    assertEquals("(unnamed)", lenient().classLoader(jars(longest + "x\n")).build().problems().get(0).providerId());
  }

  @Test
  void aProviderWhoseConstructorFailsIsDescribedByTheFailureNotTheServiceLoadersWrapper() throws IOException {
    Safeguard s = lenient().classLoader(jars(Fixtures.ExplodingConstructorProvider.class.getName() + "\n")).build();
    assertEquals("could not be constructed (java.lang.IllegalStateException)", s.problems().get(0).problem());
  }

  @Test
  void aProviderWhoseClassHasNoCodeSourceIsFromAnUnknownSource() {
    InstrumentProvider proxy = (InstrumentProvider) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {InstrumentProvider.class}, (self, method, args) -> {
          switch (method.getName()) {
            case "id":
              return "proxied-checklist";
            case "version":
              return "1";
            case "load":
              throw new IllegalStateException("a setting");
            case "hashCode":
              return System.identityHashCode(self);
            case "equals":
              return self == args[0];
            case "toString":
              return "a proxied provider";
            default:
              return java.lang.reflect.InvocationHandler.invokeDefault(self, method, args);
          }
        });
    Safeguard s = lenient().addInstrument(proxy).build();
    assertEquals("(unknown source)", s.problems().get(0).source());
    assertTrue(lenient().addInstrument(provider(() -> "failing-checklist", "1", throwing(new IllegalStateException())))
        .build().problems().get(0).source().startsWith("file:"), "a class from a directory or jar is from there");
  }
}
