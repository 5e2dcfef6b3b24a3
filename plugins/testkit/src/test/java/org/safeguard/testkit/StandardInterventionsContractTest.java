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

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.casework.StandardInterventions;
import org.safeguard.spi.InterventionCatalogProvider;

/** The standard catalogue keeps the catalogue contract. */
class StandardInterventionsContractTest extends InterventionCatalogProviderContract {
  @Override
  protected InterventionCatalogProvider provider() {
    return new StandardInterventions();
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
