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

import org.safeguard.core.perpetrator.StandardDisruptions;
import org.safeguard.spi.InterventionCatalogProvider;

/**
 * The standard disruption catalogue keeps the catalogue contract: its kinds land among the
 * perpetrator case manager's actions, never among a victim's interventions.
 */
class StandardDisruptionsContractTest extends InterventionCatalogProviderContract {
  @Override
  protected InterventionCatalogProvider provider() {
    return new StandardDisruptions();
  }

  /** The engine adds the standard catalogue itself rather than finding it with ServiceLoader. */
  @Override
  protected boolean foundByServiceLoader() {
    return false;
  }

  /** The engine adds it itself, so the engine check must not register it a second time. */
  @Override
  protected boolean addedByTheEngine() {
    return true;
  }
}
