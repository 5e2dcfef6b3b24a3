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
package org.safeguard.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.InstrumentMapping;
import org.safeguard.spi.InstrumentMappingProvider;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/**
 * The instrument-mapping contract passes a provider that keeps it and catches each of a set of
 * providers broken in one known way, by the test meant to catch it. All but {@link NotListed} are
 * listed in the test resources' META-INF/services.
 */
class InstrumentMappingProviderContractTest {
  @Test
  void aWellBehavedMappingPassesEveryTest() {
    ContractRun.of(MappingContract.class).assertOnlyFailed();
  }

  @Test
  void aProviderMissingFromTheServicesFileIsCaught() {
    ContractRun run = ContractRun.of(NotListedContract.class);
    run.assertOnlyFailed("theProviderIsListedForServiceLoader");
    assertTrue(run.messageOf("theProviderIsListedForServiceLoader").contains("META-INF/services/org.safeguard.spi.InstrumentMappingProvider"));
  }

  @Test
  void aMappingUnderAnotherIdThanItsProvidersIsCaught() {
    ContractRun run = ContractRun.of(UnderAnotherIdContract.class);
    run.assertOnlyFailed("aStrictEngineLoadsTheMappingBetweenItsInstruments", "everyAnswerTheSourceAcceptsArrivesOnItsTargetItemAndNoYesIsLost");
    assertTrue(run.messageOf("aStrictEngineLoadsTheMappingBetweenItsInstruments").contains("under the id"),
        run.messageOf("aStrictEngineLoadsTheMappingBetweenItsInstruments"));
  }

  @Test
  void aMappingThatForgetsAnItemOfTheSourceIsCaught() {
    ContractRun run = ContractRun.of(ForgetsAnItemContract.class);
    run.assertOnlyFailed("aStrictEngineLoadsTheMappingBetweenItsInstruments", "everyAnswerTheSourceAcceptsArrivesOnItsTargetItemAndNoYesIsLost");
    assertTrue(run.messageOf("aStrictEngineLoadsTheMappingBetweenItsInstruments").contains("kit-kids"),
        run.messageOf("aStrictEngineLoadsTheMappingBetweenItsInstruments"));
  }

  @Test
  void aMappingOntoATargetThatRefusesAnAnswerTheSourceAcceptsIsCaught() {
    ContractRun run = ContractRun.of(OntoNarrowerScaleContract.class);
    run.assertOnlyFailed("everyAnswerTheSourceAcceptsArrivesOnItsTargetItemAndNoYesIsLost");
    assertTrue(run.messageOf("everyAnswerTheSourceAcceptsArrivesOnItsTargetItemAndNoYesIsLost").contains("do not map onto"));
  }

  @Test
  void aMappingThatChangesFromLoadToLoadIsCaught() {
    ContractRun.of(ChangesFromLoadToLoadContract.class).assertOnlyFailed("loadingTwiceGivesEqualMappings");
  }

  // ---- the contract, run against each provider ----

  abstract static class KitContract extends InstrumentMappingProviderContract {
    @Override
    protected List<InstrumentProvider> instruments() {
      return List.of(new LongForm(), new ShortForm(EnumSet.allOf(Answer.class)));
    }
  }

  static final class MappingContract extends KitContract {
    @Override
    protected InstrumentMappingProvider provider() {
      return new Mapping();
    }
  }

  static final class NotListedContract extends KitContract {
    @Override
    protected InstrumentMappingProvider provider() {
      return new NotListed();
    }
  }

  static final class UnderAnotherIdContract extends KitContract {
    @Override
    protected InstrumentMappingProvider provider() {
      return new UnderAnotherId();
    }
  }

  static final class ForgetsAnItemContract extends KitContract {
    @Override
    protected InstrumentMappingProvider provider() {
      return new ForgetsAnItem();
    }
  }

  static final class OntoNarrowerScaleContract extends InstrumentMappingProviderContract {
    @Override
    protected InstrumentMappingProvider provider() {
      return new Mapping();
    }

