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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.InstrumentMapping;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RatingScale;
import org.safeguard.model.Responses;
import org.safeguard.spi.InstrumentMappingProvider;
import org.safeguard.spi.InstrumentProvider;

/**
 * The contract every {@link InstrumentMappingProvider} keeps. Extend it in the plugin's tests and
 * return the provider and the providers of the two instruments it maps between:
 *
 * <pre>{@code
 * class PoliceToRicMappingContractTest extends InstrumentMappingProviderContract {
 *   protected InstrumentMappingProvider provider() {
 *     return new PoliceToRicMapping();
 *   }
 *
 *   protected List<InstrumentProvider> instruments() {
 *     return List.of(new PoliceDashProvider(), new DashRicProvider());
 *   }
 * }
 * }</pre>
 *
 * <p>It checks that the provider is listed for {@link ServiceLoader}; that a strict engine with the
 * two instruments loads it, which holds only when the mapping carries the provider's id and version,
 * names two loaded instruments, and maps or drops every item of the source and names no item either
 * lacks; that loading is repeatable; and that every answer set the source accepts maps onto the
 * target, each mapped answer arriving on its item and no yes lost.
 */
public abstract class InstrumentMappingProviderContract {
  /** Synthetic answer sets tried per run; seeded, so a failure repeats. */
  private static final int TRIES = 200;

  /** For the plugin's own test class, which extends this contract. */
  protected InstrumentMappingProviderContract() {}

  /**
   * The provider under test, newly constructed on every call, as ServiceLoader would construct it.
   *
   * @return a new instance of the provider
   */
  protected abstract InstrumentMappingProvider provider();

  /**
   * The providers of the instruments the mapping maps between, as a deployment would load them.
   *
   * @return new instances of the source's and the target's providers
   */
  protected abstract List<InstrumentProvider> instruments();

  /**
   * Configuration the provider needs to load, as the engine would pass it; none by default.
   *
   * @return the keys and values the provider is loaded with
   */
  protected Map<String, String> configuration() {
    return Map.of();
  }

  /**
   * Whether the provider must be listed in META-INF/services; true unless it is registered in code
   * only.
   *
   * @return true to check the services listing
   */
  protected boolean foundByServiceLoader() {
    return true;
  }

  /**
   * Loads the mapping as the engine would, with {@link #configuration()}, for a plugin's own extra
   * tests.
   *
   * @return the mapping, never null
   */
  protected final InstrumentMapping load() {
    InstrumentMappingProvider provider = provider();
    InstrumentMapping mapping = provider.load(new ContractSetup(provider.id(), provider.version(), configuration()));
    assertNotNull(mapping, "load returned nothing");
    return mapping;
  }

  /** A strict engine with the two instruments and the mapping, and nothing else. */
  private Safeguard engine() {
    InstrumentMappingProvider provider = provider();
    return ContractChecks.strictEngine(provider, configuration(), builder -> {
      for (InstrumentProvider instrument : instruments()) {
        builder.addInstrument(instrument);
      }
      builder.addInstrumentMapping(provider);
      builder.thresholdPolicy(ContractChecks.POLICY_WITHOUT_BANDS);
    });
  }

  @Test
  void theIdIsStableLowerCaseWordsJoinedByHyphensAndTheVersionIsNotBlank() {
    ContractChecks.assertStableIdAndVersion(this::provider);
  }

  @Test
  void theProviderIsListedForServiceLoader() {
    if (foundByServiceLoader()) {
      ContractChecks.assertListed(InstrumentMappingProvider.class, provider());
    }
  }

  /**
   * The engine's registry is the one place that checks a provider: its id and version, that what
   * it supplies carries them, and that the mapping fits the two instruments as loaded. A strict
   * engine with only the two instruments and the mapping finds the mapping, or says why not.
   */
  @Test
  void aStrictEngineLoadsTheMappingBetweenItsInstruments() {
    InstrumentMapping loaded = load();
    Safeguard engine = engine();
    InstrumentMapping found = engine.mapping(loaded.fromInstrument(), loaded.toInstrument());
    assertEquals(provider().id(), found.id());
    assertEquals(provider().version(), found.version());
  }

  @Test
  void loadingTwiceGivesEqualMappings() {
    assertEquals(load(), load());
  }

  /**
   * Every answer set the source instrument accepts maps onto the target: each mapped item's answer
   * (or rating) arrives on its target item, and every yes is carried unless its item is dropped.
   * A target that refuses an answer or rating the source accepts fails here, naming the item.
   */
  @Test
  void everyAnswerTheSourceAcceptsArrivesOnItsTargetItemAndNoYesIsLost() {
    InstrumentMapping loaded = load();
    Safeguard engine = engine();
    InstrumentMapping mapping = engine.mapping(loaded.fromInstrument(), loaded.toInstrument());
    Instrument source = engine.instrument(mapping.fromInstrument());
    Random random = new Random(20260115L);
    for (int t = 0; t < TRIES; t++) {
      Responses given = randomResponses(source, random);
      Responses mapped;
      try {
        mapped = engine.map(given, mapping.toInstrument());
      } catch (InvalidInputException e) {
        fail("answers the source accepts do not map onto " + mapping.toInstrument() + ": " + e.getMessage(), e);
        return;
      }
      int yesDropped = 0;
      for (String item : mapping.dropped()) {
        yesDropped += given.answer(item) == Answer.YES ? 1 : 0;
      }
      for (Map.Entry<String, String> e : mapping.items().entrySet()) {
        assertEquals(given.answer(e.getKey()), mapped.answer(e.getValue()), "the answer to " + e.getKey());
        assertEquals(given.rating(e.getKey()), mapped.rating(e.getValue()), "the rating of " + e.getKey());
      }
      assertEquals(given.yesCount() - yesDropped, mapped.yesCount(), "yes answers carried");
    }
  }

  /** Answers the source accepts, one drawn per item: an answer of its scale, or a rating on its scale. */
  private static Responses randomResponses(Instrument instrument, Random random) {
    Responses.Builder b = Responses.builder(instrument);
    List<Answer> scale = new java.util.ArrayList<>(instrument.answerScale());
    scale.sort(null); // the enum's order, so that a seed draws the same answers every run
    RatingScale rating = instrument.ratingScale().orElse(null);
    for (String item : instrument.itemIds()) {
      if (rating != null && random.nextBoolean()) {
        b.rate(item, rating.lowest() + random.nextInt(rating.labels().size()));
      } else {
        b.answer(item, scale.get(random.nextInt(scale.size())));
      }
    }
    return b.build();
  }
}
