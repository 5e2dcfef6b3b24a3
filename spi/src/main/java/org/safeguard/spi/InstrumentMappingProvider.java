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

import org.safeguard.model.InstrumentMapping;

/**
 * Supplies one mapping of answers from one instrument onto another, item for item, for example the
 * police DASH onto the SafeLives Dash RIC. Registered in
 * {@code META-INF/services/org.safeguard.spi.InstrumentMappingProvider} and, on the module path,
 * with {@code provides}. The engine finds it like an instrument, checks when it is built that the
 * mapping fits both instruments as loaded, and maps answers through it with
 * {@code safeguard.map(responses, toInstrumentId)}, so that an application need not compile against
 * the plugin that holds it. Usually shipped by the plugin that supplies the source instrument.
 */
public interface InstrumentMappingProvider extends Extension {
  /**
   * Builds the mapping; its id and version must be the provider's, which
   * {@link InstrumentMapping#builder(SetupContext)} gives it. Called once when the engine is built;
   * a failure here is reported under this provider's id.
   *
   * @param context who the provider is, its configuration, the engine's clock and class loader
   * @return the mapping, carrying this provider's id and version
   */
  InstrumentMapping load(SetupContext context);
}