    @Override
    protected List<InstrumentProvider> instruments() {
      return List.of(new LongForm(), new ShortForm(EnumSet.of(Answer.YES, Answer.NO, Answer.NOT_ASKED)));
    }
  }

  static final class ChangesFromLoadToLoadContract extends KitContract {
    @Override
    protected InstrumentMappingProvider provider() {
      return new ChangesFromLoadToLoad();
    }
  }

  // ---- the instruments: a long form, and a short form without its children item ----

  /** Four items, the last asked only on this form. */
  public static final class LongForm implements InstrumentProvider {
    @Override
    public String id() {
      return "kit-long-form";
    }

    @Override
    public String version() {
      return "2";
    }

    @Override
    public Instrument load(SetupContext context) {
      return Instrument.builder(context).itemIds("kit-a", "kit-b", "kit-c", "kit-kids").scoringRule(ScoringRule.yesCount()).build();
    }
  }

  /** Three items, answered on the scale given. */
  public static final class ShortForm implements InstrumentProvider {
    private final EnumSet<Answer> scale;

    ShortForm(EnumSet<Answer> scale) {
      this.scale = scale;
    }

    @Override
    public String id() {
      return "kit-short-form";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Instrument load(SetupContext context) {
      return Instrument.builder(context).itemIds("kit-a", "kit-b", "kit-c").answerScale(scale).scoringRule(ScoringRule.yesCount()).build();
    }
  }

  // ---- the mappings: one that keeps the contract, and one broken way each ----

  /** What the mappings share: an id of their own and version 2025. */
  public abstract static class Fixture implements InstrumentMappingProvider {
    private final String id;

    Fixture(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String version() {
      return "2025";
    }

    InstrumentMapping.Builder longToShort(SetupContext context) {
      return InstrumentMapping.builder(context).from("kit-long-form").to("kit-short-form").sameItems(List.of("kit-a", "kit-b", "kit-c"));
    }
  }

  /** Keeps the contract: the three shared items mapped, the children item dropped. */
  public static final class Mapping extends Fixture {
    public Mapping() {
      super("kit-mapping");
    }

    @Override
    public InstrumentMapping load(SetupContext context) {
      return longToShort(context).dropped(List.of("kit-kids")).build();
    }
  }

  /** Keeps the contract but is left out of META-INF/services. */
  public static final class NotListed extends Fixture {
    public NotListed() {
      super("kit-mapping-not-listed");
    }

    @Override
    public InstrumentMapping load(SetupContext context) {
      return longToShort(context).dropped(List.of("kit-kids")).build();
    }
  }

  /** Builds its mapping under an id that is not its own. */
  public static final class UnderAnotherId extends Fixture {
    public UnderAnotherId() {
      super("kit-mapping-under-another-id");
    }

    @Override
    public InstrumentMapping load(SetupContext context) {
      return new Mapping().load(new ContractSetup("kit-some-other-mapping", version(), context.configuration()));
    }
  }

  /** Neither maps nor drops the children item, whose answer would be lost unnoticed. */
  public static final class ForgetsAnItem extends Fixture {
    public ForgetsAnItem() {
      super("kit-mapping-forgets-an-item");
    }

    @Override
    public InstrumentMapping load(SetupContext context) {
      return longToShort(context).build();
    }
  }

  /** Drops the children item on every other load and maps nothing more: it changes from load to load. */
  public static final class ChangesFromLoadToLoad extends Fixture {
    private static final AtomicInteger LOADS = new AtomicInteger();

    public ChangesFromLoadToLoad() {
      super("kit-mapping-changes");
    }

    @Override
    public InstrumentMapping load(SetupContext context) {
      InstrumentMapping.Builder b = InstrumentMapping.builder(context).from("kit-long-form").to("kit-short-form")
          .sameItems(List.of("kit-a", "kit-b"));
      return LOADS.incrementAndGet() % 2 == 0
          ? b.item("kit-c", "kit-c").dropped(List.of("kit-kids")).build()
          : b.dropped(List.of("kit-c", "kit-kids")).build();
    }
  }
}
