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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.logcapture.CapturedLogs;
import org.safeguard.spi.InstrumentProvider;

class RegistryTest {
  @TempDir Path dir;

  @BeforeEach
  void clearLogs() {
    CapturedLogs.clear();
  }

  /** A class loader that sees a services file listing {@code providers}, as a plugin jar would. */
  private ClassLoader pluginsListing(Class<?>... providers) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    StringBuilder lines = new StringBuilder();
    for (Class<?> p : providers) {
      lines.append(p.getName()).append('\n');
    }
    Files.writeString(services.resolve(InstrumentProvider.class.getName()), lines);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }

  private static Safeguard.Builder withTestPolicy() {
    return Safeguard.builder().addThresholdPolicy(new Fixtures.PolicyProvider()).thresholdPolicy("test-policy");
  }

  @Test
  void providersListedInAServicesFileAreFound() throws IOException {
    Safeguard engine = withTestPolicy().classLoader(pluginsListing(Fixtures.ChecklistProvider.class)).build();
    assertEquals(20, engine.instrument("test-checklist").items().size());
  }

  @Test
  void withNoClassLoaderSetTheThreadsContextLoaderIsSearchedAndElseTheEnginesOwn() throws IOException {
    ClassLoader plugins = pluginsListing(Fixtures.ChecklistProvider.class);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try {
      thread.setContextClassLoader(plugins);
      assertEquals(20, withTestPolicy().build().instrument("test-checklist").items().size());
      // the loader that loaded the engine lists no instrument plugin on this test's class path
      thread.setContextClassLoader(null);
      Safeguard lenient = withTestPolicy().loading(LoadingMode.LENIENT).build();
      assertTrue(lenient.instruments().isEmpty(), lenient.instruments().keySet()::toString);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void twoProvidersWithOneIdFailNamingBothClassesAndWhereTheyCameFrom() throws IOException {
    ClassLoader loader = pluginsListing(Fixtures.ChecklistProvider.class, Fixtures.SameIdProvider.class);
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> withTestPolicy().classLoader(loader).build());
    assertEquals("test-checklist", e.providerId());
    String where = Fixtures.ChecklistProvider.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertTrue(e.getMessage().contains(Fixtures.ChecklistProvider.class.getName() + " from " + where), e.getMessage());
    assertTrue(e.getMessage().contains(Fixtures.SameIdProvider.class.getName() + " from " + where), e.getMessage());
  }

  /** Writes a plugin jar whose services file lists {@code providers}. */
  private Path jarListing(String name, Class<?>... providers) throws IOException {
    Path jar = dir.resolve(name);
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new java.util.jar.JarEntry("META-INF/services/" + InstrumentProvider.class.getName()));
      for (Class<?> p : providers) {
        out.write((p.getName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      out.closeEntry();
    }
    return jar;
  }

  @Test
  void twoPluginJarsClaimingOneIdAreNamedByTheirJars() throws IOException {
    Path first = jarListing("first-plugin.jar", Fixtures.ChecklistProvider.class);
    Path second = jarListing("second-plugin.jar", Fixtures.SameIdProvider.class);
    ClassLoader loader = new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()}, getClass().getClassLoader());
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> withTestPolicy().classLoader(loader).build());
    assertTrue(e.getMessage().contains("first-plugin.jar") && e.getMessage().contains("second-plugin.jar"), e.getMessage());
  }

  @Test
  void twoCopiesOfOnePluginOnTheClassPathFailInsteadOfOneWinningQuietly() throws IOException {
    Path v1 = jarListing("plugin-1.0.jar", Fixtures.ChecklistProvider.class);
    Path v2 = jarListing("plugin-2.0.jar", Fixtures.ChecklistProvider.class);
    ClassLoader loader = new URLClassLoader(new URL[] {v1.toUri().toURL(), v2.toUri().toURL()}, getClass().getClassLoader());
    PluginLoadException e = assertThrows(PluginLoadException.class,
        () -> withTestPolicy().classLoader(loader).loading(LoadingMode.LENIENT).build());
    assertTrue(e.getMessage().contains("plugin-1.0.jar") && e.getMessage().contains("plugin-2.0.jar"), e.getMessage());
  }

  /** Gives a different id each time it is asked. */
  public static final class FickleProvider implements InstrumentProvider {
    private int asked;

    @Override
    public String id() {
      return asked++ == 0 ? "fickle-checklist" : null;
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public org.safeguard.model.Instrument load(org.safeguard.spi.SetupContext context) {
      return org.safeguard.model.Instrument.builder().id("fickle-checklist").version("1").itemIds("a")
          .scoringRule(org.safeguard.spi.ScoringRule.yesCount()).build();
    }
  }

  @Test
  void aProviderIsAskedForItsIdOnce() {
    // the test checklist too: the policy in force bands it, and a policy naming no loaded instrument fails the build
    Safeguard engine = withTestPolicy().addInstrument(new Fixtures.ChecklistProvider()).addInstrument(new FickleProvider()).build();
    assertTrue(engine.instruments().containsKey("fickle-checklist"));
  }

  @Test
  void aPolicyProviderThatThrowsIsReportedByItsId() {
    org.safeguard.spi.ThresholdPolicyProvider broken = new org.safeguard.spi.ThresholdPolicyProvider() {
      @Override
      public String id() {
        return "broken-county";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public org.safeguard.model.ThresholdPolicy load(org.safeguard.spi.SetupContext context) {
        throw new IllegalStateException("policy file missing from the jar");
      }
    };
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> withTestPolicy().addThresholdPolicy(broken).build());
    assertEquals("broken-county", e.providerId());
    Safeguard lenient = withTestPolicy().addThresholdPolicy(broken).loading(LoadingMode.LENIENT).build();
    assertEquals("broken-county", lenient.problems().get(0).providerId());
  }

  @Test
  void duplicateIdsFailEvenWhenLoadingIsLenient() {
    Safeguard.Builder builder = withTestPolicy()
        .loading(LoadingMode.LENIENT)
        .addInstrument(new Fixtures.ChecklistProvider())
        .addInstrument(new Fixtures.SameIdProvider());
    assertThrows(PluginLoadException.class, builder::build);
  }

  @Test
  void aProviderThatThrowsWhileLoadingFailsAStrictBuildNamingItsId() {
    Safeguard.Builder builder = withTestPolicy().addInstrument(new Fixtures.BrokenProvider());
    PluginLoadException e = assertThrows(PluginLoadException.class, builder::build);
    assertEquals("broken-checklist", e.providerId());
    assertTrue(e.getMessage().contains("broken-checklist") && e.getMessage().contains(IllegalStateException.class.getName()), e.getMessage());
    assertFalse(e.getMessage().contains("weights file missing"), "the plugin's own message stays in the cause: " + e.getMessage());
    assertEquals("weights file missing", e.getCause().getMessage());
  }

  @Test
  void aLenientBuildLeavesABrokenProviderOutLogsItOnceAndKeepsTheOthers() {
    Safeguard engine = withTestPolicy()
        .loading(LoadingMode.LENIENT)
        .addInstrument(new Fixtures.BrokenProvider())
        .addInstrument(new Fixtures.ChecklistProvider())
        .build();
    assertEquals(List.of("test-checklist"), List.copyOf(engine.instruments().keySet()));
    assertEquals(1, engine.problems().size());
    assertEquals("broken-checklist", engine.problems().get(0).providerId());
    long warnings = CapturedLogs.lines().stream().filter(l -> l.startsWith("WARN") && l.contains("broken-checklist")).count();
    assertEquals(1, warnings, CapturedLogs.lines().toString());
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  @Test
  void aProviderWhoseConstructorThrowsIsReportedByItsClass() throws IOException {
    ClassLoader loader = pluginsListing(Fixtures.ExplodingConstructorProvider.class, Fixtures.ChecklistProvider.class);
    PluginLoadException strict = assertThrows(PluginLoadException.class, () -> withTestPolicy().classLoader(loader).build());
    assertEquals(Fixtures.ExplodingConstructorProvider.class.getName(), strict.providerId());
    assertEquals("boom in constructor", rootCause(strict).getMessage());

    Safeguard lenient = withTestPolicy().classLoader(loader).loading(LoadingMode.LENIENT).build();
    assertTrue(lenient.instruments().containsKey("test-checklist"));
    assertEquals(Fixtures.ExplodingConstructorProvider.class.getName(), lenient.problems().get(0).providerId());
  }

  @Test
  void aServicesFileNamingAMissingClassIsReportedAndTheRestStillLoad() throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(InstrumentProvider.class.getName()),
        "org.example.NoSuchProvider\n" + Fixtures.ChecklistProvider.class.getName() + "\n"
            + "org.example.$Generated$Missing\n");
    ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    Safeguard lenient = withTestPolicy().classLoader(loader).loading(LoadingMode.LENIENT).build();
    assertTrue(lenient.instruments().containsKey("test-checklist"));
    assertTrue(lenient.problems().get(0).problem().contains("org.example.NoSuchProvider"), lenient.problems().toString());
    // any binary name is shown, a generated one with a leading '$' too
    assertEquals("org.example.$Generated$Missing", lenient.problems().get(1).providerId(), lenient.problems().toString());
    assertThrows(PluginLoadException.class, () -> withTestPolicy().classLoader(loader).build());
  }

  @Test
  void aProviderSupplyingAnInstrumentUnderAnotherIdIsRefused() {
    PluginLoadException e = assertThrows(PluginLoadException.class,
        () -> withTestPolicy().addInstrument(new Fixtures.MislabelledProvider()).build());
    assertEquals("mislabelled", e.providerId());
    assertTrue(e.getMessage().contains("'test-checklist' under the id 'mislabelled'"), e.getMessage());
  }

  @Test
  void aProviderSupplyingAnotherVersionThanItsOwnIsRefused() {
    InstrumentProvider wrongVersion = new InstrumentProvider() {
      @Override
      public String id() {
        return "test-checklist";
      }

      @Override
      public String version() {
        return "9";
      }

      @Override
      public org.safeguard.model.Instrument load(org.safeguard.spi.SetupContext context) {
        return new Fixtures.ChecklistProvider().load(context);
      }
    };
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> withTestPolicy().addInstrument(wrongVersion).build());
    assertEquals("test-checklist", e.providerId());
    assertTrue(e.getMessage().contains("supplied version '1' under the version '9'"), e.getMessage());
  }

  @Test
  void anUnknownPolicyIdIsRefusedListingTheLoadedOnes() {
    UnknownProviderException e = assertThrows(UnknownProviderException.class,
        () -> Safeguard.builder().addThresholdPolicy(new Fixtures.PolicyProvider()).thresholdPolicy("no-such-county").build());
    assertEquals("thresholdPolicy", e.field());
    assertEquals("no-such-county", e.value());
    assertTrue(e.rule().contains("test-policy"), e.rule());
  }

  @Test
  void anUnknownInstrumentIdIsRefusedListingTheLoadedOnes() {
    Safeguard engine = Fixtures.engine();
    UnknownProviderException e = assertThrows(UnknownProviderException.class, () -> engine.responses("no-such-checklist"));
    assertEquals("instrument", e.field());
    assertEquals("no-such-checklist", e.value());
    assertTrue(e.rule().contains("test-checklist"), e.rule());
  }

  @Test
  void configurationReachesOnlyTheProviderItIsFor() {
    Safeguard engine = withTestPolicy()
        .addInstrument(new Fixtures.ConfiguredProvider())
        .addInstrument(new Fixtures.ChecklistProvider())
        .configure("configured-checklist", "items", "7")
        .configure("test-checklist", "items", "99")
        .build();
    assertEquals(7, engine.instrument("configured-checklist").items().size());
    assertEquals(20, engine.instrument("test-checklist").items().size());
  }

  @Test
  void aNullSettingIsRefusedNamingIt() {
    assertEquals("classLoader", assertThrows(org.safeguard.model.InvalidInputException.class,
        () -> Safeguard.builder().classLoader(null)).field());
  }

  /** An instrument provider whose load fails with whatever it is given. */
  private static InstrumentProvider failing(String id, Supplier<? extends Throwable> failure) {
    return new InstrumentProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public org.safeguard.model.Instrument load(org.safeguard.spi.SetupContext context) {
        Throwable t = failure.get();
        if (t instanceof Error err) {
          throw err;
        }
        throw (RuntimeException) t;
      }
    };
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  @Test
  void aProviderWhoseLoadOverflowsTheStackIsLeftOutOfALenientBuildAndTheOthersLoad() {
    InstrumentProvider deep = failing("deep-checklist", () -> {
      try {
        recurse(0);
        return new AssertionError("unreachable");
      } catch (StackOverflowError e) {
        return e;
      }
    });
    Safeguard lenient = withTestPolicy().loading(LoadingMode.LENIENT).addInstrument(deep)
        .addInstrument(new Fixtures.ChecklistProvider()).build();
    assertTrue(lenient.instruments().containsKey("test-checklist"));
    assertEquals("deep-checklist", lenient.problems().get(0).providerId());
    assertTrue(lenient.problems().get(0).cause().orElseThrow() instanceof StackOverflowError);
    PluginLoadException strict = assertThrows(PluginLoadException.class,
        () -> withTestPolicy().addInstrument(deep).addInstrument(new Fixtures.ChecklistProvider()).build());
    assertEquals("deep-checklist", strict.providerId());
  }

  @Test
  void aProviderThatFailsToLinkIsLeftOutOfALenientBuildAndTheOthersLoad() {
    InstrumentProvider unlinked = failing("unlinked-checklist", () -> new NoClassDefFoundError("org/example/Missing"));
    Safeguard lenient = withTestPolicy().loading(LoadingMode.LENIENT).addInstrument(unlinked)
        .addInstrument(new Fixtures.ChecklistProvider()).build();
    assertTrue(lenient.instruments().containsKey("test-checklist"));
    assertEquals("unlinked-checklist", lenient.problems().get(0).providerId());
  }

  @Test
  void aServicesFileWithOverAThousandUnloadableEntriesStillLetsTheEntriesAfterThemLoad() throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 1200; i++) { // the old limit stopped discovery after 1,000 failures in a row
      lines.append("org.example.Missing").append(i).append('\n');
    }
    lines.append(Fixtures.ChecklistProvider.class.getName()).append('\n');
    Files.writeString(services.resolve(InstrumentProvider.class.getName()), lines);
    ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    Safeguard lenient = withTestPolicy().classLoader(loader).loading(LoadingMode.LENIENT).build();
    assertTrue(lenient.instruments().containsKey("test-checklist"), "discovery went past the unloadable entries");
    assertEquals(1200, lenient.problems().size());
    assertEquals("org.example.Missing0", lenient.problems().get(0).providerId());
  }

  @Test
  void aProviderIdOrVersionThatCouldForgeALogLineIsRefusedWithoutEchoingIt() {
    InstrumentProvider forging = new InstrumentProvider() {
      @Override
      public String id() {
        return "x\nINFO org.safeguard - all plugins loaded";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public org.safeguard.model.Instrument load(org.safeguard.spi.SetupContext context) {
        throw new AssertionError("never loaded: its id is refused first");
      }
    };
    Safeguard lenient = withTestPolicy().loading(LoadingMode.LENIENT).addInstrument(forging)
        .addInstrument(new Fixtures.ChecklistProvider()).build();
    assertTrue(lenient.instruments().containsKey("test-checklist"));
    assertEquals(forging.getClass().getName(), lenient.problems().get(0).providerId());
    assertTrue(CapturedLogs.lines().stream().noneMatch(l -> l.contains("all plugins loaded")), CapturedLogs.lines().toString());
  }

  @Test
  void theJvmRunningOutOfMemoryInAProviderIsNotContainedAsThatPluginsFailure() throws IOException {
    ClassLoader loader = pluginsListing(Fixtures.OutOfMemoryConstructorProvider.class, Fixtures.ChecklistProvider.class);
    assertThrows(OutOfMemoryError.class, () -> withTestPolicy().classLoader(loader).loading(LoadingMode.LENIENT).build());
  }

  @Test
  void anEntryThatIsNoClassNameIsReportedWithoutShowingIt() throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(InstrumentProvider.class.getName()),
        "org..Missing\n" + Fixtures.ChecklistProvider.class.getName() + "\n");
    ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    Safeguard lenient = withTestPolicy().classLoader(loader).loading(LoadingMode.LENIENT).build();
    assertTrue(lenient.instruments().containsKey("test-checklist"));
    assertEquals("(unnamed)", lenient.problems().get(0).providerId(), lenient.problems().toString());
    PluginLoadException strict = assertThrows(PluginLoadException.class, () -> withTestPolicy().classLoader(loader).build());
    assertTrue(strict.getMessage().startsWith("A plugin listed in META-INF/services could not be found or loaded"), strict.getMessage());
  }

  @Test
  void eachServicesFileIsLookedUpOnceABuildAndNotAgainByTheJdk() throws IOException {
    ClassLoader plugins = pluginsListing(Fixtures.ChecklistProvider.class);
    java.util.Map<String, Integer> lookups = new java.util.TreeMap<>();
    ClassLoader counting = new ClassLoader(plugins) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        if (name.startsWith("META-INF/services/")) {
          lookups.merge(name, 1, Integer::sum);
        }
        return super.getResources(name);
      }
    };
    Safeguard engine = withTestPolicy().classLoader(counting).build();
    assertTrue(engine.instruments().containsKey("test-checklist"));
    assertEquals(5, lookups.size(), lookups::toString);
    assertTrue(lookups.values().stream().allMatch(n -> n == 1), lookups::toString);
  }

  /** Extended by {@link UnlinkableProvider}; hidden from it by {@link #missingTheBaseClass}, as a missing jar would hide it. */
  public abstract static class HiddenBase {}

  /** A provider whose superclass its class loader cannot find. */
  public static final class UnlinkableProvider extends HiddenBase implements InstrumentProvider {
    @Override
    public String id() {
      return "unlinkable-checklist";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public org.safeguard.model.Instrument load(org.safeguard.spi.SetupContext context) {
      throw new AssertionError("never loaded: its class does not link");
    }
  }

  /**
   * A plugin class path on which {@link UnlinkableProvider} is found but its superclass is not: the
   * provider's class is defined here, from its own bytes, and asking for the superclass fails.
   */
  private ClassLoader missingTheBaseClass(ClassLoader parent) throws IOException {
    byte[] bytes;
    try (var in = getClass().getResourceAsStream("/" + UnlinkableProvider.class.getName().replace('.', '/') + ".class")) {
      bytes = in.readAllBytes();
    }
    return new ClassLoader(parent) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
          if (name.equals(HiddenBase.class.getName())) {
            throw new ClassNotFoundException(name);
          }
          if (name.equals(UnlinkableProvider.class.getName())) {
            Class<?> loaded = findLoadedClass(name);
            return loaded != null ? loaded : defineClass(name, bytes, 0, bytes.length);
          }
          return super.loadClass(name, resolve);
        }
      }
    };
  }

  @Test
  void aListedProviderWhoseClassCannotLinkIsReportedByItsEntryAndTheOthersLoad() throws IOException {
    ClassLoader loader = missingTheBaseClass(pluginsListing(UnlinkableProvider.class, Fixtures.ChecklistProvider.class));
    Safeguard lenient = withTestPolicy().classLoader(loader).loading(LoadingMode.LENIENT).build();
    assertTrue(lenient.instruments().containsKey("test-checklist"), lenient.instruments().keySet()::toString);
    PluginProblem problem = lenient.problems().get(0);
    assertEquals(UnlinkableProvider.class.getName(), problem.providerId());
    assertTrue(problem.problem().startsWith("A plugin listed as " + UnlinkableProvider.class.getName() + " in "), problem.problem());
    assertTrue(problem.cause().orElseThrow() instanceof NoClassDefFoundError, problem.cause()::toString);
    PluginLoadException strict = assertThrows(PluginLoadException.class, () -> withTestPolicy().classLoader(loader).build());
    assertEquals(UnlinkableProvider.class.getName(), strict.providerId());
  }

  @Test
  void aListedClassThatIsNoProviderOfTheExtensionPointIsRefusedNamingIt() throws IOException {
    ClassLoader loader = pluginsListing(RegistryTest.class, Fixtures.ChecklistProvider.class);
    Safeguard lenient = withTestPolicy().classLoader(loader).loading(LoadingMode.LENIENT).build();
    assertTrue(lenient.instruments().containsKey("test-checklist"));
    PluginProblem problem = lenient.problems().get(0);
    assertEquals(RegistryTest.class.getName(), problem.providerId());
    assertTrue(problem.problem().endsWith(" but is no " + InstrumentProvider.class.getName()), problem.problem());
  }

  @Test
  void servicesFilesThatCannotBeReadAreReportedAsSuch() {
    ClassLoader unreadable = new ClassLoader(getClass().getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        if (name.startsWith("META-INF/services/")) {
          throw new IOException("synthetic: the disk went away");
        }
        return super.getResources(name);
      }
    };
    Safeguard lenient = withTestPolicy().classLoader(unreadable).loading(LoadingMode.LENIENT).build();
    PluginProblem first = lenient.problems().get(0);
    assertEquals("META-INF/services/" + InstrumentProvider.class.getName(), first.providerId());
    assertTrue(first.problem().startsWith("index files could not be read"), first.problem());
    assertTrue(lenient.policies().containsKey("test-policy"), "the policy registered in code still loads");
  }
}
