package org.safeguard.plugins.dangerassessment;

import java.util.Map;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.testkit.InstrumentProviderContract;

/** The Danger Assessment keeps the instrument contract, loaded with the made-up test weights. */
class DangerAssessmentContractTest extends InstrumentProviderContract {
  @Override
  protected InstrumentProvider provider() {
    return new DangerAssessmentProvider();
  }

  @Override
  protected Map<String, String> configuration() {
    return TestFixtures.CONFIGURATION;
  }
}
