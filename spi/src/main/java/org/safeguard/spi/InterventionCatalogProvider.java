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

import org.safeguard.model.InterventionCatalog;

/**
 * Adds intervention kinds to the catalogue beyond the standard eighteen, for example a local
 * sanctuary scheme or a commissioner's own categories; or, with the catalogue's
 * {@link org.safeguard.model.InterventionCatalog#use() use} set to disruption actions, adds to the
 * actions a perpetrator's case manager takes to disrupt abuse. Registered in
 * {@code META-INF/services/org.safeguard.spi.InterventionCatalogProvider}; kind ids must not clash
 * with another catalogue's.
 */
public interface InterventionCatalogProvider extends Extension {
  /**
   * Builds the catalogue; its id and version must be the provider's.
   *
   * @param context who the provider is, its configuration, the engine's clock and class loader
   * @return the catalogue of kinds this provider adds
   */
  InterventionCatalog load(SetupContext context);
}
