package org.safeguard.plugins.dash;

import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.ThresholdPolicyProvider;

/**
 * The SafeLives recommendation: 14 or more yes answers on the Dash checklist is visible high risk
 * and a MARAC referral; SafeLives sets no medium band, so every lower score is standard. MARAC
 * parameters are the SafeLives defaults (reference/instruments.md 1.5 and 1.6). The numbers live
 * in {@code safelives.properties}, in the same form a county uses for its own policy.
 */
public final class SafeLivesPolicyProvider implements ThresholdPolicyProvider {
  public static final String ID = "safelives";
  public static final String VERSION = "2009";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public ThresholdPolicy load(SetupContext context) {
    return ThresholdPolicy.readResource(SafeLivesPolicyProvider.class.getClassLoader(), "org/safeguard/plugins/dash/safelives.properties");
  }
}
