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
package org.safeguard.plugins.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Instrument;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;

/**
 * The Dash checklists as their sources describe them: the ACPO DASH 2009 form (police, 27 items),
 * SafeLives' Dash risk checklist (RIC, 24 items; yes / no / don't know) and SafeLives, <i>Marac
 * referral criteria and form</i> (score = yes count; 14+ is visible high risk), with the local
 * bands 1-9, 10-13, 14+ that some areas use (local practice, not SafeLives policy).
 */
class DashRicTest {
  static final Safeguard SAFELIVES = Safeguard.builder().build();
  static final Safeguard COUNTY = Safeguard.builder()
      .thresholdPolicy(PolicyFiles.readResource(DashRicTest.class.getClassLoader(), "county-example.properties"))
      .build();

  static Responses yesTo(Safeguard engine, String instrument, int count) {
    Instrument dash = engine.instrument(instrument);
    Responses.Builder b = engine.responses(instrument);
    for (int i = 0; i < count; i++) {
      b.yes(dash.items().get(i).id());
    }
    return b.build();
  }

  @Test
  void theRicHasTwentyFourItemsAndThePoliceFormTwentySeven() {
    assertEquals(24, SAFELIVES.instrument("safelives-dash-ric").items().size());
    assertEquals(27, SAFELIVES.instrument("acpo-dash").items().size());
    assertEquals("dash", SAFELIVES.instrument("acpo-dash").family());
    assertEquals("dash", SAFELIVES.instrument("safelives-dash-ric").family());
  }

  @Test
  void thePoliceFormIsTheRicWithThreeChildrenQuestionsAsQuestionsTenToTwelve() {
    List<String> police = SAFELIVES.instrument("acpo-dash").items().stream().map(i -> i.id()).toList();
    List<String> ric = SAFELIVES.instrument("safelives-dash-ric").items().stream().map(i -> i.id()).toList();
    assertEquals(DashItems.POLICE_CHILDREN, police.subList(9, 12));
    List<String> withoutChildren = new java.util.ArrayList<>(police);
    withoutChildren.removeAll(DashItems.POLICE_CHILDREN);
    assertEquals(ric, withoutChildren);
  }

  @Test
  void theScoreIsTheYesCountWithNotKnownAndNotAskedCountedApart() {
    Responses r = SAFELIVES.responses("safelives-dash-ric")
        .yes("threats-to-kill", "strangulation", "separation")
        .no("current-injury", "animal-cruelty")
        .notKnown("criminal-history", "abuser-suicide-threats")
        .build();
    Assessment a = SAFELIVES.assess(r);
    assertEquals(3, a.score().value());
    assertEquals(3, a.score().yesCount());
    assertEquals(2, a.score().noCount());
    assertEquals(2, a.score().notKnownCount());
    assertEquals(17, a.score().notAskedCount());
  }

  @Test
  void fourteenYesIsHighUnderTheSafeLivesDefaultAndThirteenIsNot() {
    assertEquals(RiskLevel.HIGH, SAFELIVES.assess(yesTo(SAFELIVES, "safelives-dash-ric", 14)).level().orElseThrow());
    Assessment thirteen = SAFELIVES.assess(yesTo(SAFELIVES, "safelives-dash-ric", 13));
    assertEquals(RiskLevel.STANDARD, thirteen.level().orElseThrow());
    assertEquals("safelives", thirteen.policyId());
  }

  /**
   * SafeLives sets one threshold, visible high risk at 14 or more yes answers (SafeLives, <i>Marac
   * referral criteria and form</i>), and no standard or medium band: a lower score is below that
   * threshold, with professional judgement still to apply, and its explanation says so rather than
   * finding standard risk. A county's bands are levels and read as such.
   */
  @Test
  void underTheSafeLivesPolicyALowScoreIsBelowTheThresholdNotAFindingOfStandardRisk() {
    assertTrue(SAFELIVES.policy().highRiskThresholdOnly());
    Assessment thirteen = SAFELIVES.assess(yesTo(SAFELIVES, "safelives-dash-ric", 13));
    assertTrue(thirteen.belowHighRiskThreshold());
    assertEquals("Score 13 on safelives-dash-ric 2009 (13 yes, 0 no, 0 not known, 11 not asked) is in band standard 0-13 of policy"
        + " safelives 2009: below the visible high-risk threshold, not a finding of standard risk; professional judgement applies"
        + " (counted as STANDARD).", thirteen.explain());
    Assessment fourteen = SAFELIVES.assess(yesTo(SAFELIVES, "safelives-dash-ric", 14));
    assertFalse(fourteen.belowHighRiskThreshold());
    assertTrue(fourteen.explain().endsWith("is in band high 14+ of policy safelives 2009: computed level HIGH."), fourteen.explain());
    Assessment countyThirteen = COUNTY.assess(yesTo(COUNTY, "safelives-dash-ric", 13));
    assertFalse(countyThirteen.belowHighRiskThreshold());
    assertTrue(countyThirteen.explain().contains(": computed level MEDIUM."), countyThirteen.explain());
    assertEquals(thirteen, Assessment.builder().from(thirteen).build(), "a rebuilt assessment keeps what its band means");
    assertEquals(thirteen.explain(), Assessment.builder().from(thirteen).build().explain());
  }

