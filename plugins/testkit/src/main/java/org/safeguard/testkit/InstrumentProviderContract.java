package org.safeguard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.Item;
import org.safeguard.model.RatingScale;
import org.safeguard.model.Responses;
import org.safeguard.model.Score;
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
 * <p>It checks that the provider is listed for {@link ServiceLoader}, that its id and version are
 * stable and match the instrument's, that loading is repeatable, that every item has a label when
 * the instrument names a bundle, and that scoring is a pure function of the answers: the same
 * answers in any order give the same score, and no answer set within the instrument's scale makes
 * the rule throw.
 */
public abstract class InstrumentProviderContract {
  /** How many random response sets the scoring checks try. */
  protected static final int TRIES = 500;

  /** The provider under test, newly constructed. */
  protected abstract InstrumentProvider provider();

  /** Configuration the provider needs to load, as the engine would pass it; none by default. */
  protected Map<String, String> configuration() {
    return Map.of();
  }

  /** Whether the provider must be listed in META-INF/services; true unless it is registered in code only. */
  protected boolean foundByServiceLoader() {
    return true;
  }

  protected final Instrument load() {
    InstrumentProvider provider = provider();
    return provider.load(new ContractSetup(provider.id(), configuration()));
  }

  @Test
  void theIdIsStableLowerCaseWordsJoinedByHyphensAndTheVersionIsNotBlank() {
    InstrumentProvider provider = provider();
    assertTrue(provider.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "id: " + provider.id());
    assertEquals(provider.id(), provider.id(), "the id is the same every time it is asked");
    assertEquals(provider().id(), provider.id(), "every instance gives the same id");
    assertFalse(provider.version().isBlank(), "version");
  }

  @Test
  void theInstrumentCarriesTheProvidersIdAndVersion() {
    Instrument instrument = load();
    assertEquals(provider().id(), instrument.id());
    assertEquals(provider().version(), instrument.version());
  }

  @Test
  void loadingTwiceGivesEqualInstruments() {
    assertEquals(load(), load());
  }

  @Test
  void theProviderIsListedForServiceLoader() {
    if (!foundByServiceLoader()) {
      return;
    }
    Class<?> type = provider().getClass();
    boolean listed = ServiceLoader.load(InstrumentProvider.class, type.getClassLoader()).stream()
        .anyMatch(p -> p.type().equals(type));
    assertTrue(listed, type.getName() + " is not listed in META-INF/services/" + InstrumentProvider.class.getName());
  }

  @Test
  void everyItemHasALabelWhenTheInstrumentNamesABundle() {
    Instrument instrument = load();
    if (instrument.labelBundle().isEmpty()) {
      return;
    }
    ResourceBundle bundle;
    try {
      bundle = ResourceBundle.getBundle(instrument.labelBundle().get(), Locale.ROOT, provider().getClass().getClassLoader());
    } catch (MissingResourceException e) {
      fail("the label bundle " + instrument.labelBundle().get() + " is not on the class path");
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
    Random random = new Random(20260115L);
    for (int t = 0; t < TRIES; t++) {
      List<Object> answers = randomAnswers(instrument, random);
      Responses inOrder = build(instrument, answers, order(instrument, null));
      Responses shuffled = build(instrument, answers, order(instrument, random));
      Score first = instrument.score(inOrder);
      assertNotNull(first);
      assertEquals(first, instrument.score(shuffled), "the order answers were given changed the score");
      assertEquals(first, instrument.score(inOrder), "scoring the same answers twice gave different scores");
    }
  }

  @Test
  void anEmptyResponseSetScoresWithoutError() {
    Instrument instrument = load();
    Score score = instrument.score(Responses.builder(instrument).build());
    assertEquals(instrument.items().size(), score.notAskedCount());
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
    List<Answer> scale = new ArrayList<>(instrument.answerScale());
    Collections.sort(scale);
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

  private static Responses build(Instrument instrument, List<Object> answers, List<Integer> order) {
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
    return builder.build();
  }
}
