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
package org.safeguard.model;

/**
 * A plugin's own code failed while the engine ran it, for example an instrument's scoring rule
 * that threw or overflowed the stack. Names the plugin by id and version and keeps the failure as
 * the cause; the message gives only the kind of failure, since a plugin's own message may carry
 * what it was given. Input a plugin refuses on purpose, with an {@link InvalidInputException},
 * passes through unchanged instead.
 */
public final class PluginFailureException extends SafeguardException {
  private static final long serialVersionUID = 1L;

  /** The failing plugin's id. */
  private final String pluginId;
  /** The failing plugin's version. */
  private final String pluginVersion;

  private PluginFailureException(String pluginId, String pluginVersion, String what, Throwable cause) {
    super("Plugin " + pluginId + " " + pluginVersion + ": its " + what + " failed (" + cause.getClass().getName() + ")", cause);
    this.pluginId = pluginId;
    this.pluginVersion = pluginVersion;
  }

  /**
   * What to throw when a plugin's code failed: a deliberate refusal of input as it was, anything
   * else (a runtime exception, a stack overflow, a class that would not link) wrapped with the
   * plugin's id and version. Catch {@code RuntimeException | StackOverflowError | LinkageError}
   * around the plugin's call and throw what this returns.
   *
   * @param pluginId the plugin's id
   * @param pluginVersion the plugin's version
   * @param what the part of the plugin that failed, for example {@code scoring rule}
   * @param failure what the plugin threw
   * @return the exception to throw
   */
  public static RuntimeException of(String pluginId, String pluginVersion, String what, Throwable failure) {
    if (failure instanceof InvalidInputException) {
      return (InvalidInputException) failure;
    }
    return new PluginFailureException(pluginId, pluginVersion, what, failure);
  }

  /**
   * The id of the plugin that failed.
   *
   * @return the plugin's id
   */
  public String pluginId() {
    return pluginId;
  }

  /**
   * The version of the plugin that failed.
   *
   * @return the plugin's version
   */
  public String pluginVersion() {
    return pluginVersion;
  }
}
