package org.safeguard.plugins.dash;

import org.safeguard.spi.InstrumentProvider;
import org.safeguard.testkit.InstrumentProviderContract;

/** The police DASH keeps the instrument contract. */
class PoliceDashContractTest extends InstrumentProviderContract {
  @Override
  protected InstrumentProvider provider() {
    return new PoliceDashProvider();
  }
}
