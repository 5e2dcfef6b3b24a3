package org.safeguard.plugins.dash;

import org.safeguard.spi.InstrumentProvider;
import org.safeguard.testkit.InstrumentProviderContract;

/** The SafeLives Dash RIC keeps the instrument contract. */
class DashRicContractTest extends InstrumentProviderContract {
  @Override
  protected InstrumentProvider provider() {
    return new DashRicProvider();
  }
}
