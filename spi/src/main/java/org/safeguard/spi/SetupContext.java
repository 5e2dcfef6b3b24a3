package org.safeguard.spi;

import java.time.Clock;
import java.util.Map;

/**
 * What a provider gets when it loads: its own configuration, the engine's clock, and the class
 * loader the engine finds plugins with (for resources a licence holder or service supplies, such as
 * weights or wording). Nothing more.
 */
public interface SetupContext {
  /** The id of the provider being loaded. */
  String providerId();

  /** Configuration the embedding system set for this provider id; empty when none. */
  Map<String, String> configuration();

  Clock clock();

  /**
   * The class loader the engine scans for plugins; look for resources the deploying service
   * supplies here. By default the thread's context class loader.
   */
  default ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : SetupContext.class.getClassLoader();
  }
}
