package org.safeguard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.safeguard.model.BandTable;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.ThresholdPolicyProvider;

/**
 * The contract every {@link ThresholdPolicyProvider} keeps. Extend it in the plugin's tests and
 * return the provider. It checks that the provider is listed for {@link ServiceLoader}, that the
 * policy carries the provider's id and version, that loading is repeatable, and that along every
 * band table a higher score never gives a lower level.
 */
public abstract class ThresholdPolicyProviderContract {
  protected abstract ThresholdPolicyProvider provider();

  protected Map<String, String> configuration() {
    return Map.of();
  }

  protected boolean foundByServiceLoader() {
    return true;
  }

  protected final ThresholdPolicy load() {
    ThresholdPolicyProvider provider = provider();
    return provider.load(new ContractSetup(provider.id(), configuration()));
  }

  @Test
  void theIdIsStableLowerCaseWordsJoinedByHyphensAndTheVersionIsNotBlank() {
    ThresholdPolicyProvider provider = provider();
    assertTrue(provider.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "id: " + provider.id());
    assertEquals(provider().id(), provider.id());
    assertFalse(provider.version().isBlank());
  }

  @Test
  void thePolicyCarriesTheProvidersIdAndVersion() {
    ThresholdPolicy policy = load();
    assertEquals(provider().id(), policy.id());
    assertEquals(provider().version(), policy.version());
  }

  @Test
  void loadingTwiceGivesEqualPolicies() {
    assertEquals(load(), load());
  }

  @Test
  void theProviderIsListedForServiceLoader() {
    if (!foundByServiceLoader()) {
      return;
    }
    Class<?> type = provider().getClass();
    boolean listed = ServiceLoader.load(ThresholdPolicyProvider.class, type.getClassLoader()).stream()
        .anyMatch(p -> p.type().equals(type));
    assertTrue(listed, type.getName() + " is not listed in META-INF/services/" + ThresholdPolicyProvider.class.getName());
  }

  @Test
  void aHigherScoreNeverGivesALowerLevelInAnyBandTable() {
    ThresholdPolicy policy = load();
    assertFalse(policy.bands().isEmpty() && policy.agencyBands().isEmpty(), "the policy sets no bands");
    java.util.List<BandTable> tables = new java.util.ArrayList<>(policy.bands().values());
    tables.addAll(policy.agencyBands());
    for (BandTable table : tables) {
      int top = table.bands().get(table.bands().size() - 1).lower() + 5;
      RiskLevel previous = RiskLevel.STANDARD;
      for (int score = 0; score <= top; score++) {
        RiskLevel level = table.bandFor(score).level();
        assertFalse(previous.isAbove(level), table.instrumentId() + ": score " + score + " gives " + level + " after " + previous);
        previous = level;
      }
    }
  }
}
