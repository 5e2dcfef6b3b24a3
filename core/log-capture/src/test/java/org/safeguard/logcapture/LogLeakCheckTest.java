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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogLeakCheckTest {
  @Test
  void onlyThirdPartyLoggersCanBeLeftUncapturedNeverSafeguardsOwn() {
    assertEquals(List.of("ca.uhn.fhir", "org.hl7.fhir"), CapturingLogProvider.prefixes(" ca.uhn.fhir, org.hl7.fhir ,"));
    for (String covering : List.of("org", "org.safeguard", "org.safeguard.core", "org.safeguard.plugins.exportfhir")) {
      IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> CapturingLogProvider.prefixes("ca.uhn.fhir," + covering));
      org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains(covering), refused.getMessage());
    }
    assertEquals(List.of("org.safeguardian"), CapturingLogProvider.prefixes("org.safeguardian"));
  }

  @Test
  void anAnswerWordOrDeclaredTextIsALeakAndIdsAndCountsAreNot() {
    CapturedLogs.neverLog("Rowan Testfield");
    List<String> lines = List.of(
        "INFO x - loaded 3 instruments",
        "INFO x - NO_REFERRAL for case C-1",
        "WARN x - item threats-to-kill = YES",
        "INFO x - case for Rowan Testfield");
    assertEquals(List.of(lines.get(2), lines.get(3)), LogLeakCheck.leaks(lines));
  }

  @Test
  void aLineBreakOrThePlantedMarkerIsALeak() {
    List<String> lines = List.of(
        "WARN x - policy version 1\nINFO forged - all clear",
        "WARN x - value\r",
        "WARN x - setting " + CapturedLogs.MARKER + "-secret",
        "WARN x - plugin broken-checklist left out (java.lang.IllegalStateException)");
    assertEquals(lines.subList(0, 3), LogLeakCheck.leaks(lines));
  }
}
