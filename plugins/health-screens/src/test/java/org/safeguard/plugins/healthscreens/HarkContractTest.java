package org.safeguard.plugins.healthscreens;

import org.safeguard.spi.InstrumentProvider;
import org.safeguard.testkit.InstrumentProviderContract;

/** HARK keeps the instrument contract. */
class HarkContractTest extends InstrumentProviderContract {
  @Override
  protected InstrumentProvider provider() {
    return new HarkProvider();
  }
}
