package org.safeguard.plugins.dash;

import org.safeguard.model.Instrument;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.SetupContext;

/**
 * The SafeLives Dash risk identification checklist (formerly CAADA-DASH): 24 items answered yes,
 * no or not known, scored as the number of yes answers. Its content and thresholds are unchanged
 * since the 2009 model (reference/instruments.md 1.1 and 1.3).
 */
public final class DashRicProvider implements InstrumentProvider {
  public static final String ID = "safelives-dash-ric";
  public static final String VERSION = "2009";

  /** The no-argument constructor ServiceLoader uses; it does nothing. */
  public DashRicProvider() {}

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
    return DashInstruments.build(context, DashItems.RIC);
  }
}
