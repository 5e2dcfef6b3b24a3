package org.safeguard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
 * <p>It checks that the provider is listed for {@link ServiceLoader}; that the catalogue carries
 * the provider's id and version; that loading is repeatable; that the catalogue adds at least one
 * kind, each with a unique, well-formed id and a description; and that no kind id clashes with
 * one of the standard catalogue's eighteen, which every engine loads (an engine refuses two
 * catalogues that define one kind).
 */
public abstract class InterventionCatalogProviderContract {
  /**
   * The kind ids of the standard catalogue, {@code org.safeguard.core.casework.StandardInterventions}:
   * the eighteen interventions of the IDVA evaluation, seeds/000_94b07d5065788c30.txt, Table 4. Copied
   * here because the kit depends on the SPI only; keep the two lists the same.
   */
  private static final Set<String> STANDARD_KIND_IDS = Set.of(
      "safety-planning",
      "criminal-court",
      "civil-remedies",
      "marac",
      "housing",
      "target-hardening",
      "sanctuary-scheme",
      "refuge",
      "child-contact",
      "social-services",
      "schools",
      "benefits",
      "immigration",
      "gp",
      "mental-health",
      "drugs-and-alcohol",
      "counselling",
      "pattern-changing");

  /** The provider under test, newly constructed. */
  protected abstract InterventionCatalogProvider provider();

  /** Configuration the provider needs to load, as the engine would pass it; none by default. */
  protected Map<String, String> configuration() {
    return Map.of();
  }

  /** Whether the provider must be listed in META-INF/services; true unless it is registered in code only. */
  protected boolean foundByServiceLoader() {
    return true;
  }

  /**
   * Kind ids the catalogue must not define: by default the standard catalogue's eighteen. Add the
   * ids of other catalogues your service loads beside this one; the standard catalogue's own test
   * returns none.
   */
  protected Set<String> reservedKindIds() {
    return STANDARD_KIND_IDS;
  }

  protected final InterventionCatalog load() {
    InterventionCatalogProvider provider = provider();
    InterventionCatalog catalogue = provider.load(new ContractSetup(provider.id(), configuration()));
    assertNotNull(catalogue, "load returned nothing");
    return catalogue;
  }

  @Test
  void theIdIsStableLowerCaseWordsJoinedByHyphensAndTheVersionIsNotBlank() {
    ContractChecks.assertStableIdAndVersion(this::provider);
  }

  @Test
  void theCatalogueCarriesTheProvidersIdAndVersion() {
    InterventionCatalog catalogue = load();
    assertEquals(provider().id(), catalogue.id(), "the catalogue's id must be the provider's");
    assertEquals(provider().version(), catalogue.version(), "the catalogue's version must be the provider's");
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

  @Test
  void noKindIdClashesWithTheStandardCatalogue() {
    Set<String> reserved = reservedKindIds();
    for (InterventionKind kind : load().kinds()) {
      assertFalse(reserved.contains(kind.id()),
          "the kind '" + kind.id() + "' is already in the standard catalogue; an engine refuses two catalogues that define one kind");
    }
  }
}
