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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.logcapture.CapturedLogs;
import org.safeguard.model.Agency;
import org.safeguard.model.Answer;
import org.safeguard.model.AnswerOutOfScaleException;
import org.safeguard.model.InstrumentMapping;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Responses;
import org.safeguard.spi.InstrumentMappingProvider;
import org.safeguard.spi.SetupContext;

/**
 * Mappings between instruments are found by the registry like instruments, checked against the
 * instruments as loaded when the engine is built, and used through {@code Safeguard.map}: an
 * application maps answers without compiling against the plugin that holds the mapping. A mapping
 * that fails or does not fit is reported by its id and never takes the engine down: strict loading
 * fails the build, lenient loading reports it and goes on without it.
 */
class MappingTest {
  private static final List<String> ITEMS = List.of(Fixtures.ITEMS.split(" "));

  @TempDir Path dir;

  @BeforeEach
  void clearLogs() {
    CapturedLogs.clear();
  }

  private static Safeguard.Builder withInstruments() {
    return Safeguard.builder()
        .addInstrument(new Fixtures.ChecklistProvider())
        .addInstrument(new Fixtures.ShortChecklistProvider())
        .addThresholdPolicy(new Fixtures.PolicyProvider())
        .thresholdPolicy("test-policy");
  }

  /** A mapping provider of the given id whose load does what it is told. */
  private static InstrumentMappingProvider mapping(String id, Function<SetupContext, InstrumentMapping> load) {
    return new InstrumentMappingProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public InstrumentMapping load(SetupContext context) {
        return load.apply(context);
      }
    };
  }

  @Test
  void theEngineFindsAMappingAndMapsAnswersThroughIt() {
    Safeguard engine = Fixtures.mappingEngine();
    InstrumentMapping mapping = engine.mapping("test-checklist", "short-checklist");
    assertEquals("test-to-short", mapping.id());
    assertEquals(Map.of("test-to-short", mapping), engine.mappings());
    Responses given = engine.responses("test-checklist").yes("a", "k").no("b").source("a", Agency.POLICE)
        .completedOn(LocalDate.of(2026, 3, 2)).build();
    Responses mapped = engine.map(given, "short-checklist");
    assertEquals(engine.instrument("short-checklist"), mapped.instrument());
    assertEquals(Answer.YES, mapped.answer("a"));
    assertEquals(Answer.NO, mapped.answer("b"));
    assertEquals(1, mapped.yesCount(), "k is dropped, as the mapping says");
    assertEquals(Map.of("a", Agency.POLICE), mapped.sources());
    assertEquals(given.completedOn(), mapped.completedOn());
    assertEquals(mapping.apply(given, engine.instrument("short-checklist")), mapped);
  }

  @Test
  void anAnswerTheTargetRefusesIsRefusedNamingTheItemAndWithholdingTheAnswer() {
    Safeguard engine = Fixtures.mappingEngine();
    Responses given = engine.responses("test-checklist").notKnown("c").build();
    AnswerOutOfScaleException e = assertThrows(AnswerOutOfScaleException.class, () -> engine.map(given, "short-checklist"));
    assertEquals("answer[c]", e.field());
    assertFalse(e.getMessage().contains("NOT_KNOWN"), e.getMessage());
  }

  @Test
  void noMappingForAPairIsRefusedListingTheLoadedOnes() {
    Safeguard engine = Fixtures.mappingEngine();
    UnknownProviderException e = assertThrows(UnknownProviderException.class, () -> engine.mapping("short-checklist", "test-checklist"));
    assertEquals("mapping", e.field());
    assertEquals("short-checklist onto test-checklist", e.value());
    assertTrue(e.rule().contains("[test-checklist onto short-checklist]"), e.rule());
    Responses shortAnswers = engine.responses("short-checklist").yes("a").build();
    assertThrows(UnknownProviderException.class, () -> engine.map(shortAnswers, "test-checklist"));
    assertEquals(Map.of(), Fixtures.engine().mappings());
    assertEquals("fromInstrumentId", assertThrows(MissingValueException.class, () -> engine.mapping(null, "a")).field());
    assertEquals("toInstrumentId", assertThrows(MissingValueException.class, () -> engine.map(shortAnswers, null)).field());
    assertEquals("provider", assertThrows(MissingValueException.class, () -> Safeguard.builder().addInstrumentMapping(null)).field());
  }

  @Test
  void aMappingListedInAServicesFileIsFound() throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(InstrumentMappingProvider.class.getName()), Fixtures.MappingProvider.class.getName() + "\n");
    ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    Safeguard engine = withInstruments().classLoader(loader).build();
    assertEquals("test-to-short", engine.mapping("test-checklist", "short-checklist").id());
  }

  @Test
  void aMappingProviderThatThrowsIsReportedByItsIdAndALenientEngineGoesOnWithoutIt() {
    InstrumentMappingProvider broken = mapping("broken-mapping", context -> {
      throw new IllegalStateException("mapping table missing from the jar");
    });
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> withInstruments().addInstrumentMapping(broken).build());
    assertEquals("broken-mapping", e.providerId());
    assertFalse(e.getMessage().contains("mapping table missing"), "the plugin's own message stays in the cause: " + e.getMessage());

    Safeguard lenient = withInstruments().addInstrumentMapping(broken).addInstrumentMapping(new Fixtures.MappingProvider())
        .loading(LoadingMode.LENIENT).build();
    assertEquals(List.of("broken-mapping"), lenient.problems().stream().map(PluginProblem::providerId).toList());
    assertEquals(List.of("test-to-short"), List.copyOf(lenient.mappings().keySet()), "the other mapping still loads");
    assertEquals(2, lenient.instruments().size(), "and every instrument");
    long warnings = CapturedLogs.lines().stream().filter(l -> l.startsWith("WARN") && l.contains("broken-mapping")).count();
    assertEquals(1, warnings, CapturedLogs.lines().toString());
  }

  @Test
  void aMappingUnderAnotherIdThanItsProvidersIsRefused() {
    // the fixture builds from the context it is given, so hand it one that says another id
    InstrumentMappingProvider elsewhere = mapping("elsewhere-mapping", context -> new Fixtures.MappingProvider().load(
        new SetupContext() {
          @Override public String providerId() { return "someone-else"; }
          @Override public String providerVersion() { return context.providerVersion(); }
          @Override public Map<String, String> configuration() { return Map.of(); }
          @Override public java.time.Clock clock() { return context.clock(); }
        }));
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> withInstruments().addInstrumentMapping(elsewhere).build());
    assertEquals("elsewhere-mapping", e.providerId());
    assertTrue(e.getMessage().contains("'someone-else' under the id 'elsewhere-mapping'"), e.getMessage());
  }

  @Test
  void aMappingThatLeavesAnItemOfTheSourceUnnamedFailsAStrictBuildAndIsLeftOutOfALenientOne() {
    InstrumentMappingProvider forgetful = mapping("forgetful-mapping", context -> InstrumentMapping.builder(context)
        .from("test-checklist").to("short-checklist").sameItems(ITEMS.subList(0, 10)).dropped(ITEMS.subList(10, 19)).build());
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> withInstruments().addInstrumentMapping(forgetful).build());
    assertEquals("forgetful-mapping", e.providerId());
    assertTrue(e.getMessage().contains("item t: this item of test-checklist 1 is neither mapped onto short-checklist nor dropped"),
        e.getMessage());

    Safeguard lenient = withInstruments().addInstrumentMapping(forgetful).loading(LoadingMode.LENIENT).build();
    assertEquals("forgetful-mapping", lenient.problems().get(0).providerId());
    assertEquals(Map.of(), lenient.mappings());
    assertThrows(UnknownProviderException.class, () -> lenient.mapping("test-checklist", "short-checklist"));
  }

  @Test
  void aMappingOfAnInstrumentNoPluginSuppliesIsReportedByItsIdWithTheNearestLoadedId() {
    InstrumentMappingProvider misspelt = mapping("misspelt-mapping", context -> InstrumentMapping.builder(context)
        .from("test-checklist").to("short-checklst").sameItems(ITEMS).build());
    PluginLoadException e = assertThrows(PluginLoadException.class, () -> withInstruments().addInstrumentMapping(misspelt).build());
    assertEquals("misspelt-mapping", e.providerId());
    assertTrue(e.getMessage().contains("no loaded plugin supplies the instrument 'short-checklst' (did you mean 'short-checklist'?)"),
        e.getMessage());
    Safeguard lenient = withInstruments().addInstrumentMapping(misspelt).loading(LoadingMode.LENIENT).build();
    assertEquals(List.of("misspelt-mapping"), lenient.problems().stream().map(PluginProblem::providerId).toList());
  }

  @Test
  void aSecondMappingOfOnePairIsRefusedNamingBoth() {
    InstrumentMappingProvider second = mapping("second-mapping", context -> new Fixtures.MappingProvider().load(context));
    PluginLoadException e = assertThrows(PluginLoadException.class,
        () -> withInstruments().addInstrumentMapping(new Fixtures.MappingProvider()).addInstrumentMapping(second).build());
    assertEquals("second-mapping", e.providerId());
    assertTrue(e.getMessage().contains("which plugin test-to-short maps already"), e.getMessage());
    Safeguard lenient = withInstruments().addInstrumentMapping(new Fixtures.MappingProvider()).addInstrumentMapping(second)
        .loading(LoadingMode.LENIENT).build();
    assertEquals("test-to-short", lenient.mapping("test-checklist", "short-checklist").id(), "the first found is kept");
  }

  @Test
  void configurationForAMappingReachesIt() {
    InstrumentMappingProvider configured = mapping("configured-mapping", context -> InstrumentMapping.builder(context)
        .from("test-checklist").to("short-checklist").sameItems(ITEMS.subList(0, Integer.parseInt(context.configuration().get("items"))))
        .dropped(ITEMS.subList(Integer.parseInt(context.configuration().get("items")), 20)).build());
    Safeguard engine = withInstruments().addInstrumentMapping(configured).configure("configured-mapping", "items", "4").build();
    assertEquals(4, engine.mapping("test-checklist", "short-checklist").items().size());
  }
}
