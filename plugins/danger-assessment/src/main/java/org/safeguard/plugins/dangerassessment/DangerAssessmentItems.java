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
package org.safeguard.plugins.dangerassessment;

import java.util.List;

/**
 * The item ids of the Danger Assessment in form order, each sub-check right after its item
 * (Campbell's Danger Assessment, dangerassessment.org).
 */
final class DangerAssessmentItems {
  static final List<String> ALL = List.of(
      "violence-increased",               // 1
      "abuser-owns-gun",                  // 2
      "left-after-living-together",       // 3
      "never-lived-together",             // 3a
      "abuser-unemployed",                // 4
      "weapon-used-or-threatened",        // 5
      "weapon-was-gun",                   // 5a
      "threats-to-kill",                  // 6
      "avoided-arrest",                   // 7
      "child-not-abusers",                // 8
      "forced-sex",                       // 9
      "strangulation",                    // 10
      "abuser-drug-use",                  // 11
      "abuser-problem-drinking",          // 12
      "controls-daily-activities",        // 13
      "control-resisted",                 // 13a
      "violent-jealousy",                 // 14
      "beaten-while-pregnant",            // 15
      "never-pregnant-by-abuser",         // 15a
      "abuser-suicide-threats",           // 16
      "threats-to-harm-children",         // 17
      "believes-abuser-could-kill",       // 18
      "stalking-or-threatening-messages", // 19
      "victim-suicide-threats");          // 20 (unconfirmed in our sources: check against the licensed form)

  private DangerAssessmentItems() {}
}
