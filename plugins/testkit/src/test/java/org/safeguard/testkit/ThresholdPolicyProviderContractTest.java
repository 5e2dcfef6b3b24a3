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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Agency;
import org.safeguard.model.Band;
import org.safeguard.model.BandTable;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ServiceThreshold;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.ThresholdPolicyProvider;

/**
 * The threshold-policy contract passes a provider that keeps it and catches each of a set of
 * providers broken in one known way. All but {@link NotListed} are listed in the test resources'
 * META-INF/services.
 */
class ThresholdPolicyProviderContractTest {
  @Test
  void aWellBehavedPolicyReadFromAPropertiesResourcePassesEveryTest() {
    ContractRun.of(PolicyContract.class).assertOnlyFailed();
  }

  @Test
  void aProviderMissingFromTheServicesFileIsCaught() {
    ContractRun run = ContractRun.of(NotListedContract.class);
    run.assertOnlyFailed("theProviderIsListedForServiceLoader");
    assertTrue(run.messageOf("theProviderIsListedForServiceLoader").contains("META-INF/services/org.safeguard.spi.ThresholdPolicyProvider"));
  }

  @Test
  void aPolicyWhoseVersionDiffersFromItsProvidersIsCaught() {
    ContractRun run = ContractRun.of(VersionDiffersContract.class);
    run.assertOnlyFailed("aStrictEngineLoadsTheProviderAndPutsItsPolicyInForce");
    assertTrue(run.messageOf("aStrictEngineLoadsTheProviderAndPutsItsPolicyInForce").contains("version"));
  }

  @Test
  void aPolicyThatNumbersItsLoadsIsCaught() {
    ContractRun.of(NumbersItsLoadsContract.class).assertOnlyFailed("loadingTwiceGivesEqualPolicies");
  }

  @Test
  void aFamilyWrittenWithCapitalsAndSpacesIsCaught() {
    ContractRun.of(BadFamilyContract.class).assertOnlyFailed("theFamilyAndEveryInstrumentIdThePolicyNamesAreWellFormed");
  }

  @Test
  void aPolicyThatSetsNoBandsIsCaught() {
    ContractRun.of(SetsNoBandsContract.class).assertOnlyFailed("thePolicySetsBandsForAtLeastOneInstrument");
  }

  @Test
  void twoPoliceBandTablesForOneInstrumentAreCaught() {
    ContractRun.of(TwoPoliceTablesContract.class).assertOnlyFailed("anAgencyHasAtMostOneBandTablePerInstrument");
  }

  @Test
  void twoMinimumScoresForOneServiceAndInstrumentAreCaught() {
    ContractRun.of(TwoServiceThresholdsContract.class).assertOnlyFailed("aServiceHasAtMostOneThresholdPerInstrument");
  }

  // ---- the contract, run against each provider ----

  static final class PolicyContract extends ThresholdPolicyProviderContract {
    @Override
    protected ThresholdPolicyProvider provider() {
      return new Policy();
    }
  }

  static final class NotListedContract extends ThresholdPolicyProviderContract {
    @Override
    protected ThresholdPolicyProvider provider() {
      return new NotListed();
    }
  }

  static final class VersionDiffersContract extends ThresholdPolicyProviderContract {
    @Override
    protected ThresholdPolicyProvider provider() {
      return new VersionDiffers();
    }
  }

  static final class NumbersItsLoadsContract extends ThresholdPolicyProviderContract {
    @Override
    protected ThresholdPolicyProvider provider() {
      return new NumbersItsLoads();
    }
  }

  static final class BadFamilyContract extends ThresholdPolicyProviderContract {
    @Override
    protected ThresholdPolicyProvider provider() {
      return new BadFamily();
    }
  }

  static final class SetsNoBandsContract extends ThresholdPolicyProviderContract {
    @Override
    protected ThresholdPolicyProvider provider() {
      return new SetsNoBands();
    }
  }

  static final class TwoPoliceTablesContract extends ThresholdPolicyProviderContract {
    @Override
    protected ThresholdPolicyProvider provider() {
      return new TwoPoliceTables();
    }
  }

