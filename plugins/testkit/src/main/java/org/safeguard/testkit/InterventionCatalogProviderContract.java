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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.model.InterventionCatalog;
import org.safeguard.model.InterventionKind;
import org.safeguard.spi.InterventionCatalogProvider;

/**
 * The contract every {@link InterventionCatalogProvider} keeps. Extend it in the plugin's tests
 * and return the provider:
 *
 * <pre>{@code
 * class CountyInterventionsContractTest extends InterventionCatalogProviderContract {
 *   protected InterventionCatalogProvider provider() {
 *     return new CountyInterventionsProvider();
 *   }
 * }
 * }</pre>
 *
 * <p>It checks that the provider is listed for {@link ServiceLoader}; that a strict engine loads
 * it, which holds only when the catalogue carries the provider's id and version and no kind id
 * clashes with the standard catalogue's eighteen; that loading is repeatable; and that the
 * catalogue adds at least one kind, each with a description.
 */
public abstract class InterventionCatalogProviderContract {
  /** For the plugin's own test class, which extends this contract. */
  protected InterventionCatalogProviderContract() {}

  /**
   * The provider under test, newly constructed on every call, as ServiceLoader would construct it.
   *
   * @return a new instance of the provider
   */
  protected abstract InterventionCatalogProvider provider();

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
   * Whether the engine adds this catalogue itself, as it does the standard one; false for every
   * plugin. When true, the engine check builds an engine without registering the catalogue again.
   *
   * @return true only for a catalogue the engine adds itself
   */
  protected boolean addedByTheEngine() {
    return false;
  }

  /**
   * Loads the catalogue as the engine would, with {@link #configuration()}, for a plugin's own
   * extra tests.
   *
   * @return the catalogue, never null
   */
  protected final InterventionCatalog load() {
    InterventionCatalogProvider provider = provider();
    InterventionCatalog catalogue = provider.load(new ContractSetup(provider.id(), provider.version(), configuration()));
    assertNotNull(catalogue, "load returned nothing");
    return catalogue;
  }

  @Test
  void theIdIsStableLowerCaseWordsJoinedByHyphensAndTheVersionIsNotBlank() {
    ContractChecks.assertStableIdAndVersion(this::provider);
  }

  /**
   * The engine's registry is the one place that checks a provider: its id and version, and that
   * what it supplies carries them, and that no kind id clashes with another catalogue's. A strict
   * engine with only this catalogue besides the standard ones adds its kinds where its
   * {@linkplain InterventionCatalog#use() use} puts them (a victim's interventions, or a perpetrator
   * case manager's disruption actions) and not in the other, or says why not.
   */
  @Test
  void aStrictEngineLoadsTheProviderAndKnowsItsKinds() {
    InterventionCatalogProvider provider = provider();
    InterventionCatalog catalogue = load();
    Safeguard engine = ContractChecks.strictEngine(provider, configuration(), builder -> {
      if (!addedByTheEngine()) {
        builder.addInterventionCatalog(provider);
      }
      builder.thresholdPolicy(ContractChecks.POLICY_WITHOUT_BANDS);
    });
    boolean disruption = catalogue.use() == org.safeguard.model.CatalogUse.DISRUPTION_ACTIONS;
    java.util.Map<String, InterventionKind> own = disruption ? engine.perpetratorWork().disruptionActions()
        : engine.casework().interventionKinds();
    java.util.Map<String, InterventionKind> other = disruption ? engine.casework().interventionKinds()
        : engine.perpetratorWork().disruptionActions();
    for (InterventionKind kind : catalogue.kinds()) {
      assertTrue(own.containsKey(kind.id()), "the engine does not know the " + (disruption ? "disruption action " : "kind ") + kind.id());
      assertFalse(other.containsKey(kind.id()), "the kind " + kind.id() + " is known for the other use too");
    }
  }

  @Test
  void loadingTwiceGivesEqualCatalogues() {
    assertEquals(load(), load());
  }

  @Test
  void theProviderIsListedForServiceLoader() {
    if (foundByServiceLoader()) {
      ContractChecks.assertListed(InterventionCatalogProvider.class, provider());
    }
  }

  @Test
  void theCatalogueAddsAtLeastOneKind() {
    assertFalse(load().kinds().isEmpty(), "the catalogue has no kinds");
  }

  /** Ids are checked when a kind is made; the description is what a practitioner reads, so it says something. */
  @Test
  void everyKindHasADescription() {
    for (InterventionKind kind : load().kinds()) {
      ContractChecks.assertNotBlank("the description of kind " + kind.id(), kind.description());
    }
  }

}
