package org.safeguard.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.safeguard.spi.SetupContext;

/** The setup context the contract tests hand a provider: who it is, the configuration the test gives, and a fixed clock. */
record ContractSetup(String providerId, String providerVersion, Map<String, String> configuration) implements SetupContext {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

  @Override
  public Clock clock() {
    return CLOCK;
  }
}
