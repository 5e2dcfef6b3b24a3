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

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.marac.CaseHistory;
import org.safeguard.core.marac.MaracOutcome;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.SetupContext;
import org.safeguard.spi.ThresholdPolicyProvider;

/**
 * Local policies as counties use them: successive policies of one family by date, bands that
 * differ by agency, the score a service takes cases from, and a medium-risk MARAC, as in the
 * <i>Hertfordshire Domestic Abuse Review</i> (CAADA, 2014): police bands in Table 1 and Appendix
 * 10.1, the IDVA service's threshold in Appendix 12.1, and Stevenage's medium-risk MARAC in
 * Appendix 10.6.
 */
class PolicyFeaturesTest {
  record ResourcePolicy(String id, String version, String resource) implements ThresholdPolicyProvider {
    @Override
    public ThresholdPolicy load(SetupContext context) {
      return PolicyFiles.readResource(PolicyFeaturesTest.class.getClassLoader(), resource);
    }
  }

  static final Safeguard COUNTY = Safeguard.builder()
      .addInstrument(new Fixtures.ChecklistProvider())
      .addThresholdPolicy(new ResourcePolicy("county-2014", "2014", "policies/county-2014.properties"))
      .addThresholdPolicy(new ResourcePolicy("county-2019", "2019", "policies/county-2019.properties"))
      .thresholdPolicy("county")
      .build();

  static Responses yes(int count, LocalDate on, Agency by) {
    String[] items = Fixtures.ITEMS.split(" ");
    Responses.Builder b = COUNTY.responses("test-checklist").completedOn(on);
    if (by != null) {
      b.completedBy(by);
    }
    for (int i = 0; i < count; i++) {
      b.yes(items[i]);
    }
    return b.build();
  }

  @Test
  void anAssessmentUsesThePolicyInForceOnTheDateItWasCompleted() {
    assertEquals("county-2014", COUNTY.assess(yes(12, LocalDate.of(2016, 5, 1), null)).policyId());
    assertEquals(RiskLevel.MEDIUM, COUNTY.assess(yes(12, LocalDate.of(2016, 5, 1), null)).level().orElseThrow());
    assertEquals("county-2019", COUNTY.assess(yes(12, LocalDate.of(2020, 5, 1), null)).policyId());
    assertEquals(RiskLevel.HIGH, COUNTY.assess(yes(12, LocalDate.of(2020, 5, 1), null)).level().orElseThrow());
    assertEquals("county-2014", COUNTY.assess(yes(1, LocalDate.of(2019, 3, 31), null)).policyId(), "the last day is inclusive");
    assertEquals("county-2019", COUNTY.assess(yes(1, LocalDate.of(2019, 4, 1), null)).policyId());
  }

