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
package org.safeguard.plugins.odara;

import java.util.List;
import java.util.Map;
import org.safeguard.model.Answer;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.ScoreCategory;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.SetupContext;

/**
 * ODARA 2004: 13 items, each present ({@link Answer#YES}, 1 point) or absent ({@link Answer#NO}, 0
 * points), summed to 0-13 and read against the seven published bins 0, 1, 2, 3, 4, 5-6 and 7-13
 * (Hilton et al., ODARA). The bins are the instrument's own categories; a risk level comes only
 * from the local threshold policy in force.
 *
 * <p><b>Missing items: our documented assumption, not the manual's rule.</b> The manual allows a
 * limited number of items to be missing and prorates the score, but the exact rule is unverified
 * in our sources (to be confirmed in Hilton, Harris and Rice 2010, Appendix A). Until
 * it is, this plugin applies the following rule, which a service can tighten or loosen in
 * configuration:
 *
 * <ul>
 *   <li>an item is <em>missing</em> when it is not answered present or absent: answered {@link
 *       Answer#NOT_KNOWN} or left {@link Answer#NOT_ASKED}; neither ever counts as absent;
 *   <li>up to {@value #DEFAULT_MAX_MISSING} items may be missing, or the number set with the
 *       configuration key {@value #MAX_MISSING_KEY} (an integer from 0 to 12) for provider id
 *       {@value #ID};
 *   <li>within that limit the score is prorated to the full 13 items: {@code round-half-up(present
 *       x 13 / answered)}, where answered is the number of items marked present or absent. With
 *       nothing missing this is exactly the present count;
 *   <li>beyond that limit the assessment is invalid ({@link org.safeguard.spi.ScoringRule#invalidReason})
 *       and the score is the unprorated present count, a floor, never scaled up from a few answers.
 * </ul>
 *
 * <p>A configuration value that is not an integer from 0 to 12 fails loading, reported under this
 * provider's id.
 */
public final class OdaraProvider implements InstrumentProvider {
  /** The instrument's id, {@value}; configuration for this provider is set under it. */
  public static final String ID = "odara";

  /** The instrument's version, {@value}: the items and scoring as published by Hilton et al. */
  public static final String VERSION = "2004";

  /** The configuration key for the most items that may be missing before an assessment is invalid. */
  public static final String MAX_MISSING_KEY = "max-missing";

  /** The most missing items allowed when the configuration sets none: our assumption, see above. */
  public static final int DEFAULT_MAX_MISSING = 5;

  static final String LABELS = "org.safeguard.plugins.odara.labels";

  /** The 13 items in the published order (Hilton et al., ODARA). */
  static final List<String> ITEMS = List.of(
      "prior-domestic-assault",
      "prior-non-domestic-assault",
      "prior-custodial-sentence",
      "failed-conditional-release",
      "threat-at-index-assault",
      "confinement-at-index-assault",
      "victim-fears-future-assault",
      "more-than-one-child",
      "victim-child-by-previous-partner",
      "violence-against-others",
      "substance-abuse",
      "assault-during-pregnancy",
      "barriers-to-victim-support");

  /** The seven published score bins, lowest first. */
  static final List<ScoreCategory> BINS = List.of(
      ScoreCategory.of("0", 0, 0),
      ScoreCategory.of("1", 1, 1),
      ScoreCategory.of("2", 2, 2),
      ScoreCategory.of("3", 3, 3),
      ScoreCategory.of("4", 4, 4),
      ScoreCategory.of("5-6", 5, 6),
      ScoreCategory.of("7-13", 7, 13));

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
        .categories(BINS)
        .scoringRule(new OdaraScoring(ITEMS.size(), maxMissing(context.configuration())))
        .build();
  }

  private static int maxMissing(Map<String, String> configuration) {
    String value = configuration.get(MAX_MISSING_KEY);
    if (value == null) {
      return DEFAULT_MAX_MISSING;
    }
    int max;
    try {
      max = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(MAX_MISSING_KEY, value, "must be an integer from 0 to " + (ITEMS.size() - 1));
    }
    if (max < 0 || max > ITEMS.size() - 1) {
      throw new InvalidInputException(MAX_MISSING_KEY, value,
          "must be an integer from 0 to " + (ITEMS.size() - 1) + ": at least one item must be answered to prorate");
    }
    return max;
  }
}
