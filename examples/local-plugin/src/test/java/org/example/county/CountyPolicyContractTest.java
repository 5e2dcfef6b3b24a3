package org.example.county;

import org.safeguard.spi.ThresholdPolicyProvider;
import org.safeguard.testkit.ThresholdPolicyProviderContract;

/** The county policy keeps the threshold-policy contract. */
class CountyPolicyContractTest extends ThresholdPolicyProviderContract {
  @Override
  protected ThresholdPolicyProvider provider() {
    return new CountyPolicyProvider();
  }
}
