package org.safeguard.plugins.dash;

import org.safeguard.model.Instrument;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.SetupContext;

/**
 * The ACPO DASH 2009 form used by police first responders: the 24 RIC questions plus three about
 * children and dependants, scored as the number of yes answers. {@link DashMappings#policeToRic}
 * carries its answers onto the RIC.
 */
public final class PoliceDashProvider implements InstrumentProvider {
  /** The instrument's id, {@value}. */
  public static final String ID = "acpo-dash";

  /** The instrument's version, {@value}: the form ACPO accredited in March 2009. */
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