  static final class TwoServiceThresholdsContract extends ThresholdPolicyProviderContract {
    @Override
    protected ThresholdPolicyProvider provider() {
      return new TwoServiceThresholds();
    }
  }

  // ---- the providers: one that keeps the contract, and one broken way each ----

  /** What the providers share: an id of their own, and the kit's policy resource to build on. */
  public abstract static class Fixture implements ThresholdPolicyProvider {
    private final String id;

    Fixture(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String version() {
      return "2025.1";
    }

    /** The kit's policy (version 2025.1), under this provider's id. */
    ThresholdPolicy.Builder resource() {
      ThresholdPolicy read = PolicyFiles.readResource(Fixture.class.getClassLoader(), "org/safeguard/testkit/kit-policy.properties");
      return ThresholdPolicy.builder().from(read).id(id);
    }
  }

  /** Keeps the contract: the policy is data, read from a properties resource. */
  public static final class Policy extends Fixture {
    public Policy() {
      super("kit-policy");
    }

    @Override
    public ThresholdPolicy load(SetupContext context) {
      return PolicyFiles.readResource(Policy.class.getClassLoader(), "org/safeguard/testkit/kit-policy.properties");
    }
  }

  /** Keeps the contract but is left out of META-INF/services. */
  public static final class NotListed extends Fixture {
    public NotListed() {
      super("kit-policy-not-listed");
    }

    @Override
    public ThresholdPolicy load(SetupContext context) {
      return resource().build();
    }
  }

  /** The provider says 2025.2; the properties file it reads still says 2025.1. */
  public static final class VersionDiffers extends Fixture {
    public VersionDiffers() {
      super("kit-policy-version-differs");
    }

    @Override
    public String version() {
      return "2025.2";
    }

    @Override
    public ThresholdPolicy load(SetupContext context) {
      return resource().build();
    }
  }

  /** Writes how many times it has loaded into its description. */
  public static final class NumbersItsLoads extends Fixture {
    private static final AtomicInteger LOADS = new AtomicInteger();

    public NumbersItsLoads() {
      super("kit-policy-numbers-its-loads");
    }

    @Override
    public ThresholdPolicy load(SetupContext context) {
      return resource().description("load " + LOADS.incrementAndGet()).build();
    }
  }

  /** Names its family as a person would write it rather than as an id. */
  public static final class BadFamily extends Fixture {
    public BadFamily() {
      super("kit-policy-bad-family");
    }

    @Override
    public ThresholdPolicy load(SetupContext context) {
      return resource().family("Kit County").build();
    }
  }

  /** Built in code, with MARAC numbers but no bands at all. */
  public static final class SetsNoBands extends Fixture {
    public SetsNoBands() {
      super("kit-policy-sets-no-bands");
    }

    @Override
    public ThresholdPolicy load(SetupContext context) {
      return ThresholdPolicy.builder().id(id()).version(version()).build();
    }
  }

  /** Adds a second police band table for the kit checklist beside the one in the resource. */
  public static final class TwoPoliceTables extends Fixture {
    public TwoPoliceTables() {
      super("kit-policy-two-police-tables");
    }

    @Override
    public ThresholdPolicy load(SetupContext context) {
      return resource().addAgencyBands(BandTable.forAgency("kit-checklist", Agency.POLICE,
          List.of(Band.of(RiskLevel.STANDARD, 0, 4), Band.from(RiskLevel.HIGH, 5)))).build();
    }
  }

  /** Adds a second IDVA-service minimum score for the kit checklist beside the one in the resource. */
  public static final class TwoServiceThresholds extends Fixture {
    public TwoServiceThresholds() {
      super("kit-policy-two-service-thresholds");
    }

    @Override
    public ThresholdPolicy load(SetupContext context) {
      return resource().addServiceThresholds(ServiceThreshold.of(Agency.IDVA_SERVICE, "kit-checklist", 4)).build();
    }
  }
}
