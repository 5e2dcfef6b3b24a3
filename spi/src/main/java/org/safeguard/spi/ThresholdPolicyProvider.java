package org.safeguard.spi;

import org.safeguard.model.ThresholdPolicy;

/**
 * Supplies one threshold policy: bands for the instruments it covers and MARAC parameters.
 * Registered in {@code META-INF/services/org.safeguard.spi.ThresholdPolicyProvider}. Most policies
 * are data and ship as files instead; see the engine's {@code PolicyFiles}.
 */
public interface ThresholdPolicyProvider extends Extension {
  /**
   * Builds the policy; its id and version must be the provider's.
   *
   * @param context who the provider is, its configuration, the engine's clock and class loader
   * @return the policy
   */
  ThresholdPolicy load(SetupContext context);
}
