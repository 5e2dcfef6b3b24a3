package org.safeguard.spi;

import org.safeguard.model.Instrument;

/**
 * Supplies one risk instrument: its items, answer scale and scoring rule. Registered in
 * {@code META-INF/services/org.safeguard.spi.InstrumentProvider}. The instrument's id and version
 * must be the provider's.
 */
public interface InstrumentProvider extends Extension {
  /**
   * Builds the instrument. Called once when the engine is built; a failure here is reported under
   * this provider's id.
   *
   * @param context who the provider is, its configuration, the engine's clock and class loader
   * @return the instrument, carrying this provider's id and version
   */
  Instrument load(SetupContext context);
}
