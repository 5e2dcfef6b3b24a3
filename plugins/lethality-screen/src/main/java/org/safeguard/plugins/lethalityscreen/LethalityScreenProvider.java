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
package org.safeguard.plugins.lethalityscreen;

import org.safeguard.model.Instrument;
import org.safeguard.model.ScoreCategory;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.model.Responses;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/**
 * The Lethality Screen of the Maryland Lethality Assessment Program (LAP): questions 1-11 and the
 * responder's belief, answered yes, no or not known (not answered or refused). Scores 1 when the
 * screen is in and 0 otherwise, with the instrument's own categories {@code not screened in} and
 * {@code high danger}; {@link LethalityScreen#reasons} says which rule fired. The item order is the
 * 2005 MNADV form as our sources reproduce it; one implementation puts strangulation among
 * questions 1-3, so a later revision would be a new version of this instrument.
 */
public final class LethalityScreenProvider implements InstrumentProvider {
  /** The instrument's id, {@value}; {@link LethalityScreen#reasons} takes only answers to it. */
  public static final String ID = "lethality-screen";

  /** The instrument's version, {@value}: the Maryland model as MNADV created it in 2005. */
  public static final String VERSION = "2005";

  static final String LABELS = "org.safeguard.plugins.lethalityscreen.labels";

  /** The no-argument constructor ServiceLoader uses; it does nothing. */
  public LethalityScreenProvider() {}

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
        .itemIds(LethalityScreen.ITEMS.toArray(new String[0]))
        .labels(new Labels(LABELS))
        .addCategories(ScoreCategory.of("not screened in", 0, 0), ScoreCategory.of("high danger", 1, 1))
        .scoringRule(ScreenedIn.RULE)
        .build();
  }

  /** The rule: 1 when the answers screen the victim in, 0 otherwise. A class, so loading links no call site. */
  private enum ScreenedIn implements ScoringRule {
    RULE;

    @Override
    public int score(Responses responses) {
      return LethalityScreen.screensIn(responses.yesMask()) ? 1 : 0;
    }
  }
}
