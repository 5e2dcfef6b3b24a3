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
 * Supplies one export format. Registered in {@code META-INF/services/org.safeguard.spi.ExporterProvider}
 * and, on the module path, with {@code provides}. Ids name the format and its flavour, for example
 * {@code ndjson} or {@code fhir-r4-json}.
 */
public interface ExporterProvider extends Extension {
  /**
   * Makes the exporter. Called once when the engine is built; keep it cheap (load a format library
   * on the first {@link Exporter#open}), and a failure here is reported under this provider's id.
   *
   * @param context who the provider is, its configuration, the engine's clock and class loader
   * @return the exporter, carrying this provider's id and version
   */
  Exporter load(SetupContext context);
}
