package org.safeguard.core.internal;

import java.time.Clock;
import java.util.Map;
import org.safeguard.spi.SetupContext;

/** The setup context handed to one provider: who it is, its own configuration, the clock and the class loader. */
record ProviderContext(String providerId, String providerVersion, Map<String, String> configuration, Clock clock,
    ClassLoader classLoader) implements SetupContext {}
