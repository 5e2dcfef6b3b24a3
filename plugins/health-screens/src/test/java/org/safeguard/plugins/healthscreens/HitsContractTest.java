package org.safeguard.plugins.healthscreens;

import org.safeguard.spi.InstrumentProvider;
import org.safeguard.testkit.InstrumentProviderContract;

/** HITS keeps the instrument contract. */
class HitsContractTest extends InstrumentProviderContract {
  @Override
  protected InstrumentProvider provider() {
    return new HitsProvider();
  }
}
