package org.safeguard.plugins.odara;

import org.safeguard.spi.InstrumentProvider;
import org.safeguard.testkit.InstrumentProviderContract;

/** ODARA keeps the instrument contract. */
class OdaraContractTest extends InstrumentProviderContract {
  @Override
  protected InstrumentProvider provider() {
    return new OdaraProvider();
  }
}
