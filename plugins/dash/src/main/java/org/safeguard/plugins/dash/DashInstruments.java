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
package org.safeguard.plugins.dash;

import java.util.List;
import org.safeguard.model.Instrument;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/** Builds the Dash checklists as data: items, yes / no / not known, and the yes-count rule. */
final class DashInstruments {
  static final String FAMILY = "dash";
  static final String LABELS = "org.safeguard.plugins.dash.labels";
  /** S-DASH has its own bundle: its questions differ from the Dash ones even where an id is the same. */
  static final String S_DASH_LABELS = "org.safeguard.plugins.dash.sdash.labels";

  private DashInstruments() {}

  static Instrument build(SetupContext context, List<String> itemIds) {
    return Instrument.builder(context)
        .family(FAMILY)
        .itemIds(itemIds.toArray(new String[0]))
        .labels(new Labels(LABELS))
        .scoringRule(ScoringRule.yesCount())
        .build();
  }
}
