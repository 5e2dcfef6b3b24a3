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
