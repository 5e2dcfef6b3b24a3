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
package org.safeguard.testkit;

import org.safeguard.model.CatalogUse;
import org.safeguard.model.InterventionCatalog;
import org.safeguard.model.InterventionKind;
import org.safeguard.spi.InterventionCatalogProvider;
import org.safeguard.spi.SetupContext;

/** A plugin's catalogue of disruption actions keeps the catalogue contract, as a county's would. */
class PluginDisruptionsContractTest extends InterventionCatalogProviderContract {
  /** A county's own disruption action, as a plugin author writes one. */
  static final class CountyDisruptions implements InterventionCatalogProvider {
    @Override
    public String id() {
      return "county-disruptions";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public InterventionCatalog load(SetupContext context) {
      return InterventionCatalog.builder(context).use(CatalogUse.DISRUPTION_ACTIONS)
          .addKinds(InterventionKind.of("tenancy-enforcement", "Tenancy enforcement asked of the landlord")).build();
    }
  }

  @Override
  protected InterventionCatalogProvider provider() {
    return new CountyDisruptions();
  }

  @Override
  protected boolean foundByServiceLoader() {
    return false;
  }
}
