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
package org.safeguard.spi;

/**
 * What every provider says of itself. The id is stable across releases and unique across all
 * loaded plugins of the same kind; the engine refuses two providers with one id.
 *
 * <p>Constructors must be cheap and must not fail: do the work in the provider's load method,
 * where a failure can be reported under the provider's id.
 */
public interface Extension {
  /**
   * Stable id, lower-case words joined by hyphens, for example {@code safelives-dash-ric}.
   *
   * @return the id, the same from every instance and every call
   */
  String id();

  /**
   * The provider's version, for example {@code 2009} or {@code 1.0}.
   *
   * @return the version, never blank
   */
  String version();
}
