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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.OptionalInt;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.model.Agency;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.Item;
import org.safeguard.model.RatingScale;
import org.safeguard.model.Responses;
import org.safeguard.model.Score;
import org.safeguard.model.ScoreCategory;
import org.safeguard.spi.InstrumentProvider;

/**
 * The contract every {@link InstrumentProvider} keeps. Extend it in the plugin's tests and return
 * the provider; every test here then runs against it:
 *
 * <pre>{@code
 * class CountyChecklistContractTest extends InstrumentProviderContract {
 *   protected InstrumentProvider provider() {
 *     return new CountyChecklistProvider();
 *   }
 * }
 * }</pre>
 *
 * <p>It checks that the provider is listed for {@link ServiceLoader}; that its id and version are
 * stable and are the instrument's; that loading is repeatable, down to the scores the rule gives;
 * that every item has a label when the instrument names a bundle; that the instrument's own
 * not-known limit and categories make sense; and that scoring is a pure function of the answers:
 * the same answers (and the same sources) in any order give the same score, no answer set within
 * the instrument's scale (every rating from lowest to highest, for a rated instrument) makes the
 * rule throw, and no score that a policy will band is below zero.
 */
public abstract class InstrumentProviderContract {
  /** How many random response sets the scoring checks try. */
  protected static final int TRIES = 500;

  /** Fixed, so that a failure found once is found again on the next run. */
  private static final long SEED = 20260115L;

  /** For the plugin's own test class, which extends this contract. */
  protected InstrumentProviderContract() {}

  /**
   * The provider under test, newly constructed on every call, as ServiceLoader would construct it.
   *
   * @return a new instance of the provider
   */
  protected abstract InstrumentProvider provider();

  /**
   * Configuration the provider needs to load, as the engine would pass it; none by default.
   * Override it for a provider that cannot load without settings, such as a path to licensed data.
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
   * Loads the instrument as the engine would, with {@link #configuration()}, for a plugin's own
   * extra tests.
   *
   * @return the instrument, never null
   */
  protected final Instrument load() {
    InstrumentProvider provider = provider();
    Instrument instrument = provider.load(new ContractSetup(provider.id(), provider.version(), configuration()));
    assertNotNull(instrument, "load returned nothing");
    return instrument;
  }

  @Test
  void theIdIsStableLowerCaseWordsJoinedByHyphensAndTheVersionIsNotBlank() {
    ContractChecks.assertStableIdAndVersion(this::provider);
  }

  /**
   * The engine's registry is the one place that checks a provider: its id and version, and that
   * what it supplies carries them. A strict engine with only this provider either loads it or says
   * why.
   */
  @Test
  void aStrictEngineLoadsTheProvider() {
    InstrumentProvider provider = provider();
    Safeguard engine = ContractChecks.strictEngine(provider, configuration(),
        builder -> builder.addInstrument(provider).thresholdPolicy(ContractChecks.POLICY_WITHOUT_BANDS));
    assertEquals(provider.version(), engine.instrument(provider.id(), provider.version()).version());
  }

  @Test
  void loadingTwiceGivesEqualInstruments() {
    assertEquals(load(), load());
  }

  /** Instrument equality leaves the rule out, so a rule that changes from one load to the next is caught here. */
  @Test
  void twoLoadsScoreEveryAnswerSetAlike() {
    Instrument first = load();
    Instrument second = load();
    Random random = new Random(SEED);
    for (int t = 0; t < TRIES; t++) {
      Responses responses = randomResponses(first, random);
      assertEquals(first.score(responses), second.score(responses), "two loads scored one answer set differently: " + describe(responses));
    }
  }

  @Test
  void theProviderIsListedForServiceLoader() {
    if (foundByServiceLoader()) {
      ContractChecks.assertListed(InstrumentProvider.class, provider());
    }
  }

