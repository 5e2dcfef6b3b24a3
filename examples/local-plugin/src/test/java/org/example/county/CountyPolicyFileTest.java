package org.example.county;

import org.safeguard.testkit.ThresholdPolicyFileContract;

/** Exampleshire's thresholds, shipped as a file with no code, keep the policy-file contract. */
class CountyPolicyFileTest extends ThresholdPolicyFileContract {
  @Override
  protected String resource() {
    return "META-INF/safeguard/policies/exampleshire-2025.properties";
  }
}
