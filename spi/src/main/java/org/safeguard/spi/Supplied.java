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
 * What a provider supplies: an instrument, a threshold policy, an intervention catalogue, a mapping
 * between instruments. It carries the id and version of the provider that supplied it, and the
 * engine checks that they are the provider's; build it from the {@link SetupContext} and they are.
 */
public interface Supplied {
  /**
   * The id of what was supplied, which is its provider's.
   *
   * @return the id
   */
  String id();

  /**
   * The version of what was supplied, which is its provider's.
   *
   * @return the version
   */
  String version();
}
