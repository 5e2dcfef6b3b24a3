package org.safeguard.plugins.dash;

import java.util.List;
import org.safeguard.model.Instrument;
import org.safeguard.spi.ScoringRule;

/** Builds the Dash checklists as data: items, yes / no / not known, and the yes-count rule. */
final class DashInstruments {
  static final String FAMILY = "dash";
  static final String LABELS = "org.safeguard.plugins.dash.labels";
  /** S-DASH has its own bundle: its questions differ from the Dash ones even where an id is the same. */
  static final String S_DASH_LABELS = "org.safeguard.plugins.dash.sdash.labels";

  private DashInstruments() {}

  static Instrument build(String id, String version, List<String> itemIds) {
    return Instrument.builder()
        .id(id)
        .version(version)
        .family(FAMILY)
        .itemIds(itemIds.toArray(new String[0]))
        .labelBundle(LABELS)
        .scoringRule(ScoringRule.yesCount())
        .build();
  }
}
