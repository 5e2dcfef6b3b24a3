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
package org.safeguard.examples.quickstart;

import java.util.List;
import org.safeguard.core.Safeguard;
import org.safeguard.logcapture.CapturedLogs;
import org.safeguard.model.Instrument;

/** What several tests need: the Dash RIC as the plugin supplies it, and the shipped sample read through it. */
final class Fixtures {
  static final Instrument DASH_RIC = Safeguard.builder().build().instrument(Quickstart.INSTRUMENT);

  static final List<String> ITEM_IDS = DASH_RIC.itemIds();

  private Fixtures() {}

  /** The shipped sample; its names and rationales are declared never-logged for every test that follows. */
  static List<SyntheticCase> sample() {
    List<SyntheticCase> cases = CaseCsv.readSample(DASH_RIC, SyntheticCases.SCREENING_DATE);
    for (SyntheticCase c : cases) {
      CapturedLogs.neverLog(c.firstName() + " " + c.lastName());
      c.judgement().ifPresent(j -> CapturedLogs.neverLog(j.rationale()));
    }
    return cases;
  }
}
