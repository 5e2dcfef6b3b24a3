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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Casework;
import org.safeguard.core.Fixtures;
import org.safeguard.core.Safeguard;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.RiskLevel;

/**
 * Information sharing follows the policy in force: Hertfordshire shares automatically for high
 * risk and for medium risk with consent (<i>Hertfordshire Domestic Abuse Review</i>, CAADA, 2014,
 * Appendix 2.3); anything else without consent needs a recorded reason.
 */
class SharingPolicyTest {
  private static final LocalDate ON = LocalDate.of(2026, 4, 1);
  private static final String BANDS = "version=1\nbands.test-checklist.standard=0-9\nbands.test-checklist.medium=10-13\n"
      + "bands.test-checklist.high=14+\n";

  private static CaseFile opened(Casework casework, Safeguard engine, int yes) {
    Measures intake = Measures.builder().on(ON).assessment(Fixtures.scoring(engine, yes)).abuse(AbuseProfile.of(Map.of())).build();
    return casework.open("C-S" + yes, ON, 30, intake).caseFile();
  }

  @Test
  void aHighRiskCaseIsSharedWithoutConsentWhereThePolicySaysSo() {
    Safeguard engine = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider())
        .thresholdPolicy(PolicyFiles.fromPropertiesText("id=shares-high\n" + BANDS + "sharing.without-consent-from=high\n", "p.properties"))
        .build();
    Casework casework = engine.casework();
    CaseFile high = opened(casework, engine, 15);
    assertEquals(RiskLevel.HIGH, high.latestAssessment().orElseThrow().level().orElseThrow());
    InformationSharing shared = casework.share(high, ON, Agency.HOUSING).caseFile().sharing().get(0);
    assertFalse(shared.withConsent());
    assertEquals(Optional.of(SharingReason.POLICY_AT_THIS_RISK_LEVEL), shared.reasonWithoutConsent());

    CaseFile medium = opened(casework, engine, 11);
    CaseRuleException refused = assertThrows(CaseRuleException.class, () -> casework.share(medium, ON, Agency.HOUSING));
    assertEquals("sharing.with", refused.field());
    assertEquals("the victim has not consented to sharing with this agency, and policy shares-high shares without consent from HIGH"
        + " while this case is MEDIUM; share without consent only with a recorded reason", refused.rule());
    CaseRuleException claimed = assertThrows(CaseRuleException.class,
        () -> casework.shareWithoutConsent(medium, ON, Agency.HOUSING, SharingReason.POLICY_AT_THIS_RISK_LEVEL));
    assertEquals("sharing.reasonWithoutConsent", claimed.field());

    CaseFile unassessed = casework.open("C-S0", ON, java.util.OptionalInt.empty(), Optional.empty()).caseFile();
    assertEquals("the victim has not consented to sharing with this agency, and policy shares-high shares without consent from HIGH"
        + " while this case has no risk assessment yet; share without consent only with a recorded reason",
        assertThrows(CaseRuleException.class, () -> casework.share(unassessed, ON, Agency.HOUSING)).rule());

    CaseFile consented = casework.recordConsent(medium, Consent.builder().recordedOn(ON).method(ConsentMethod.WRITTEN).contactAgreed(true)
        .referralAgreed(true).addShareWith(Agency.HOUSING).build()).caseFile();
    assertTrue(casework.share(consented, ON, Agency.HOUSING).caseFile().sharing().get(0).withConsent(), "medium risk with consent");
    assertFalse(casework.shareWithoutConsent(medium, ON, Agency.HOUSING, SharingReason.RISK_OF_SERIOUS_HARM).caseFile().sharing().get(0)
        .withConsent(), "a recorded reason still allows it");
  }

  @Test
  void withoutThePolicyRuleSharingWithoutConsentAlwaysNeedsAReason() {
    Safeguard engine = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider())
        .thresholdPolicy(PolicyFiles.fromPropertiesText("id=asks-consent\n" + BANDS, "p.properties")).build();
    Casework casework = engine.casework();
    CaseFile high = opened(casework, engine, 15);
    assertEquals("the victim has not consented to sharing with this agency; share without consent only with a recorded reason",
        assertThrows(CaseRuleException.class, () -> casework.share(high, ON, Agency.HOUSING)).rule());
    assertThrows(CaseRuleException.class, () -> casework.shareWithoutConsent(high, ON, Agency.HOUSING, SharingReason.POLICY_AT_THIS_RISK_LEVEL));
  }

  @Test
  void thePolicyNamesMediumOrHighAndNothingElse() {
    assertEquals(Optional.of(RiskLevel.MEDIUM), PolicyFiles.fromPropertiesText("id=p\n" + BANDS + "sharing.without-consent-from=medium\n",
        "p.properties").sharingWithoutConsentFrom());
    for (String bad : List.of("standard", "always", "HIGH")) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> PolicyFiles.fromPropertiesText("id=p\n" + BANDS + "sharing.without-consent-from=" + bad + "\n", "p.properties"), bad);
      assertEquals("sharing.without-consent-from", e.field());
    }
  }
}
