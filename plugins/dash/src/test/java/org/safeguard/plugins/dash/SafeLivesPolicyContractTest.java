package org.safeguard.plugins.dash;

import org.safeguard.spi.ThresholdPolicyProvider;
import org.safeguard.testkit.ThresholdPolicyProviderContract;

/** The SafeLives policy keeps the threshold-policy contract. */
class SafeLivesPolicyContractTest extends ThresholdPolicyProviderContract {
  @Override
  protected ThresholdPolicyProvider provider() {
    return new SafeLivesPolicyProvider();
  }
}