  @Test
  void aDateBeforeEveryPolicyOfTheFamilyIsRefusedNamingTheDate() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> COUNTY.assess(yes(3, LocalDate.of(2010, 1, 1), null)));
    assertEquals("date", e.field());
    assertEquals("2010-01-01", e.value());
    assertEquals("county-2014", COUNTY.policyOn(LocalDate.of(2015, 1, 1)).id());
  }

  @Test
  void overlappingPoliciesOfOneFamilyAreRefused() {
    ThresholdPolicy a = PolicyFiles.readResource(getClass().getClassLoader(), "policies/county-2014.properties");
    ThresholdPolicy b = ThresholdPolicy.builder().from(PolicyFiles.readResource(getClass().getClassLoader(),
        "policies/county-2019.properties")).effectiveFrom(LocalDate.of(2018, 1, 1)).build();
    Safeguard.Builder builder = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider())
        .addThresholdPolicy(new Fixed(a)).addThresholdPolicy(new Fixed(b)).thresholdPolicy("county");
    InvalidInputException e = assertThrows(InvalidInputException.class, builder::build);
    assertTrue(e.rule().contains("overlap"), e.rule());
  }

  record Fixed(ThresholdPolicy policy) implements ThresholdPolicyProvider {
    @Override
    public String id() {
      return policy.id();
    }

    @Override
    public String version() {
      return policy.version();
    }

    @Override
    public ThresholdPolicy load(SetupContext context) {
      return policy;
    }
  }

  @Test
  void theSameScoreMeansDifferentThingsAtDifferentAgencies() {
    LocalDate on = LocalDate.of(2016, 5, 1);
    assertEquals(RiskLevel.MEDIUM, COUNTY.assess(yes(8, on, Agency.POLICE)).level().orElseThrow(), "police: medium from 8");
    assertEquals(RiskLevel.STANDARD, COUNTY.assess(yes(8, on, Agency.IDVA_SERVICE)).level().orElseThrow(), "others: medium from 10");
    assertEquals(RiskLevel.STANDARD, COUNTY.assess(yes(8, on, null)).level().orElseThrow());
    ThresholdPolicy p = COUNTY.policyOn(on);
    assertEquals(10, p.serviceThreshold(Agency.IDVA_SERVICE, "test-checklist").orElseThrow().minimumScore());
    assertTrue(p.serviceThreshold(Agency.HOUSING, "test-checklist").isEmpty());
  }

  @Test
  void aMediumRiskMaracTakesScoresInItsBandOnlyWithConsent() {
    LocalDate on = LocalDate.of(2016, 5, 1);
    var eleven = COUNTY.assess(yes(11, on, null));
    CaseHistory consenting = CaseHistory.builder().asOf(on).victimAge(30).consentToReferral(true).build();
    var d = COUNTY.screenForMarac(consenting, eleven);
    assertEquals(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC, d.outcome());
    assertEquals(List.of(MaracRoute.MEDIUM_RISK_BAND), d.routes().stream().map(r -> r.route()).toList());

    CaseHistory notAsked = CaseHistory.builder().asOf(on).victimAge(30).build();
    var unasked = COUNTY.screenForMarac(notAsked, eleven);
    assertEquals(MaracOutcome.NO_REFERRAL, unasked.outcome());
    assertTrue(unasked.explain().endsWith("of policy county-2014, but the victim's consent is not recorded"), unasked.explain());
    var refusing = COUNTY.screenForMarac(CaseHistory.builder().asOf(on).victimAge(30).consentToReferral(false).build(), eleven);
    assertTrue(refusing.explain().endsWith("of policy county-2014, but the victim does not consent"), refusing.explain());
    // a 17-year-old referred to the medium-risk MARAC goes to children's social care too
    var young = COUNTY.screenForMarac(CaseHistory.builder().asOf(on).victimAge(17).consentToReferral(true).build(), eleven);
    assertEquals(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC, young.outcome());
    assertTrue(young.alsoToChildrensSocialCare());
    var nine = COUNTY.assess(yes(9, on, null));
    assertEquals(MaracOutcome.NO_REFERRAL, COUNTY.screenForMarac(consenting, nine).outcome());
    var fifteen = COUNTY.assess(yes(15, on, null));
    assertEquals(MaracOutcome.REFER_TO_MARAC, COUNTY.screenForMarac(consenting, fifteen).outcome(), "high risk goes to the full MARAC");
  }

  /** The band is a band of one checklist's scores: 1 on a two-item screen is no 10-13 on the Dash. */
  @Test
  void aMediumRiskBandPlacesOnlyTheScoresOfTheInstrumentItIsFor() {
    Safeguard county = Safeguard.builder()
        .addInstrument(new Fixtures.ChecklistProvider())
        .addInstrument(new Fixtures.LabelledProvider("two-items", "no-such-bundle"))
        .thresholdPolicy(PolicyFiles.fromPropertiesText("id=county\nversion=1\nbands.test-checklist.standard=0-9\n"
            + "bands.test-checklist.medium=10-13\nbands.test-checklist.high=14+\nbands.two-items.medium=0+\n"
            + "marac.medium-risk.band=0-13\nmarac.medium-risk.instrument=test-checklist\n", "county.properties"))
        .build();
    CaseHistory consenting = CaseHistory.builder().asOf(LocalDate.of(2026, 5, 1)).victimAge(30).consentToReferral(true).build();
    var onTheChecklist = county.assess(county.responses("test-checklist").yes("a").build());
    assertEquals(MaracOutcome.REFER_TO_MEDIUM_RISK_MARAC, county.screenForMarac(consenting, onTheChecklist).outcome());
    var d = county.screenForMarac(consenting, county.assess(county.responses("two-items").yes("a").build()));
    assertEquals(MaracOutcome.NO_REFERRAL, d.outcome());
    assertTrue(d.explain().contains("not MEDIUM_RISK_BAND: the medium-risk MARAC band 0-13 of policy county places scores on test-checklist,"
        + " and this assessment is on two-items"), d.explain());
    var unassessed = county.screenForMarac(consenting);
    assertEquals(MaracOutcome.NO_REFERRAL, unassessed.outcome(), "no score to place before a checklist is completed");
    assertTrue(unassessed.explain().contains("not MEDIUM_RISK_BAND: no checklist completed yet"), unassessed.explain());
  }

  @Test
  void aScreenUsesThePolicyInForceOnTheScreeningDate() {
    var assessment = COUNTY.assess(yes(11, LocalDate.of(2016, 5, 1), null));
    CaseHistory in2020 = CaseHistory.builder().asOf(LocalDate.of(2020, 5, 1)).victimAge(30).consentToReferral(true).build();
    var d = COUNTY.screenForMarac(in2020, assessment);
    assertEquals("county-2019", d.policyId());
    assertEquals(MaracOutcome.NO_REFERRAL, d.outcome(), "the 2019 policy has no medium-risk MARAC");
  }

  @Test
  void aPolicyIsReadFromTheClassPathByTheBuilder() {
    Safeguard engine = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider())
        .classLoader(getClass().getClassLoader())
        .thresholdPolicyResource("test-policy.properties").build();
    assertEquals("test-policy", engine.policy().id());
  }
}
