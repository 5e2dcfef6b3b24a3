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
package org.safeguard.plugins.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.Incident;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.model.Agency;
import org.safeguard.model.IncidentType;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;

/**
 * The shipped Hertfordshire 2014 policy, found as configuration and applied per agency
 * (<i>Hertfordshire Domestic Abuse Review</i>, CAADA, 2014: police 0-7 / 8-13 / 14+, Table 1 and
 * Appendix 10.1; IDVA service from 10, Appendix 12.1; Stevenage medium-risk MARAC 10-13 with
 * consent, Appendix 10.6).
 */
class HertfordshirePolicyTest {
  static final Safeguard HERTS = Safeguard.builder().thresholdPolicy("hertfordshire").build();

  static Responses yes(String instrumentId, int count, Agency by) {
    Instrument instrument = HERTS.instrument(instrumentId);
    Responses.Builder b = HERTS.responses(instrumentId).completedBy(by);
    for (int i = 0; i < count; i++) {
      b.yes(instrument.items().get(i).id());
    }
    return b.build();
  }

  @Test
  void thePolicyIsFoundFromItsFileWithoutAnyCode() {
    assertEquals("hertfordshire-2014", HERTS.policy().id());
    assertEquals("hertfordshire", HERTS.policy().family());
  }

  @Test
  void policeGradeAcpoDashEightToThirteenMediumAndFourteenHigh() {
    assertEquals(RiskLevel.STANDARD, HERTS.assess(yes("acpo-dash", 7, Agency.POLICE)).level().orElseThrow());
    assertEquals(RiskLevel.MEDIUM, HERTS.assess(yes("acpo-dash", 8, Agency.POLICE)).level().orElseThrow());
    assertEquals(RiskLevel.MEDIUM, HERTS.assess(yes("acpo-dash", 13, Agency.POLICE)).level().orElseThrow());
    assertEquals(RiskLevel.HIGH, HERTS.assess(yes("acpo-dash", 14, Agency.POLICE)).level().orElseThrow());
  }

  @Test
  void theSameEightTicksAreStandardOutsideThePolice() {
    assertEquals(RiskLevel.STANDARD, HERTS.assess(yes("acpo-dash", 8, Agency.HOUSING)).level().orElseThrow());
    assertEquals(RiskLevel.MEDIUM, HERTS.assess(yes("safelives-dash-ric", 10, Agency.IDVA_SERVICE)).level().orElseThrow());
  }

  @Test
  void theIdvaServiceTakesCasesFromTen() {
    ThresholdPolicy p = HERTS.policy();
    assertEquals(10, p.serviceThreshold(Agency.IDVA_SERVICE, "safelives-dash-ric").orElseThrow().minimumScore());
  }

  @Test
  void tenToThirteenGoesToTheMediumRiskMaracOnlyWithConsent() {
    var twelve = HERTS.assess(yes("safelives-dash-ric", 12, Agency.IDVA_SERVICE));
    LocalDate on = LocalDate.of(2014, 11, 3);
    assertEquals(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC,
        HERTS.screenForMarac(CaseHistory.builder().asOf(on).victimAge(29).consentToReferral(true).build(), twelve).outcome());
    assertEquals(MaracOutcome.NO_REFERRAL,
        HERTS.screenForMarac(CaseHistory.builder().asOf(on).victimAge(29).consentToReferral(false).build(), twelve).outcome());
    var fourteen = HERTS.assess(yes("safelives-dash-ric", 14, Agency.IDVA_SERVICE));
    assertTrue(HERTS.screenForMarac(CaseHistory.builder().asOf(on).victimAge(29).build(), fourteen).referToMarac());
  }

  @Test
  void policeAnswersCarriedOntoTheRicKeepThePoliceBands() {
    var police = yes("acpo-dash", 9, Agency.POLICE);
    var ric = HERTS.map(police, "safelives-dash-ric");
    assertEquals(RiskLevel.MEDIUM, HERTS.assess(police).level().orElseThrow());
    assertEquals(RiskLevel.MEDIUM, HERTS.assess(ric).level().orElseThrow());
  }

  /**
   * The review states no repeat definition of its own (it reports 18% repeat cases, Table 8); the
   * dated policy keeps SafeLives' older, narrower list of incident types as data, while SafeLives'
   * current definition (any abuse) is the default everywhere else.
   */
  @Test
  void theDatedPolicyKeepsTheOlderNarrowerRepeatDefinition() {
    assertEquals(EnumSet.of(IncidentType.VIOLENCE_OR_THREATS, IncidentType.STALKING_OR_HARASSMENT, IncidentType.SEXUAL_ABUSE),
        HERTS.policy().marac().repeatIncidentTypes());
    LocalDate referral = LocalDate.of(2014, 3, 1);
    CaseHistory breach = CaseHistory.builder().asOf(LocalDate.of(2014, 11, 3)).victimAge(29).addPreviousReferrals(referral)
        .addIncidents(Incident.of(referral.plusMonths(2), IncidentType.BREACH_OF_ORDER, Agency.POLICE)).build();
    var none = HERTS.assess(yes("safelives-dash-ric", 0, Agency.IDVA_SERVICE));
    assertEquals(MaracOutcome.NO_REFERRAL, HERTS.screenForMarac(breach, none).outcome());
  }

  /** Appendix 2.3: sharing "is automatic ... where ... an adult victim is high risk or medium risk with consent". */
  @Test
  void aHighRiskCaseIsSharedWithoutConsentAndAMediumOneOnlyWithIt() {
    assertEquals(java.util.Optional.of(RiskLevel.HIGH), HERTS.policy().sharingWithoutConsentFrom());
  }
}
