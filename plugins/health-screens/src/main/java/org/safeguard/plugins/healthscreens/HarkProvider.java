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
import org.safeguard.model.Responses;
import org.safeguard.model.ScoreCategory;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/**
 * HARK (Humiliation, Afraid, Rape, Kick; Sohal 2007): four yes / no questions about the past year;
 * the score is the number of yes answers, and any yes is a positive screen (Sohal et al., HARK).
 * Categories: {@code negative} 0, {@code positive} 1-4. LOINC has codes for the items and the
 * total (76499-3, 76501-6, 76502-4, 76503-2; total 76504-0) that a FHIR export would need; the
 * model's items carry no codes yet.
 *
 * <p>Our rule for incomplete answers: one yes is enough for a positive screen whatever else is
 * missing, but a negative screen needs all four answered no. With no yes and any item not known or
 * not asked, the assessment is invalid ({@link ScoringRule#invalidReason}): a question that was not
 * answered is never read as a no.
 */
public final class HarkProvider implements InstrumentProvider {
  /** The instrument's id, {@value}. */
  public static final String ID = "hark";

  /** The instrument's version, {@value}, the year it was published. */
  public static final String VERSION = "2007";

  static final String LABELS = "org.safeguard.plugins.healthscreens.labels";

  static final List<String> ITEMS = List.of("humiliated", "afraid", "forced-sex", "kicked-or-hit");

  /** Positive on any yes. */
  static final List<ScoreCategory> CATEGORIES = List.of(
      ScoreCategory.of("negative", 0, 0),
      ScoreCategory.of("positive", 1, 4));

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
        .categories(CATEGORIES)
        .scoringRule(AnyYes.INSTANCE)
        .build();
  }

  /** The yes count; a screen with no yes is invalid unless every item was answered no. */
  enum AnyYes implements ScoringRule {
    INSTANCE;

    @Override
    public int score(Responses responses) {
      return responses.yesCount();
    }

    @Override
    public Optional<String> invalidReason(Responses responses) {
      int items = responses.instrument().items().size();
      if (responses.yesCount() == 0 && responses.noCount() < items) {
        int missing = items - responses.noCount();
        return Optional.of("no yes answer and " + missing + " of " + items
            + " items not known or not asked; a negative screen needs every item answered no");
      }
      return Optional.empty();
    }
  }
}
