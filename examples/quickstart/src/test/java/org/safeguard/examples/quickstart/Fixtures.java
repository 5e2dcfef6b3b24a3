package org.safeguard.examples.quickstart;

import java.util.List;
import org.safeguard.core.Safeguard;
import org.safeguard.model.Instrument;
import org.safeguard.model.Item;

/** What several tests need: the Dash RIC as the plugin supplies it, and the shipped sample read through it. */
final class Fixtures {
  static final Instrument DASH_RIC = Safeguard.builder().build().instrument(Quickstart.INSTRUMENT);

  static final List<String> ITEM_IDS = DASH_RIC.items().stream().map(Item::id).toList();

  private Fixtures() {}

  static List<SyntheticCase> sample() {
    return CaseCsv.readSample(DASH_RIC, SyntheticCases.SCREENING_DATE);
  }
}
