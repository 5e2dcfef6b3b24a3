package org.safeguard.core.internal;

import java.time.Clock;
import java.util.Map;
import org.safeguard.spi.SetupContext;

/** The setup context handed to one provider. */
record ProviderContext(String providerId, Map<String, String> configuration, Clock clock, ClassLoader classLoader)
    implements SetupContext {}
