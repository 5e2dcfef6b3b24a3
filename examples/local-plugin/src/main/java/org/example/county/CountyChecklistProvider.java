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
package org.example.county;

import java.util.ResourceBundle;
import org.safeguard.model.Instrument;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/**
 * Exampleshire's first-contact checklist: eight yes / no questions, scored as the number of yes
 * answers. Synthetic: made up for this example, not a validated instrument.
 *
 * <p>The engine finds this class through
 * {@code META-INF/services/org.safeguard.spi.InstrumentProvider}, constructs it with the public
 * no-argument constructor, asks its id and version, then calls {@link #load} once.
 */
public final class CountyChecklistProvider implements InstrumentProvider {
  public static final String ID = "exampleshire-checklist";
  public static final String VERSION = "1.0";

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
    return Instrument.builder(context)          // id and version: the provider's, stated once above
        .itemIds(                                // in the order the form asks them
            "recent-incident",
            "fears-for-safety",
            "threats-made",
            "recent-separation",
            "children-in-household",
            "financial-control",
            "isolation",
            "previous-police-contact")
        // labels live in a bundle keyed by item id; loaded here, in the plugin's own code, so that the
        // module path finds it too
        .labels(locale -> ResourceBundle.getBundle("org.example.county.labels", locale))
        .notKnownLimit(4)                        // 4 or more "not known" answers: insufficient information for a level
        .scoringRule(ScoringRule.yesCount())     // a pure function of the answers
        .build();
  }
}
