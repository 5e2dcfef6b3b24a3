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
package org.safeguard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.safeguard.model.Instrument;
import org.safeguard.spi.InstrumentProvider;
import org.safeguard.spi.ScoringRule;
import org.safeguard.spi.SetupContext;

/** Several versions of one instrument side by side; answers on an older form score under that form. */
class InstrumentVersionsTest {
  /** Version 1 counts yes answers; version 2 adds one point when item a is yes. */
  record Versioned(String version) implements InstrumentProvider {
    @Override
    public String id() {
      return "test-checklist";
    }

    @Override
    public Instrument load(SetupContext context) {
      ScoringRule rule = version.equals("1") ? ScoringRule.yesCount()
          : r -> Long.bitCount(r.yesMask()) + (int) (r.yesMask() & 1L);
      return Instrument.builder().id(id()).version(version).itemIds(Fixtures.ITEMS.split(" ")).scoringRule(rule).build();
    }
  }

  private static Safeguard.Builder engine() {
    return Safeguard.builder().addThresholdPolicy(new Fixtures.PolicyProvider()).thresholdPolicy("test-policy");
  }

  @Test
  void theNewestVersionIsTheDefaultAndOlderOnesStayLoaded() {
    Safeguard s = engine().addInstrument(new Versioned("1")).addInstrument(new Versioned("2")).build();
    assertEquals("2", s.instrument("test-checklist").version());
    assertEquals("1", s.instrument("test-checklist", "1").version());
    assertEquals(2, s.instrumentVersions().size());
  }

  @Test
  void answersGivenOnAnOlderVersionScoreUnderThatVersionAndRecordIt() {
    Safeguard s = engine().addInstrument(new Versioned("2")).addInstrument(new Versioned("1")).build();
    var older = s.assess(s.responses("test-checklist", "1").yes("a", "b").build());
    var newer = s.assess(s.responses("test-checklist").yes("a", "b").build());
    assertEquals(2, older.score().value());
    assertEquals("1", older.score().instrumentVersion());
    assertEquals(3, newer.score().value());
    assertEquals("2", newer.score().instrumentVersion());
  }

  @Test
  void versionsOrderAsNumbersNotText() {
    Safeguard s = engine().addInstrument(new Versioned("9")).addInstrument(new Versioned("10")).build();
    assertEquals("10", s.instrument("test-checklist").version());
  }

  @Test
  void twoProvidersOfOneVersionStillClash() {
    PluginLoadException e = assertThrows(PluginLoadException.class,
        () -> engine().addInstrument(new Versioned("1")).addInstrument(new Versioned("1")).build());
    assertTrue(e.getMessage().contains("test-checklist@1"), e.getMessage());
  }

  @Test
  void anUnknownVersionIsRefusedListingTheLoadedOnes() {
    Safeguard s = engine().addInstrument(new Versioned("1")).build();
    UnknownProviderException e = assertThrows(UnknownProviderException.class, () -> s.instrument("test-checklist", "7"));
    assertEquals("test-checklist 7", e.value());
    assertTrue(e.rule().contains("test-checklist@1"), e.rule());
  }
}
