package org.safeguard.plugins.lethalityscreen;

import java.util.ResourceBundle;
import org.safeguard.model.Instrument;
import org.safeguard.model.ScoreCategory;
import org.safeguard.spi.InstrumentProvider;
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
        .labels(locale -> ResourceBundle.getBundle(LABELS, locale))
        .addCategories(ScoreCategory.of("not screened in", 0, 0), ScoreCategory.of("high danger", 1, 1))
        .scoringRule(responses -> LethalityScreen.screensIn(responses.yesMask()) ? 1 : 0)
        .build();
  }
}
