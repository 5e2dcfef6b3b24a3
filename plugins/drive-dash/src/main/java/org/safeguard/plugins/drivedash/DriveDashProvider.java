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
package org.safeguard.plugins.drivedash;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.safeguard.model.Instrument;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/**
 * Supplies the Drive-DASH: 20 yes / no / not known items, scored by the count of "yes", with an
 * assessment of 11 or more "not known" giving no score.
 */
public final class DriveDashProvider implements InstrumentProvider {
  /** The instrument's id. */
  public static final String ID = "drive-dash";

  /** The version: the evaluation's matched item set, from its report of 2019. */
  public static final String VERSION = "2019";

  /** The number of items matched across the programme's years. */
  public static final int ITEMS = 20;

  /** The number of "not applicable / not known" answers at which the evaluation excluded an assessment. */
  public static final int NOT_KNOWN_LIMIT = 11;

  /** The item ids, {@code matched-01} to {@code matched-20}, in order. */
  public static final List<String> ITEM_IDS;

  static {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= ITEMS; i++) {
      ids.add(String.format(java.util.Locale.ROOT, "matched-%02d", i));
    }
    ITEM_IDS = Collections.unmodifiableList(ids);
  }

  static final String LABELS = "org.safeguard.plugins.drivedash.labels";

  /** Found by {@link java.util.ServiceLoader}. */
  public DriveDashProvider() {}

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
        .itemIds(ITEM_IDS.toArray(new String[0]))
        .labels(new Labels(LABELS))
        .notKnownLimit(NOT_KNOWN_LIMIT)
        .scoringRule(ScoringRule.yesCount())
        .build();
  }
}
