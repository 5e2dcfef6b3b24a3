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
package org.safeguard.plugins.dash;

import java.util.List;
import org.safeguard.spi.InstrumentMappingProvider;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.testkit.InstrumentMappingProviderContract;

/** The police-to-RIC mapping keeps the mapping contract. */
class PoliceToRicMappingContractTest extends InstrumentMappingProviderContract {
  @Override
  protected InstrumentMappingProvider provider() {
    return new PoliceToRicMapping();
  }

  @Override
  protected List<InstrumentProvider> instruments() {
    return List.of(new PoliceDashProvider(), new DashRicProvider());
  }
}
