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
package org.safeguard.logcapture;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The jqwik hook fails a property whose tries logged the marker, and only that one. */
class LogLeakHookTest {
  /** Runs one fixture property, then forgets what it logged, so the check around this test does not see it. */
  private static Events run(String property) {
    int start = CapturedLogs.total();
    try {
      return EngineTestKit.engine("jqwik").selectors(selectMethod(LeakFixtures.class, property, "int")).execute().testEvents();
    } finally {
      CapturedLogs.forgetSince(start);
    }
  }

  @Test
  void aPropertyThatLogsThePlantedMarkerFails() {
    run("logsThePlantedMarker").assertStatistics(stats -> stats.started(1).failed(1));
  }

  @Test
  void aPropertyThatLogsOnlyACountPasses() {
    run("logsACount").assertStatistics(stats -> stats.started(1).succeeded(1));
  }
}
