package org.safeguard.plugins.dash;

import org.safeguard.model.Instrument;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.SetupContext;

/**
 * The ACPO DASH 2009 form used by police first responders: the 24 RIC questions plus three about
 * children and dependants (reference/instruments.md 1.2), scored as the number of yes answers.
 */
public final class PoliceDashProvider implements InstrumentProvider {
  public static final String ID = "acpo-dash";
  public static final String VERSION = "2009";

  /** The no-argument constructor ServiceLoader uses; it does nothing. */
  public PoliceDashProvider() {}

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
    return DashInstruments.build(context, DashItems.POLICE);
  }
}
