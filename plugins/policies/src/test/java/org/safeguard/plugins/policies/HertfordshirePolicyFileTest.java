package org.safeguard.plugins.policies;

import org.safeguard.testkit.ThresholdPolicyFileContract;

/** The Hertfordshire policy file keeps the policy-file contract: listed, outside any package, readable, in force. */
class HertfordshirePolicyFileTest extends ThresholdPolicyFileContract {
  static final String FILE = "META-INF/safeguard/policies/hertfordshire-2014.properties";

  @Override
  protected String resource() {
    return FILE;
  }
}
