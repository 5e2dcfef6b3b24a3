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
package org.safeguard.plugins.spj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.assessment.ProfessionalJudgement;
import org.safeguard.core.assessment.RefusedOverrideException;
import org.safeguard.model.AnswerOutOfScaleException;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;

/**
 * The B-SAFER-style instrument (Kropp et al.): the 10 factors of the Justice Canada manual, plus
 * the 5 victim-vulnerability factors of the later form; present / partial / absent, current and
 * past; a summary judgement of Low / Moderate / High. With the SPJ coding of SARA (Kropp et al.:
 * omit when information is lacking; no decision score), so there is no computed level: the
 * assessor enters it with a rationale.
 */
class BSaferTest {
  static final Safeguard ENGINE = Safeguard.builder()
      .thresholdPolicy(ThresholdPolicy.builder().id("test").version("1").build())
      .build();

  private static final String RATIONALE = "synthetic rationale for a test case";

  static ProfessionalJudgement judged(RiskLevel level) {
    return ENGINE.judgement().level(level).assessorId("assessor-17").rationale(RATIONALE).build();
  }

  static Responses someRatings() {
    return ENGINE.responses("b-safer")
        .rate("violent-acts-current", "present")
        .rate("violent-acts-past", "partial")
        .rate("escalation-current", "absent")
        .notKnown("mental-health-past")
        .build();
  }

  @Test
  void bothFormsLoadSideBySideAndTheFifteenFactorFormIsTheDefault() {
    assertEquals("15-factor", ENGINE.instrument("b-safer").version());
    assertEquals(30, ENGINE.instrument("b-safer").items().size());
    assertEquals(20, ENGINE.instrument("b-safer", "10-factor").items().size());
    assertFalse(ENGINE.instrument("b-safer").computesLevel());
    assertFalse(ENGINE.instrument("b-safer", "10-factor").computesLevel());
  }

  @Test
  void everyFactorIsRatedForTheCurrentPeriodAndThePastSideBySide() {
    // B-SAFER (Kropp et al.): each factor rated separately for the current period and the past
    List<String> ten = ENGINE.instrument("b-safer", "10-factor").itemIds();
    assertEquals(List.of("violent-acts-current", "violent-acts-past", "violent-threats-or-thoughts-current",
        "violent-threats-or-thoughts-past"), ten.subList(0, 4));
    assertEquals(List.of("mental-health-current", "mental-health-past"), ten.subList(18, 20));
    for (int i = 0; i < ten.size(); i += 2) {
      String factor = ten.get(i).substring(0, ten.get(i).length() - "-current".length());
      assertEquals(factor + "-past", ten.get(i + 1));
    }
  }

  @Test
  void theFifteenFactorFormIsTheTenFactorFormFollowedByFiveVictimVulnerabilityFactors() {
    // B-SAFER (Kropp et al.): a later version adds 5 victim-vulnerability factors
    List<String> fifteen = ENGINE.instrument("b-safer").itemIds();
    assertEquals(ENGINE.instrument("b-safer", "10-factor").itemIds(), fifteen.subList(0, 20));
    assertEquals(BSaferForm.items(BSaferForm.VICTIM_VULNERABILITY), fifteen.subList(20, 30));
    assertTrue(fifteen.contains("extreme-fear-current"));
    assertTrue(fifteen.contains("unsafe-living-situation-past"));
  }

  @Test
  void ratingsRunFromAbsentZeroThroughPartialOneToPresentTwo() {
    Instrument bSafer = ENGINE.instrument("b-safer");
    assertEquals(List.of("absent", "partial", "present"), bSafer.ratingScale().orElseThrow().labels());
    Responses r = someRatings();
    assertEquals(OptionalInt.of(2), r.rating("violent-acts-current"));
    assertEquals(OptionalInt.of(1), r.rating("violent-acts-past"));
    assertEquals(OptionalInt.of(0), r.rating("escalation-current"));
    assertThrows(InvalidInputException.class, () -> ENGINE.responses("b-safer").rate("violent-acts-current", 3));
  }

  @Test
  void factorsAreRatedNotAnsweredYesOrNo() {
    assertThrows(AnswerOutOfScaleException.class, () -> ENGINE.responses("b-safer").yes("violent-acts-current"));
    assertThrows(AnswerOutOfScaleException.class, () -> ENGINE.responses("b-safer").no("violent-acts-current"));
  }

