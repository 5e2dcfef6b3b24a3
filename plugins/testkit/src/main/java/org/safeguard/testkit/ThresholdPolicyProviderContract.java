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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.ThresholdPolicyProvider;

/**
 * The contract every {@link ThresholdPolicyProvider} keeps. Extend it in the plugin's tests and
 * return the provider:
 *
 * <pre>{@code
 * class CountyPolicyContractTest extends ThresholdPolicyProviderContract {
 *   protected ThresholdPolicyProvider provider() {
 *     return new CountyPolicyProvider();
 *   }
 * }
 * }</pre>
 *
 * <p>It checks that the provider is listed for {@link ServiceLoader}; that the policy carries the
 * provider's id and version; that loading is repeatable; that its family and the instrument ids
 * it names are well formed; that it sets bands; and that nothing is set twice where the engine
 * would take the first and ignore the second (two band tables for one agency and instrument, two
 * thresholds for one service and instrument). A policy that is only data needs no provider: ship
 * the file and test it with {@link ThresholdPolicyFileContract}.
 */
public abstract class ThresholdPolicyProviderContract {
  /** For the plugin's own test class, which extends this contract. */
  protected ThresholdPolicyProviderContract() {}

  /**
   * The provider under test, newly constructed on every call, as ServiceLoader would construct it.
   *
   * @return a new instance of the provider
   */
  protected abstract ThresholdPolicyProvider provider();

  /**
   * Configuration the provider needs to load, as the engine would pass it; none by default.
   * Override it for a provider that cannot load without settings, such as a path to licensed data.
   *
   * @return the keys and values the provider is loaded with
   */
  protected Map<String, String> configuration() {
    return Map.of();
  }

  /**
   * Whether the provider must be listed in META-INF/services; true unless it is registered in code
   * only.
   *
   * @return true to check the services listing
   */
  protected boolean foundByServiceLoader() {
    return true;
  }

  /**
   * Loads the policy as the engine would, with {@link #configuration()}, for a plugin's own extra
   * tests.
   *
   * @return the policy, never null
   */
  protected final ThresholdPolicy load() {
    ThresholdPolicyProvider provider = provider();
    ThresholdPolicy policy = provider.load(new ContractSetup(provider.id(), provider.version(), configuration()));
    assertNotNull(policy, "load returned nothing");
    return policy;
  }

  @Test
  void theIdIsStableLowerCaseWordsJoinedByHyphensAndTheVersionIsNotBlank() {
    ContractChecks.assertStableIdAndVersion(this::provider);
  }

  /**
   * The engine's registry is the one place that checks a provider: its id and version, and that
   * what it supplies carries them. A strict engine with only this provider puts its policy in
   * force, or says why not. A strict engine also refuses a policy in force that names an
   * instrument it has not loaded, so each instrument the policy names is loaded as a stand-in:
   * the instrument plugins themselves are not this provider's concern.
   */
  @Test
  void aStrictEngineLoadsTheProviderAndPutsItsPolicyInForce() {
    ThresholdPolicyProvider provider = provider();
    ThresholdPolicy policy = load();
    Safeguard engine = ContractChecks.strictEngine(provider, configuration(), builder -> {
      ContractChecks.addStandInsFor(policy, builder);
      builder.addThresholdPolicy(provider).thresholdPolicy(provider.id());
    });
    assertEquals(provider.version(), engine.policies().get(provider.id()).version());
  }

  @Test
  void loadingTwiceGivesEqualPolicies() {
    assertEquals(load(), load());
  }

  @Test
  void theProviderIsListedForServiceLoader() {
    if (foundByServiceLoader()) {
      ContractChecks.assertListed(ThresholdPolicyProvider.class, provider());
    }
  }

  /** Engines name a family to follow a county's successive policies, so it is written like an id. */
  @Test
  void theFamilyAndEveryInstrumentIdThePolicyNamesAreWellFormed() {
    PolicyChecks.assertWellFormedIds(load());
  }

  @Test
  void thePolicySetsBandsForAtLeastOneInstrument() {
    PolicyChecks.assertSetsBands(load());
  }

  /** The engine uses the first table it finds for an agency, so a second one would be silently ignored. */
  @Test
  void anAgencyHasAtMostOneBandTablePerInstrument() {
    PolicyChecks.assertOneBandTablePerAgencyAndInstrument(load());
  }

  /** The engine uses the first threshold it finds for a service, so a second one would be silently ignored. */
  @Test
  void aServiceHasAtMostOneThresholdPerInstrument() {
    PolicyChecks.assertOneThresholdPerServiceAndInstrument(load());
  }
}
