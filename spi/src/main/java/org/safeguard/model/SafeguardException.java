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
 * The root of every exception Safeguard throws on purpose. Unchecked, so that calls read the same
 * from Java, Kotlin, Scala, Groovy and Clojure.
 */
public abstract class SafeguardException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message that is safe to log: it carries no answer or personal data.
   *
   * @param message what went wrong
   */
  protected SafeguardException(String message) {
    super(message);
  }

  /**
   * An exception caused by another, such as the failure of a plugin while it loads.
   *
   * @param message what went wrong, safe to log
   * @param cause the underlying failure
   */
  protected SafeguardException(String message, Throwable cause) {
    super(message, cause);
  }
}
