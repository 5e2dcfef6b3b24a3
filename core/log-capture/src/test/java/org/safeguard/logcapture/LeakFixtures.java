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

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.slf4j.LoggerFactory;

/**
 * Properties for {@link LogLeakHookTest} to run through jqwik's engine, never run by the build on
 * their own (their class name is not one surefire picks up): one logs the planted marker, one a
 * count.
 */
class LeakFixtures {
  @Property(tries = 3)
  void logsThePlantedMarker(@ForAll int n) {
    LoggerFactory.getLogger("fixture").warn("setting {}", CapturedLogs.MARKER);
  }

  @Property(tries = 3)
  void logsACount(@ForAll int n) {
    LoggerFactory.getLogger("fixture").info("loaded {} instruments", 3);
  }
}
