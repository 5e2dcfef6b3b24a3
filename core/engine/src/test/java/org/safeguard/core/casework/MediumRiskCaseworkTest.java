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
package org.safeguard.core.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Casework;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.ThresholdPolicy;

/** A local medium-risk MARAC reached through casework, with the victim's consent recorded on the case. */
class MediumRiskCaseworkTest {
  static final ThresholdPolicy MEDIUM_MARAC = PolicyFiles.fromJson("""
      {"id": "medium-county", "version": "1",
       "bands": {"test-checklist": {"standard": "0-9", "medium": "10-13", "high": "14+"}},
       "marac": {"medium-risk": {"band": "10-13", "instrument": "test-checklist"}}}""", "test");

  @Test
  void aMediumScoreIsReferredToTheMediumRiskMaracOnlyOnceTheVictimAgrees() {
    Safeguard engine = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider()).thresholdPolicy(MEDIUM_MARAC).build();
    Casework casework = engine.casework();
    LocalDate on = LocalDate.of(2026, 4, 1);
    var b = engine.responses("test-checklist");
    for (String item : "a b c d e f g h i j k".split(" ")) {
      b.yes(item);
    }
    Measures intake = Measures.builder().on(on).assessment(engine.assess(b.build())).abuse(AbuseProfile.of(Map.of())).build();
    CaseFile c = casework.open("C-M", on, 30, intake).caseFile();
    assertEquals(MaracOutcome.NO_REFERRAL, casework.screenForMarac(c, on).decision().outcome());

    CaseFile agreed = casework.recordConsent(c, Consent.builder().recordedOn(on).method(ConsentMethod.WRITTEN)
        .contactAgreed(true).referralAgreed(true).build()).caseFile();
    var screened = casework.screenForMarac(agreed, on);
    assertEquals(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC, screened.decision().outcome());
    assertEquals(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC, screened.caseFile().maracReferrals().get(0).outcome());
  }
}
