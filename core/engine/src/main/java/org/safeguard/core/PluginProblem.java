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

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguard.model.MissingValueException;

/**
 * A plugin left out under {@link LoadingMode#LENIENT}: the provider id (or its class, or the policy
 * file, when it failed before giving one), the provider class, the jar it came from, what went
 * wrong, and the exception that said so, with its stack trace.
 */
public final class PluginProblem {
  private final String providerId;
  private final String providerClass;
  private final String source;
  private final String problem;
  private final @Nullable Throwable cause;

  /**
   * A problem as the registry records it.
   *
   * @param providerId the provider's id, or what names it best when it gave none
   * @param providerClass the provider's class name, or {@code (class not loaded)}
   * @param source the jar or directory the provider came from, or {@code (unknown source)}
   * @param problem what went wrong, in words
   * @param cause the exception the plugin threw, or {@code null} when it threw none
   */
  public PluginProblem(String providerId, String providerClass, String source, String problem, @Nullable Throwable cause) {
    this.providerId = MissingValueException.require("providerId", providerId);
    this.providerClass = MissingValueException.require("providerClass", providerClass);
    this.source = MissingValueException.require("source", source);
    this.problem = MissingValueException.require("problem", problem);
    this.cause = cause;
  }

  /**
   * The id of the provider at fault.
   *
   * @return its id, or its class name or policy file when it failed before giving one
   */
  public String providerId() {
    return providerId;
  }

  /**
   * The provider's class.
   *
   * @return the fully qualified class name, or {@code (class not loaded)}
   */
  public String providerClass() {
    return providerClass;
  }

  /**
   * Where the provider came from.
   *
   * @return the jar or directory the provider class was loaded from, or {@code (unknown source)}
   */
  public String source() {
    return source;
  }

  /**
   * What went wrong.
   *
   * @return one sentence, naming the exception the plugin threw when it threw one
   */
  public String problem() {
    return problem;
  }

  /**
   * The exception the plugin threw, stack trace and all.
   *
   * @return the exception, or empty when the registry refused the plugin without one (a blank id, a
   *     mismatched version, configuration for an unknown id)
   */
  public Optional<Throwable> cause() {
    return Optional.ofNullable(cause);
  }

  /** Id, class, source and problem on one line; the cause's stack trace is left to {@link #cause()}. */
  @Override
  public String toString() {
    return providerId + " (" + providerClass + " from " + source + "): " + problem;
  }
}
