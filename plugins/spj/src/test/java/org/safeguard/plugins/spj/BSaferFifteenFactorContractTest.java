package org.safeguard.plugins.spj;

import org.safeguard.spi.InstrumentProvider;
import org.safeguard.testkit.InstrumentProviderContract;

/** The 15-factor B-SAFER form keeps the instrument contract. */
class BSaferFifteenFactorContractTest extends InstrumentProviderContract {
  @Override
  protected InstrumentProvider provider() {
    return new BSaferFifteenFactorProvider();
  }
}