  @Test
  void everyItemHasALabelWhenTheInstrumentHasLabels() {
    Instrument instrument = load();
    if (instrument.labels().isEmpty()) {
      return;
    }
    ResourceBundle bundle;
    try {
      bundle = instrument.labels().get().bundle(Locale.ROOT);
    } catch (MissingResourceException e) {
      fail("the instrument's labels name a bundle that is not there: " + e.getMessage());
      return;
    }
    for (Item item : instrument.items()) {
      assertTrue(bundle.containsKey(item.id()), "no label for item " + item.id());
      assertFalse(bundle.getString(item.id()).isBlank(), "blank label for item " + item.id());
    }
  }

  @Test
  void scoringIsAPureFunctionOfTheAnswersWhateverTheirOrder() {
    Instrument instrument = load();
    Random random = new Random(SEED);
    for (int t = 0; t < TRIES; t++) {
      List<Object> answers = randomAnswers(instrument, random);
      Map<Integer, Agency> sources = randomSources(answers, random);
      Responses inOrder = build(instrument, answers, sources, order(instrument, null));
      Responses shuffled = build(instrument, answers, sources, order(instrument, random));
      Score first = instrument.score(inOrder);
      assertNotNull(first);
      // twice first: a rule with state between calls is told apart from one that reads the order
      assertEquals(first, instrument.score(inOrder),
          "scoring the same answers twice gave different scores; a rule keeps no state between calls: " + describe(inOrder));
      assertEquals(first, instrument.score(shuffled), "the order the answers or their sources were given in changed the score: " + describe(inOrder));
    }
  }

  @Test
  void anEmptyResponseSetScoresWithoutError() {
    Instrument instrument = load();
    Score score = instrument.score(Responses.builder(instrument).build());
    assertEquals(instrument.items().size(), score.notAskedCount());
  }

  @Test
  void everyAnswerSetWithinTheScaleScoresWithoutError() {
    Instrument instrument = load();
    for (Responses responses : testedResponses(instrument)) {
      try {
        assertNotNull(instrument.score(responses));
      } catch (RuntimeException e) {
        fail("scoring threw " + e + " for " + describe(responses), e);
      }
    }
  }

  /**
   * Policy bands start at 0, so a score below it would fall in no band. An instrument that computes
   * no level (structured professional judgement) is never banded and may score as it likes.
   */
  @Test
  void noAnswerSetScoresBelowZero() {
    Instrument instrument = load();
    if (!instrument.computesLevel()) {
      return;
    }
    for (Responses responses : testedResponses(instrument)) {
      int score = instrument.rawScore(responses);
      assertTrue(score >= 0, "score " + score + " for " + describe(responses));
    }
  }

  /** An assessment is invalid at the limit; below 1 every assessment is invalid, above the item count none can be. */
  @Test
  void theNotKnownLimitLeavesRoomForAValidAndAnInvalidAssessment() {
    Instrument instrument = load();
    OptionalInt limit = instrument.notKnownLimit();
    if (limit.isPresent()) {
      int n = instrument.items().size();
      assertTrue(limit.getAsInt() >= 1 && limit.getAsInt() <= n,
          "the not-known limit " + limit.getAsInt() + " must be between 1 and the item count " + n);
    }
  }

  @Test
  void theInstrumentsOwnCategoriesRunLowestFirstWithoutOverlapping() {
    List<ScoreCategory> categories = load().categories();
    for (int i = 0; i < categories.size(); i++) {
      ScoreCategory category = categories.get(i);
      ContractChecks.assertNotBlank("the label of category " + i, category.label());
      if (i > 0) {
        ScoreCategory previous = categories.get(i - 1);
        assertTrue(previous.upper().isPresent() && previous.upper().getAsInt() < category.lower(),
            "category '" + category.label() + "' from " + category.lower() + " overlaps or comes before '" + previous.label() + "'");
      }
    }
  }

