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

import org.safeguard.model.Instrument;
import org.safeguard.model.SupplementTrigger;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/**
 * The S-DASH stalking and harassment supplement: 11 items answered yes, no or not known, offered
 * after a yes to the Dash stalking item (police Q8, RIC item 8). No scoring rule or cut-off was
 * found for it (the ACPO DASH 2009 form; SafeLives' quick-start guidance), so its score is the
 * plain yes count, with no categories, read with {@link Instrument#score} as a prompt for
 * professional judgement. The SafeLives policy sets no bands for it, so {@code Safeguard.assess}
 * refuses it; a service that does band it sets its own policy for the id {@value #ID}.
 */
public final class SDashProvider implements InstrumentProvider {
  /** The instrument's id, {@value}; a service that bands S-DASH names it in its own policy. */
  public static final String ID = "s-dash";

  /** The instrument's version, {@value}: the supplement to the DASH 2009 model. */
  public static final String VERSION = "2009";

  /** Offered after a yes to the Dash stalking item, on either Dash checklist. */
  public static final SupplementTrigger TRIGGER = SupplementTrigger.of(DashInstruments.FAMILY, DashItems.STALKING);

  /** The no-argument constructor ServiceLoader uses; it does nothing. */
  public SDashProvider() {}

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
        .family(DashInstruments.FAMILY)
        .itemIds(DashItems.S_DASH.toArray(new String[0]))
        .labels(new Labels(DashInstruments.S_DASH_LABELS))
        .scoringRule(ScoringRule.yesCount())
        .addOfferedAfter(TRIGGER)
        .build();
  }
}
