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

import java.time.Clock;
import java.util.Map;

/**
 * What a provider gets when it loads: who it is (its id and version, as it stated them), the SPI
 * version it runs under, its own configuration, the engine's clock, and the class loader the engine
 * finds plugins with (for resources a licence holder or service supplies, such as weights or
 * wording). Nothing more: never the engine itself.
 */
public interface SetupContext {
  /**
   * The id of the provider being loaded, as its {@link Extension#id()} states it.
   *
   * @return the provider's id
   */
  String providerId();

  /**
   * The version of the provider being loaded, as its {@link Extension#version()} states it.
   *
   * @return the provider's version
   */
  String providerVersion();

  /**
   * The version of this SPI the provider runs under, {@code major.minor}. A provider written against
   * one minor version runs under any later minor version of the same major; a new major version
   * may change what a provider implements.
   *
   * @return the SPI version of the {@code safeguard-spi} jar in use, {@value #SPI_VERSION} for this one
   */
  default String spiVersion() {
    return SPI_VERSION;
  }

  /** The version of this SPI; read it at run time with {@link #spiVersion()}, which is not inlined. */
  String SPI_VERSION = "0.1";

  /**
   * Configuration the embedding system set for this provider id.
   *
   * @return the keys and values, empty when none were set
   */
  Map<String, String> configuration();

  /**
   * The engine's clock, for anything a provider dates while loading.
   *
   * @return the clock the engine was built with
   */
  Clock clock();

  /**
   * The class loader the engine scans for plugins; look for resources the deploying service
   * supplies here. By default the thread's context class loader.
   *
   * @return the class loader to find deployment resources with
   */
  default ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : SetupContext.class.getClassLoader();
  }
}
