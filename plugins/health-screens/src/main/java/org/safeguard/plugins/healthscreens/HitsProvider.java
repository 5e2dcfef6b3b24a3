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
package org.safeguard.plugins.healthscreens;

import java.util.List;
import java.util.Optional;
import org.safeguard.model.Instrument;
import org.safeguard.model.RatingScale;
import org.safeguard.model.Responses;
import org.safeguard.model.ScoreCategory;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/**
 * HITS (Hurt, Insult, Threaten, Scream; Sherin 1998): four items, each rated 1 never, 2 rarely, 3
 * sometimes, 4 fairly often or 5 frequently; the score is the sum, 4-20, and more than 10 is a
 * positive screen (Sherin et al., HITS). Categories: {@code negative} 4-10, {@code positive}
 * 11-20.
 *
 * <p>The cut-off is defined on the sum of all four ratings, so the screen needs all four: with
 * fewer than four rated (an item left out or marked not known) the assessment is invalid
 * ({@link ScoringRule#invalidReason}) and the score is the sum of the ratings given, only a floor of
 * the full sum; unless that floor is already above the cut-off, when the screen is positive
 * whatever the missing items would add, as HARK is positive on any yes.
 */
public final class HitsProvider implements InstrumentProvider {
  /** The instrument's id, {@value}. */
  public static final String ID = "hits";

  /** Positive above this sum (Sherin et al., HITS). */
  static final int POSITIVE_ABOVE = 10;

  /** The instrument's version, {@value}, the year it was published. */
  public static final String VERSION = "1998";

  static final String LABELS = "org.safeguard.plugins.healthscreens.labels";

  static final List<String> ITEMS = List.of("physically-hurt", "insulted", "threatened", "screamed-at");

  static final RatingScale RATINGS = RatingScale.of(1, "never", "rarely", "sometimes", "fairly-often", "frequently");

  /** Positive above 10. */
  static final List<ScoreCategory> CATEGORIES = List.of(
      ScoreCategory.of("negative", 4, 10),
      ScoreCategory.of("positive", 11, 20));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public Instrument load(SetupContext context) {
    return Instrument.builder(context)
        .itemIds(ITEMS.toArray(new String[0]))
        .labels(new Labels(LABELS))
        .ratingScale(RATINGS)
        .categories(CATEGORIES)
        .scoringRule(Sum.INSTANCE)
        .build();
  }

  /**
   * The sum of the ratings; invalid unless all four items are rated, or the ratings given already
   * pass the cut-off (every missing item could only add to the sum, so the screen is positive).
   */
  enum Sum implements ScoringRule {
    INSTANCE;

    @Override
    public int score(Responses responses) {
      return responses.ratingSum();
    }

    @Override
    public Optional<String> invalidReason(Responses responses) {
      int rated = responses.ratedCount();
      int items = responses.instrument().items().size();
      if (rated < items && responses.ratingSum() <= POSITIVE_ABOVE) {
        return Optional.of(rated + " of " + items + " items rated and their sum is not above " + POSITIVE_ABOVE
            + "; the screen's cut-off needs all " + items);
      }
      return Optional.empty();
    }
  }
}
