package org.safeguard.spi;

import java.time.Clock;
import java.util.Map;

/** What a provider gets when it loads: its own configuration and the engine's clock. Nothing more. */
public interface SetupContext {
  /** The id of the provider being loaded. */
  String providerId();

  /** Configuration the embedding system set for this provider id; empty when none. */
  Map<String, String> configuration();

  Clock clock();
}
