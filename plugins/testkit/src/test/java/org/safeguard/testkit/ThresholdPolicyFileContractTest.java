package org.safeguard.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The policy-file contract passes a file that keeps it and catches each of a set of files broken in
 * one known way. The test resources' index lists every file here but the unlisted one.
 */
class ThresholdPolicyFileContractTest {
  @Test
  void aListedFileOutsideAnyPackageThatSetsBandsPassesEveryTest() {
    ContractRun.of(WellFormedContract.class).assertOnlyFailed();
  }

  @Test
  void aFileNoIndexListsIsCaughtAndTheEngineDoesNotFindIt() {
    ContractRun run = ContractRun.of(UnlistedContract.class);
    run.assertOnlyFailed("anIndexOnTheClassPathListsTheFile", "anEngineOnTheSameClassPathPutsThePolicyInForce");
    assertTrue(run.messageOf("anIndexOnTheClassPathListsTheFile").contains("META-INF/safeguard/threshold-policies"));
  }

  @Test
  void aFileInAPackageDirectoryIsCaught() {
    ContractRun run = ContractRun.of(InPackageContract.class);
    run.assertOnlyFailed("theFileLivesOutsideAnyJavaPackage");
    assertTrue(run.messageOf("theFileLivesOutsideAnyJavaPackage").contains("org.safeguard.testkit"));
  }

  @Test
  void aFileWithAMisspeltKeyIsCaughtNamingTheKey() {
    ContractRun run = ContractRun.of(MisspeltKeyContract.class);
    run.assertOnlyFailed("theFileReadsAsAPolicy", "anEngineOnTheSameClassPathPutsThePolicyInForce");
    assertTrue(run.messageOf("theFileReadsAsAPolicy").contains("marac.escalation.incident"));
  }

  static final class WellFormedContract extends ThresholdPolicyFileContract {
    @Override
    protected String resource() {
      return "META-INF/safeguard/policies/kit-file-policy.properties";
    }
  }

  static final class UnlistedContract extends ThresholdPolicyFileContract {
    @Override
    protected String resource() {
      return "META-INF/safeguard/policies/kit-unlisted.properties";
    }
  }

  static final class InPackageContract extends ThresholdPolicyFileContract {
    @Override
    protected String resource() {
      return "org/safeguard/testkit/kit-in-package.properties";
    }
  }

  static final class MisspeltKeyContract extends ThresholdPolicyFileContract {
    @Override
    protected String resource() {
      return "META-INF/safeguard/policies/kit-misspelt-key.properties";
    }
  }
}
