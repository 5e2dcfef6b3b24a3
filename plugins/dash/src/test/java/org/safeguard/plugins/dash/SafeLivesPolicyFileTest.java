package org.safeguard.plugins.dash;

import org.safeguard.testkit.ThresholdPolicyFileContract;

/** The SafeLives policy, shipped as configuration, keeps the policy-file contract. */
class SafeLivesPolicyFileTest extends ThresholdPolicyFileContract {
  @Override
  protected String resource() {
    return "META-INF/safeguard/policies/safelives.properties";
  }
}
