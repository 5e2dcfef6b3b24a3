package org.safeguard.core;

import org.safeguard.model.SafeguardException;

/**
 * A plugin could not be loaded: two providers claim one id, or a provider failed while starting.
 * The message names the provider id (when the provider got far enough to say it), its class and the
 * jar it came from.
 */
public final class PluginLoadException extends SafeguardException {
  private static final long serialVersionUID = 1L;

  private final String providerId;

  public PluginLoadException(String providerId, String message, Throwable cause) {
    super(message, cause);
    this.providerId = providerId;
  }

  public PluginLoadException(String providerId, String message) {
    super(message);
    this.providerId = providerId;
  }

  /** The id of the provider at fault, or the provider's class name when it failed before giving one. */
  public String providerId() {
    return providerId;
  }
}
