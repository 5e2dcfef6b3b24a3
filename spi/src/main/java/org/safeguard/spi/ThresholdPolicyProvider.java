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

import org.safeguard.model.ThresholdPolicy;

/**
 * Supplies one threshold policy: bands for the instruments it covers and MARAC parameters.
 * Registered in {@code META-INF/services/org.safeguard.spi.ThresholdPolicyProvider}. Most policies
 * are data and ship as files instead; see the engine's {@code PolicyFiles}.
 */
public interface ThresholdPolicyProvider extends Extension {
  /**
   * Builds the policy; its id and version must be the provider's.
   *
   * @param context who the provider is, its configuration, the engine's clock and class loader
   * @return the policy
   */
  ThresholdPolicy load(SetupContext context);
}