  /**
   * The response sets the no-error and not-below-zero checks score: every item given the same
   * answer (or the same rating, for each rating on the scale), each item answered alone with each
   * answer or rating, and {@link #TRIES} random sets.
   */
  private static List<Responses> testedResponses(Instrument instrument) {
    List<Object> values = new ArrayList<>(sortedScale(instrument));
    instrument.ratingScale().ifPresent(scale -> {
      for (int r = scale.lowest(); r <= scale.highest(); r++) {
        values.add(r);
      }
    });
    int n = instrument.items().size();
    List<Integer> order = order(instrument, null);
    List<Responses> sets = new ArrayList<>();
    for (Object value : values) {
      sets.add(build(instrument, Collections.nCopies(n, value), Map.of(), order));
      for (int i = 0; i < n; i++) {
        List<Object> alone = new ArrayList<>(Collections.nCopies(n, Answer.NOT_ASKED));
        alone.set(i, value);
        sets.add(build(instrument, alone, Map.of(), order));
      }
    }
    Random random = new Random(SEED);
    for (int t = 0; t < TRIES; t++) {
      sets.add(randomResponses(instrument, random));
    }
    return sets;
  }

  private static List<Answer> sortedScale(Instrument instrument) {
    List<Answer> scale = new ArrayList<>(instrument.answerScale());
    Collections.sort(scale);
    return scale;
  }

  private static Responses randomResponses(Instrument instrument, Random random) {
    List<Object> answers = randomAnswers(instrument, random);
    return build(instrument, answers, randomSources(answers, random), order(instrument, random));
  }

  private static List<Integer> order(Instrument instrument, Random shuffle) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < instrument.items().size(); i++) {
      order.add(i);
    }
    if (shuffle != null) {
      Collections.shuffle(order, shuffle);
    }
    return order;
  }

  /** One answer per item: an {@link Answer} for a checklist, an Integer rating or NOT_KNOWN / NOT_ASKED for a rated instrument. */
  private static List<Object> randomAnswers(Instrument instrument, Random random) {
    List<Answer> scale = sortedScale(instrument);
    List<Object> answers = new ArrayList<>();
    for (int i = 0; i < instrument.items().size(); i++) {
      if (instrument.ratingScale().isPresent() && random.nextInt(4) != 0) {
        RatingScale ratings = instrument.ratingScale().get();
        answers.add(ratings.lowest() + random.nextInt(ratings.labels().size()));
      } else {
        answers.add(scale.get(random.nextInt(scale.size())));
      }
    }
    return answers;
  }

  /** For about a third of the answered items, the agency the answer came from. */
  private static Map<Integer, Agency> randomSources(List<Object> answers, Random random) {
    Agency[] agencies = Agency.values();
    Map<Integer, Agency> sources = new LinkedHashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i) != Answer.NOT_ASKED && random.nextInt(3) == 0) {
        sources.put(i, agencies[random.nextInt(agencies.length)]);
      }
    }
    return sources;
  }

  /** Gives the answers, then the sources, item by item in {@code order}. */
  private static Responses build(Instrument instrument, List<Object> answers, Map<Integer, Agency> sources, List<Integer> order) {
    Responses.Builder builder = Responses.builder(instrument);
    for (int i : order) {
      String item = instrument.items().get(i).id();
      Object answer = answers.get(i);
      if (answer instanceof Integer) {
        builder.rate(item, (Integer) answer);
      } else {
        builder.answer(item, (Answer) answer);
      }
    }
    for (int i : order) {
      if (sources.containsKey(i)) {
        builder.source(instrument.items().get(i).id(), sources.get(i));
      }
    }
    return builder.build();
  }

  /** The answers item by item, for a failure message; the kit's answers are synthetic. */
  private static String describe(Responses responses) {
    Instrument instrument = responses.instrument();
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < instrument.items().size(); i++) {
      OptionalInt rating = responses.ratingAt(i);
      out.append(i == 0 ? "" : ", ").append(instrument.items().get(i).id()).append('=')
          .append(rating.isPresent() ? String.valueOf(rating.getAsInt()) : responses.answerAt(i).name());
    }
    return out.append(", sources=").append(responses.sources()).append('}').toString();
  }
}
