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

import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.ThresholdPolicyProvider;

/** Plugins made for the engine's own tests; the real instruments live in plugins/. */
public final class Fixtures {
  public static final String ITEMS = "a b c d e f g h i j k l m n o p q r s t";

  private Fixtures() {}

  /** Twenty yes / no / not known items scored by yes count. */
  public static final class ChecklistProvider implements InstrumentProvider {
    @Override
    public String id() {
      return "test-checklist";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Instrument load(SetupContext context) {
      return Instrument.builder()
          .id(id())
          .version(version())
          .itemIds(ITEMS.split(" "))
          .scoringRule(ScoringRule.yesCount())
          .build();
    }
  }

  /** Two items, with labels from a bundle it loads itself, as a plugin does; the bundle may be missing. */
  public static final class LabelledProvider implements InstrumentProvider {
    private final String id;
    private final String bundle;

    public LabelledProvider(String id, String bundle) {
      this.id = id;
      this.bundle = bundle;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Instrument load(SetupContext context) {
      return Instrument.builder(context)
          .itemIds("a", "b")
          .labels(locale -> ResourceBundle.getBundle(bundle, locale))
          .scoringRule(ScoringRule.yesCount())
          .build();
    }
  }

  /** Claims the same id and version as {@link ChecklistProvider}. */
  public static final class SameIdProvider implements InstrumentProvider {
    @Override
    public String id() {
      return "test-checklist";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Instrument load(SetupContext context) {
      throw new AssertionError("never loaded: the duplicate id fails first");
    }
  }

  /** Fails while loading. */
  public static final class BrokenProvider implements InstrumentProvider {
    @Override
    public String id() {
      return "broken-checklist";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Instrument load(SetupContext context) {
      throw new IllegalStateException("weights file missing");
    }
  }

  /** Fails in its constructor as the JVM itself fails: running out of memory is not one plugin's failure. */
  public static final class OutOfMemoryConstructorProvider implements InstrumentProvider {
    public OutOfMemoryConstructorProvider() {
      throw new OutOfMemoryError("synthetic, thrown by a test fixture");
    }

    @Override
    public String id() {
      return "out-of-memory";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Instrument load(SetupContext context) {
      throw new AssertionError("never constructed");
    }
  }

  /** Fails in its constructor, before it can say its id. */
  public static final class ExplodingConstructorProvider implements InstrumentProvider {
    public ExplodingConstructorProvider() {
      throw new IllegalStateException("boom in constructor");
    }

    @Override
    public String id() {
      return "never";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Instrument load(SetupContext context) {
      throw new AssertionError();
    }
  }

  /** Supplies an instrument under another id than its own. */
  public static final class MislabelledProvider implements InstrumentProvider {
    @Override
    public String id() {
      return "mislabelled";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Instrument load(SetupContext context) {
      return new ChecklistProvider().load(context);
    }
  }

  /** Reads its item count from configuration, to show configuration reaches a provider. */
  public static final class ConfiguredProvider implements InstrumentProvider {
    @Override
    public String id() {
      return "configured-checklist";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Instrument load(SetupContext context) {
      int n = Integer.parseInt(context.configuration().getOrDefault("items", "3"));
      String[] ids = new String[n];
      for (int i = 0; i < n; i++) {
        ids[i] = "q" + i;
      }
      return Instrument.builder().id(id()).version(version()).itemIds(ids).scoringRule(ScoringRule.yesCount()).build();
    }
  }

  /** Ten items, a to j, answered yes or no only: the test checklist's first half, on a narrower scale. */
  public static final class ShortChecklistProvider implements InstrumentProvider {
    @Override
    public String id() {
      return "short-checklist";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Instrument load(SetupContext context) {
      return Instrument.builder(context).itemIds(List.of(ITEMS.split(" ")).subList(0, 10))
          .answerScale(java.util.EnumSet.of(org.safeguard.model.Answer.YES, org.safeguard.model.Answer.NO,
              org.safeguard.model.Answer.NOT_ASKED))
          .scoringRule(ScoringRule.yesCount()).build();
    }
  }

  /** Maps the test checklist's items a to j onto the short checklist, dropping k to t. */
  public static final class MappingProvider implements org.safeguard.spi.InstrumentMappingProvider {
    @Override
    public String id() {
      return "test-to-short";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public org.safeguard.model.InstrumentMapping load(SetupContext context) {
      List<String> items = List.of(ITEMS.split(" "));
      return org.safeguard.model.InstrumentMapping.builder(context).from("test-checklist").to("short-checklist")
          .sameItems(items.subList(0, 10)).dropped(items.subList(10, 20)).build();
    }
  }

  /** An engine with the test checklist, the short checklist and the mapping between them, registered in code. */
  public static Safeguard mappingEngine() {
    return Safeguard.builder()
        .addInstrument(new ChecklistProvider())
        .addInstrument(new ShortChecklistProvider())
        .addInstrumentMapping(new MappingProvider())
        .addThresholdPolicy(new PolicyProvider())
        .thresholdPolicy("test-policy")
        .build();
  }

  /** Standard 0-9, medium 10-13, high 14+ for the test checklist. */
  public static final class PolicyProvider implements ThresholdPolicyProvider {
    @Override
    public String id() {
      return "test-policy";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public ThresholdPolicy load(SetupContext context) {
      return PolicyFiles.readResource(Fixtures.class.getClassLoader(), "test-policy.properties");
    }
  }

  /**
   * The engine's assessment of the test checklist with its first {@code yes} items answered yes
   * and the rest not asked.
   */
  public static Assessment scoring(Safeguard engine, int yes) {
    Responses.Builder b = engine.responses("test-checklist");
    for (String item : List.of(ITEMS.split(" ")).subList(0, yes)) {
      b.yes(item);
    }
    return engine.assess(b.build());
  }

  /** An engine with the test checklist and test policy, registered in code. */
  public static Safeguard engine() {
    return Safeguard.builder()
        .addInstrument(new ChecklistProvider())
        .addThresholdPolicy(new PolicyProvider())
        .thresholdPolicy("test-policy")
        .build();
  }

  /** The id of {@link DiscardingExporter}. */
  public static final String DISCARDING_EXPORTER = "discarding";

  /** Writes nothing, for tests that need an exporter the engine loaded. */
  public static final class DiscardingExporter implements org.safeguard.spi.ExporterProvider, org.safeguard.spi.Exporter {
    @Override
    public String id() {
      return DISCARDING_EXPORTER;
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public org.safeguard.spi.Exporter load(SetupContext context) {
      return this;
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public String fileExtension() {
      return "txt";
    }

    @Override
    public Set<String> records() {
      return Set.of("case", "assessment", "marac-decision");
    }

    @Override
    public Set<org.safeguard.export.Purpose> purposes() {
      return java.util.EnumSet.allOf(org.safeguard.export.Purpose.class);
    }

    @Override
    public org.safeguard.spi.ExportWriter open(java.io.OutputStream out, org.safeguard.export.Purpose purpose) {
      return new org.safeguard.spi.ExportWriter() {
        @Override
        public void write(org.safeguard.export.ExportRecord record) {
          // kept nowhere
        }

        @Override
        public void finish() {
          // nothing to close
        }
      };
    }
  }

  /** {@link #engine()} with {@link DiscardingExporter} registered. */
  public static Safeguard exportingEngine() {
    return Safeguard.builder()
        .addInstrument(new ChecklistProvider())
        .addThresholdPolicy(new PolicyProvider())
        .addExporter(new DiscardingExporter())
        .thresholdPolicy("test-policy")
        .build();
  }
}
