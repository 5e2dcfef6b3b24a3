package org.safeguard.plugins.dash;

import org.safeguard.spi.InstrumentProvider;
import org.safeguard.testkit.InstrumentProviderContract;

/** The S-DASH stalking supplement keeps the instrument contract. */
class SDashContractTest extends InstrumentProviderContract {
  @Override
  protected InstrumentProvider provider() {
    return new SDashProvider();
  }
}