  /**
   * A known conflict between the sources, recorded rather than resolved: SafeLives' 2019 survey of
   * domestic abuse practitioners defines high risk as "10+ ticks on the Dash RIC" (footnote 8, in
   * "Current and required Idva provision in England and Wales"), where SafeLives' <i>Marac
   * referral criteria and form</i> and the <i>Hertfordshire Domestic Abuse Review</i> (CAADA, 2014,
   * section 2.1.1: "14+ ticks") read 14+ as high risk. The default stays
   * 14: ten to thirteen is standard under the SafeLives policy, and a county that reads the survey's
   * way writes its own bands (as the local 10-13 medium band below shows).
   */
  @Test
  void theSurveysTenTicksIsAKnownConflictAndTheDefaultStaysFourteen() {
    for (int yes = 10; yes <= 13; yes++) {
      assertEquals(RiskLevel.STANDARD, SAFELIVES.assess(yesTo(SAFELIVES, "safelives-dash-ric", yes)).level().orElseThrow(), yes + " yes");
    }
    assertEquals(14, SAFELIVES.policy().bandsFor("safelives-dash-ric").orElseThrow().bands().stream()
        .filter(b -> b.level() == RiskLevel.HIGH).findFirst().orElseThrow().lower());
  }

  @Test
  void notKnownAnswersNeverCountTowardsTheThreshold() {
    Responses r = yesTo(SAFELIVES, "safelives-dash-ric", 13).with("criminal-history", org.safeguard.model.Answer.NOT_KNOWN);
    assertEquals(RiskLevel.STANDARD, SAFELIVES.assess(r).level().orElseThrow());
  }

  @Test
  void aLocalTenToThirteenBandGivesMedium() {
    assertEquals(RiskLevel.STANDARD, COUNTY.assess(yesTo(COUNTY, "safelives-dash-ric", 9)).level().orElseThrow());
    assertEquals(RiskLevel.MEDIUM, COUNTY.assess(yesTo(COUNTY, "safelives-dash-ric", 10)).level().orElseThrow());
    assertEquals(RiskLevel.MEDIUM, COUNTY.assess(yesTo(COUNTY, "safelives-dash-ric", 13)).level().orElseThrow());
    assertEquals(RiskLevel.HIGH, COUNTY.assess(yesTo(COUNTY, "safelives-dash-ric", 14)).level().orElseThrow());
    assertEquals("county-example", COUNTY.assess(yesTo(COUNTY, "safelives-dash-ric", 1)).policyId());
  }

  @Test
  void thePoliceFormScoresTheSameWayUnderTheDefault() {
    assertEquals(RiskLevel.HIGH, SAFELIVES.assess(yesTo(SAFELIVES, "acpo-dash", 14)).level().orElseThrow());
    assertEquals(RiskLevel.STANDARD, SAFELIVES.assess(yesTo(SAFELIVES, "acpo-dash", 13)).level().orElseThrow());
  }

  @Test
  void everyItemHasAShortNeutralLabelInTheBundle() {
    for (String id : List.of("safelives-dash-ric", "acpo-dash")) {
      Map<String, String> labels = SAFELIVES.itemLabels(id, Locale.UK);
      assertEquals(SAFELIVES.instrument(id).items().size(), labels.size());
      labels.forEach((item, label) -> {
        assertNotEquals(item, label, "label missing for " + item);
        assertTrue(label.length() <= 80, "labels are short: " + label);
      });
    }
  }

  @Test
  void theSafeLivesPolicyIsTheDefaultAndCarriesTheSafeLivesMaracNumbers() {
    ThresholdPolicy p = SAFELIVES.policy();
    assertEquals("safelives", p.id());
    assertEquals(3, p.marac().escalationIncidents());
    assertEquals(12, p.marac().escalationWindowMonths());
    assertEquals(12, p.marac().repeatWindowMonths());
    assertEquals(16, p.marac().minimumAge());
  }
}
