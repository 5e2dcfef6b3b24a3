package org.example.county;

import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.ThresholdPolicyProvider;

/**
 * Exampleshire's thresholds for its checklist. The numbers are data, in {@code policy.properties}
 * beside this class; the provider only reads them and says which policy and version they are.
 */
public final class CountyPolicyProvider implements ThresholdPolicyProvider {
  public static final String ID = "exampleshire-2025";
  public static final String VERSION = "2025.1";

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
    // this class's own loader, so the file is found wherever the plugin jar sits
    return ThresholdPolicy.readResource(CountyPolicyProvider.class.getClassLoader(), "org/example/county/policy.properties");
  }
}
