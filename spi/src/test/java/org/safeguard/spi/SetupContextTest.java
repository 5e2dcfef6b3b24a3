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
package org.safeguard.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;

/** What a provider gets at start, and the scoring rule most checklists use. */
class SetupContextTest {
  private static final SetupContext CONTEXT = new SetupContext() {
    @Override
    public String providerId() {
      return "county-checklist";
    }

    @Override
    public String providerVersion() {
      return "1";
    }

    @Override
    public Map<String, String> configuration() {
      return Map.of();
    }

    @Override
    public Clock clock() {
      return Clock.systemUTC();
    }
  };

  @Test
  void aProviderIsToldTheSpiVersionItRunsUnder() {
    assertEquals(SetupContext.SPI_VERSION, CONTEXT.spiVersion());
    assertEquals("0.1", CONTEXT.spiVersion());
  }

  @Test
  void aProviderLoadsResourcesThroughTheThreadsContextClassLoaderOrTheSpisOwn() {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    ClassLoader mine = new ClassLoader(before) {};
    try {
      thread.setContextClassLoader(mine);
      assertSame(mine, CONTEXT.classLoader());
      thread.setContextClassLoader(null);
      assertSame(SetupContext.class.getClassLoader(), CONTEXT.classLoader());
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void anInstrumentBuiltFromTheContextTakesTheProvidersIdAndVersion() {
    Instrument instrument = Instrument.builder(CONTEXT).itemIds("a", "b").scoringRule(ScoringRule.yesCount()).build();
    assertEquals("county-checklist", instrument.id());
    assertEquals("1", instrument.version());
  }

  @Test
  void theYesCountRuleCountsYesAnswersOnly() {
    Instrument instrument = Instrument.builder(CONTEXT).itemIds("a", "b", "c", "d").scoringRule(ScoringRule.yesCount()).build();
    Responses r = Responses.builder(instrument).yes("a", "d").no("b").notKnown("c").build();
    assertEquals(2, ScoringRule.yesCount().score(r));
    assertEquals(0, ScoringRule.yesCount().score(Responses.builder(instrument).no("a").build()));
  }
}
