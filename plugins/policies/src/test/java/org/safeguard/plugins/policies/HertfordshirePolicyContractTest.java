package org.safeguard.plugins.policies;

import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.ThresholdPolicyProvider;
import org.safeguard.testkit.ThresholdPolicyProviderContract;

/**
 * The Hertfordshire policy file keeps the threshold-policy contract. The file is configuration,
 * found through META-INF/safeguard/threshold-policies rather than a provider class, so the test
 * reads it through a provider made for the test and skips the ServiceLoader check.
 */
class HertfordshirePolicyContractTest extends ThresholdPolicyProviderContract {
  static final String FILE = "org/safeguard/plugins/policies/hertfordshire-2014.properties";

  @Override
  protected ThresholdPolicyProvider provider() {
    return new ThresholdPolicyProvider() {
      @Override
      public String id() {
        return "hertfordshire-2014";
      }

      @Override
      public String version() {
        return "2014";
      }

      @Override
      public ThresholdPolicy load(SetupContext context) {
        return ThresholdPolicy.readResource(HertfordshirePolicyContractTest.class.getClassLoader(), FILE);
      }
    };
  }

  @Override
  protected boolean foundByServiceLoader() {
    return false;
  }
}
