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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.safeguard.model.BandTable;
import org.safeguard.model.ServiceThreshold;
import org.safeguard.model.ThresholdPolicy;

/** What every threshold policy keeps, however it ships: from a provider or as a file. */
final class PolicyChecks {
  private PolicyChecks() {}

  /** Engines name a family to follow a county's successive policies, so it is written like an id. */
  static void assertWellFormedIds(ThresholdPolicy policy) {
    ContractChecks.assertWellFormedId("the family", policy.family());
    for (BandTable table : allTables(policy)) {
      ContractChecks.assertWellFormedId("the instrument id of a band table", table.instrumentId());
    }
    for (ServiceThreshold threshold : policy.serviceThresholds()) {
      ContractChecks.assertWellFormedId("the instrument id of a service threshold", threshold.instrumentId());
    }
  }

  static void assertSetsBands(ThresholdPolicy policy) {
    assertFalse(allTables(policy).isEmpty(), "the policy sets no bands, so it can band no assessment");
  }

  static void assertOneBandTablePerAgencyAndInstrument(ThresholdPolicy policy) {
    Set<String> seen = new HashSet<>();
    for (BandTable table : policy.agencyBands()) {
      String key = table.instrumentId() + "@" + table.agency().map(Enum::name).orElse("(none)");
      assertTrue(seen.add(key), "two band tables for " + key);
    }
  }

  static void assertOneThresholdPerServiceAndInstrument(ThresholdPolicy policy) {
    Set<String> seen = new HashSet<>();
    for (ServiceThreshold threshold : policy.serviceThresholds()) {
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
