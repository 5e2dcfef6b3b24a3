package org.safeguard.plugins.lethalityscreen;

import org.safeguard.spi.InstrumentProvider;
import org.safeguard.testkit.InstrumentProviderContract;

/** The Lethality Screen keeps the instrument contract. */
class LethalityScreenContractTest extends InstrumentProviderContract {
  @Override
  protected InstrumentProvider provider() {
    return new LethalityScreenProvider();
  }
}
