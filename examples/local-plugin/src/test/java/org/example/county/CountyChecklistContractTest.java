package org.example.county;

import org.safeguard.spi.InstrumentProvider;
import org.safeguard.testkit.InstrumentProviderContract;

/** The county checklist keeps the instrument contract: every test of the kit's contract runs against it. */
class CountyChecklistContractTest extends InstrumentProviderContract {
  @Override
  protected InstrumentProvider provider() {
    return new CountyChecklistProvider();
  }
}
