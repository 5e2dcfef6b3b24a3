package org.safeguard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.model.BandTable;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ServiceThreshold;
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
 * it names are well formed; that it sets bands, and along every band table a higher score never
 * gives a lower level; and that nothing is set twice where the engine would take the first and
 * ignore the second (two band tables for one agency and instrument, two thresholds for one service
 * and instrument).
 */
public abstract class ThresholdPolicyProviderContract {
  /** The provider under test, newly constructed. */
  protected abstract ThresholdPolicyProvider provider();

  /** Configuration the provider needs to load, as the engine would pass it; none by default. */
  protected Map<String, String> configuration() {
    return Map.of();
  }

  /** Whether the provider must be listed in META-INF/services; true unless it is registered in code only. */
  protected boolean foundByServiceLoader() {
    return true;
  }

  protected final ThresholdPolicy load() {
    ThresholdPolicyProvider provider = provider();
    ThresholdPolicy policy = provider.load(new ContractSetup(provider.id(), configuration()));
    assertNotNull(policy, "load returned nothing");
    return policy;
  }

  @Test
  void theIdIsStableLowerCaseWordsJoinedByHyphensAndTheVersionIsNotBlank() {
    ContractChecks.assertStableIdAndVersion(this::provider);
  }

  @Test
  void thePolicyCarriesTheProvidersIdAndVersion() {
    ThresholdPolicy policy = load();
    assertEquals(provider().id(), policy.id(), "the policy's id must be the provider's");
    assertEquals(provider().version(), policy.version(), "the policy's version must be the provider's");
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
    ThresholdPolicy policy = load();
    ContractChecks.assertWellFormedId("the family", policy.family());
    for (BandTable table : allTables(policy)) {
      ContractChecks.assertWellFormedId("the instrument id of a band table", table.instrumentId());
    }
    for (ServiceThreshold threshold : policy.serviceThresholds()) {
      ContractChecks.assertWellFormedId("the instrument id of a service threshold", threshold.instrumentId());
    }
  }

  @Test
  void thePolicySetsBandsForAtLeastOneInstrument() {
    assertFalse(allTables(load()).isEmpty(), "the policy sets no bands, so it can band no assessment");
  }

  @Test
  void aHigherScoreNeverGivesALowerLevelInAnyBandTable() {
    for (BandTable table : allTables(load())) {
      int top = table.bands().get(table.bands().size() - 1).lower() + 5;
      RiskLevel previous = RiskLevel.STANDARD;
      for (int score = 0; score <= top; score++) {
        RiskLevel level = table.bandFor(score).level();
        assertFalse(previous.isAbove(level), table.instrumentId() + ": score " + score + " gives " + level + " after " + previous);
        previous = level;
      }
    }
  }

  /** The engine uses the first table it finds for an agency, so a second one would be silently ignored. */
  @Test
  void anAgencyHasAtMostOneBandTablePerInstrument() {
    Set<String> seen = new HashSet<>();
    for (BandTable table : load().agencyBands()) {
      String key = table.instrumentId() + "@" + table.agency().map(Enum::name).orElse("(none)");
      assertTrue(seen.add(key), "two band tables for " + key);
    }
  }

  /** The engine uses the first threshold it finds for a service, so a second one would be silently ignored. */
  @Test
  void aServiceHasAtMostOneThresholdPerInstrument() {
    Set<String> seen = new HashSet<>();
    for (ServiceThreshold threshold : load().serviceThresholds()) {
      String key = threshold.service() + " " + threshold.instrumentId();
      assertTrue(seen.add(key), "two minimum scores for " + key);
    }
  }

  private static List<BandTable> allTables(ThresholdPolicy policy) {
    List<BandTable> tables = new ArrayList<>(policy.bands().values());
    tables.addAll(policy.agencyBands());
    return tables;
  }
}
