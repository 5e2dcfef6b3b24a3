/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.safeguard.core;

import org.safeguard.model.SafeguardException;

/**
 * A plugin could not be loaded: two providers claim one id, or a provider failed while starting.
 * The message names the provider id (when the provider got far enough to say it), its class and the
 * jar it came from.
 */
public final class PluginLoadException extends SafeguardException {
  private static final long serialVersionUID = 1L;

  /** The id of the provider at fault, or its class name when it failed before giving one. */
  private final String providerId;

  /**
   * A load failure caused by another exception, such as one a provider threw while starting.
   *
   * @param providerId the id of the provider at fault, or its class name when it failed before
   *     giving one
   * @param message what went wrong, naming the provider's class and the jar it came from
   * @param cause the exception the provider or the loader threw
   */
  public PluginLoadException(String providerId, String message, Throwable cause) {
    super(message, cause);
    this.providerId = providerId;
  }

  /**
   * A load failure the engine found itself, such as two providers claiming one id.
   *
   * @param providerId the id of the provider at fault, or its class name when it failed before
   *     giving one
   * @param message what went wrong, naming the provider's class and the jar it came from
   */
  public PluginLoadException(String providerId, String message) {
    super(message);
    this.providerId = providerId;
  }

  /**
   * The id of the provider at fault, so a deployment can tell which plugin to remove or fix.
   *
   * @return the provider's id, or its class name when it failed before giving one
   */
  public String providerId() {
    return providerId;
  }
}