  @Test
  void anOmittedFactorIsCountedAsNotKnownAndNeverAsAbsent() {
    // SARA (Kropp et al.): omit, do not code as absent, when information is lacking
    Assessment a = ENGINE.assess(someRatings(), judged(RiskLevel.MEDIUM));
    assertEquals(3, a.score().ratedCount());
    assertEquals(1, a.score().notKnownCount());
    assertEquals(26, a.score().notAskedCount());
    assertEquals(3, a.score().value(), "the ratings sum 2 + 1 + 0, as a research convenience");
  }

  @Test
  void assessingWithoutAJudgementIsRefusedNamingTheJudgement() {
    // structured professional judgement has no computed level; the assessor enters it
    MissingValueException e = assertThrows(MissingValueException.class, () -> ENGINE.assess(someRatings()));
    assertEquals("judgement", e.field());
  }

  @Test
  void theAssessorsJudgementIsTheLevelAndNothingIsComputed() {
    Assessment a = ENGINE.assess(someRatings(), judged(RiskLevel.HIGH));
    assertEquals(RiskLevel.HIGH, a.level().orElseThrow());
    assertTrue(a.computedLevel().isEmpty());
    assertTrue(a.band().isEmpty());
    assertFalse(a.overridden(), "nothing computed, so nothing overridden");
    assertEquals("assessor-17", a.judgement().orElseThrow().assessorId());
    assertEquals("test", a.policyId());
  }

  @Test
  void theExplanationSaysTheLevelWasSetByProfessionalJudgementWithoutTheRationale() {
    String explained = ENGINE.assess(someRatings(), judged(RiskLevel.MEDIUM)).explain();
    assertTrue(explained.contains("the instrument computes no level: it is set by professional judgement"), explained);
    assertTrue(explained.contains("Set to MEDIUM by professional judgement of assessor assessor-17"), explained);
    assertFalse(explained.contains(RATIONALE), "free text never appears in an explanation");
  }

  @Test
  void theAssessorMaySetTheLowestLevelEvenWhenEveryFactorIsPresent() {
    Responses.Builder all = ENGINE.responses("b-safer");
    for (String item : ENGINE.instrument("b-safer").itemIds()) {
      all.rate(item, "present");
    }
    Assessment a = ENGINE.assess(all.build(), judged(RiskLevel.STANDARD));
    assertEquals(60, a.score().value());
    assertEquals(RiskLevel.STANDARD, a.level().orElseThrow(), "with no computed level there is nothing to lower");
  }

  @Test
  void structuredReasonsTravelWithTheJudgement() {
    ProfessionalJudgement j = ENGINE.judgement().level(RiskLevel.HIGH).assessorId("assessor-17").rationale(RATIONALE)
        .addReasons(JudgementReason.ESCALATION).build();
    String explained = ENGINE.assess(someRatings(), j).explain();
    assertTrue(explained.contains("ESCALATION"), explained);
  }

  @Test
  void aBlankRationaleIsRefused() {
    for (String blank : new String[] {"", "   ", "\t\n"}) {
      RefusedOverrideException e = assertThrows(RefusedOverrideException.class,
          () -> ENGINE.judgement().level(RiskLevel.HIGH).assessorId("assessor-17").rationale(blank).build());
      assertEquals("judgement.rationale", e.field());
    }
  }

  @Test
  void aBlankAssessorIdIsRefused() {
    RefusedOverrideException e = assertThrows(RefusedOverrideException.class,
        () -> ENGINE.judgement().level(RiskLevel.HIGH).assessorId(" ").rationale(RATIONALE).build());
    assertEquals("judgement.assessorId", e.field());
  }

  @Test
  void responsesOnTheTenFactorFormAreAssessedUnderThatForm() {
    Responses older = ENGINE.responses("b-safer", "10-factor").rate("violent-acts-current", "partial").build();
    Assessment a = ENGINE.assess(older, judged(RiskLevel.MEDIUM));
    assertEquals("10-factor", a.score().instrumentVersion());
    assertEquals(19, a.score().notAskedCount());
  }

  @Test
  void everyItemOfBothFormsHasAShortNeutralLabelInTheBundle() {
    Map<String, String> labels = ENGINE.itemLabels("b-safer", Locale.UK);
    assertEquals(30, labels.size());
    labels.forEach((item, label) -> {
      assertNotEquals(item, label, "label missing for " + item);
      assertTrue(label.length() <= 80, "labels are short: " + label);
      assertTrue(label.endsWith(item.endsWith("-current") ? ": current period" : ": past"), label);
    });
  }
}
