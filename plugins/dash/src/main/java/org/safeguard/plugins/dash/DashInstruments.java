package org.safeguard.plugins.dash;

import java.util.List;
import java.util.ResourceBundle;
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
        .labels(locale -> ResourceBundle.getBundle(LABELS, locale))
        .scoringRule(ScoringRule.yesCount())
        .build();
  }
}
