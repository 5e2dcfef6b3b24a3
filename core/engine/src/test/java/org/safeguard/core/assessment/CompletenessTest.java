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
package org.safeguard.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.core.casework.Measures;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.model.CompletenessRule;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;

/**
 * Incomplete checklists are not standard risk: answers short of the instrument's not-known limit
 * or the policy's completeness rule give "insufficient information" instead of a level, and
 * professional judgement may still set one. The rule Drive's evaluation used is one example: it
 * left out every Drive-DASH checklist with 11 or more answers "not applicable/not known"
 * (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019, "Drive-DASH Risk Assessment
 * Scores" and footnote 18).
 */
class CompletenessTest {
  static final Instrument CHECKLIST = AssessmentRulesTest.CHECKLIST;

  static ThresholdPolicy policy(CompletenessRule rule) {
    return ThresholdPolicy.builder().from(AssessmentRulesTest.POLICY).addCompleteness(rule).build();
  }

  static final ThresholdPolicy AT_LEAST_SIX = policy(CompletenessRule.builder().instrumentId("checklist").minimumAnswered(6).build());
  /** Drive's rule: 11 or more answers not known is set aside. */
  static final ThresholdPolicy DRIVE_RULE = policy(CompletenessRule.builder().instrumentId("checklist").notKnownLimit(11).build());

  static Responses answers(int yes, int no, int notKnown) {
    Responses.Builder b = Responses.builder(CHECKLIST);
    List<String> ids = CHECKLIST.itemIds();
    int i = 0;
    for (int n = 0; n < yes; n++) {
      b.yes(ids.get(i++));
    }
    for (int n = 0; n < no; n++) {
      b.no(ids.get(i++));
    }
    for (int n = 0; n < notKnown; n++) {
      b.notKnown(ids.get(i++));
    }
    return b.build();
  }

  @Test
  void answersShortOfThePolicysMinimumGiveInsufficientInformationNotStandardRisk() {
    Assessment a = Assessment.of(answers(3, 2, 1), AssessmentRulesTest.BANDS, AT_LEAST_SIX);
    assertEquals(Optional.of("5 items answered, the policy asks for at least 6"), a.insufficientInformation());
    assertEquals(Optional.empty(), a.level());
    assertEquals(Optional.empty(), a.computedLevel());
    assertEquals(Optional.empty(), a.band());
    assertFalse(a.overridden());
    assertEquals(3, a.score().value(), "the answers are still scored and counted");
    assertEquals("Score 3 on checklist 1 (3 yes, 2 no, 1 not known, 10 not asked): insufficient information for a level under"
        + " policy local 2 (5 items answered, the policy asks for at least 6); not a finding of standard risk."
        + " No level until professional judgement sets one.", a.explain());

    Assessment enough = Assessment.of(answers(3, 3, 0), AssessmentRulesTest.BANDS, AT_LEAST_SIX);
    assertEquals(Optional.of(RiskLevel.STANDARD), enough.level());
    assertEquals(Optional.empty(), enough.insufficientInformation());
  }

  @Test
  void notKnownIsNotAnAnswerAndOneAnswerReadsInTheSingular() {
    Assessment a = Assessment.of(answers(1, 0, 9), AssessmentRulesTest.BANDS, AT_LEAST_SIX);
    assertEquals(Optional.of("1 item answered, the policy asks for at least 6"), a.insufficientInformation());
  }

  @Test
  void drivesRuleSetsAsideElevenOrMoreAnswersNotKnown() {
    assertEquals(Optional.of(RiskLevel.STANDARD), Assessment.of(answers(2, 0, 10), AssessmentRulesTest.BANDS, DRIVE_RULE).level());
    Assessment eleven = Assessment.of(answers(2, 0, 11), AssessmentRulesTest.BANDS, DRIVE_RULE);
    assertEquals(Optional.of("11 answers not known, the policy sets aside 11 or more"), eleven.insufficientInformation());
    assertEquals(Optional.empty(), eleven.level());
  }

  @Test
  void theInstrumentsOwnNotKnownLimitGivesInsufficientInformationToo() {
    Instrument limited = Instrument.builder().from(CHECKLIST).notKnownLimit(3).build();
    Banding banding = Banding.of(limited, AssessmentRulesTest.BANDS, AssessmentRulesTest.POLICY);
    Assessment a = banding.assess(Responses.builder(limited).yes("d").notKnown("a", "b", "c").build());
    assertEquals(Optional.of("3 answers not known, instrument checklist sets aside 3 or more"), a.insufficientInformation());
    assertEquals(Optional.empty(), a.level());
    assertEquals(1, a.score().value());
    assertEquals(3, a.score().notKnownCount());
  }

  @Test
  void professionalJudgementSetsAnyLevelOnInsufficientInformationAndThenOnlyRaises() {
    Assessment a = Assessment.of(answers(3, 2, 1), AssessmentRulesTest.BANDS, AT_LEAST_SIX);
    Assessment set = a.raisedBy(AssessmentRulesTest.judged(RiskLevel.STANDARD));
    assertEquals(Optional.of(RiskLevel.STANDARD), set.level());
    assertEquals(Optional.empty(), set.computedLevel());
    assertFalse(set.overridden(), "there was no computed level to override");
    assertTrue(set.explain().contains("not a finding of standard risk. Set to STANDARD by professional judgement of assessor idva-07"),
        set.explain());
    assertFalse(set.explain().contains("No level until"), set.explain());
    assertEquals(Optional.of("5 items answered, the policy asks for at least 6"), set.insufficientInformation(), "the reason is kept");
    assertThrows(RefusedOverrideException.class, () -> set.raisedBy(AssessmentRulesTest.judged(RiskLevel.STANDARD)));
    assertEquals(Optional.of(RiskLevel.HIGH), set.raisedBy(AssessmentRulesTest.judged(RiskLevel.HIGH)).level());
  }

  @Test
  void assessingWithJudgementTakesTheSameRoute() {
    Assessment judged = Assessment.of(answers(3, 2, 1), Optional.of(AssessmentRulesTest.BANDS), AT_LEAST_SIX,
        AssessmentRulesTest.judged(RiskLevel.MEDIUM));
    assertEquals(Optional.of(RiskLevel.MEDIUM), judged.level());
    assertTrue(judged.insufficientInformation().isPresent());
    Instrument limited = Instrument.builder().from(CHECKLIST).notKnownLimit(3).build();
    Assessment overLimit = Assessment.of(Responses.builder(limited).notKnown("a", "b", "c").build(), Optional.of(AssessmentRulesTest.BANDS),
        AssessmentRulesTest.POLICY, AssessmentRulesTest.judged(RiskLevel.HIGH));
    assertEquals(Optional.of(RiskLevel.HIGH), overLimit.level());
    assertEquals(Optional.of("3 answers not known, instrument checklist sets aside 3 or more"), overLimit.insufficientInformation());
  }

  @Test
  void anAssessmentWithInsufficientInformationRebuildsFromItsPartsExactly() {
    Assessment a = Assessment.of(answers(3, 2, 1), AssessmentRulesTest.BANDS, AT_LEAST_SIX);
    assertEquals(a, Assessment.builder().from(a).build());
    assertEquals(a.explain(), Assessment.builder().from(a).build().explain());
    Assessment judged = a.raisedBy(AssessmentRulesTest.judged(RiskLevel.HIGH));
    assertEquals(judged, Assessment.builder().from(judged).build());
    assertFalse(a.equals(Assessment.builder().from(a).insufficientInformation("another reason").build()));
  }

  @Test
  void theBuilderRefusesInsufficientInformationBesideALevelOrAsMoreThanOneLine() {
    Assessment banded = Assessment.of(answers(3, 3, 0), AssessmentRulesTest.BANDS, AT_LEAST_SIX);
    InvalidInputException both = assertThrows(InvalidInputException.class,
        () -> Assessment.builder().from(banded).insufficientInformation("too few").build());
    assertEquals("insufficientInformation", both.field());
    Assessment a = Assessment.of(answers(3, 2, 1), AssessmentRulesTest.BANDS, AT_LEAST_SIX);
    for (String bad : List.of("", "two\nlines", "x".repeat(301))) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> Assessment.builder().from(a).insufficientInformation(bad).build());
      assertEquals("insufficientInformation", e.field());
    }
    assertEquals("x".repeat(300), Assessment.builder().from(a).insufficientInformation("x".repeat(300)).build()
        .insufficientInformation().orElseThrow());
    assertEquals("insufficientInformation", assertThrows(MissingValueException.class,
        () -> Assessment.builder().insufficientInformation((String) null)).field());
    MissingValueException none = assertThrows(MissingValueException.class,
        () -> Assessment.builder().from(a).insufficientInformation(Optional.empty()).build());
    assertEquals("judgement", none.field());
  }

  @Test
  void aScoringRulesInvalidMarkIsStillRefused() {
    ThresholdPolicy withRule = AT_LEAST_SIX;
    Instrument contradicted = Instrument.builder().from(CHECKLIST)
        .scoringRule(AssessmentRulesTest.judgingValidityBy(r -> r.yesCount() > 1 ? Optional.of("contradiction") : Optional.empty()))
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Banding.of(contradicted, AssessmentRulesTest.BANDS, withRule).assess(Responses.builder(contradicted).yes("a", "b").build()));
    assertTrue(e.rule().contains("scoring rule marks these answers invalid (contradiction)"), e.rule());
  }

  @Test
  void aRuleAskingForMoreAnswersThanTheInstrumentHasItemsIsRefusedWhenBandingIsSetUp() {
    ThresholdPolicy tooMany = policy(CompletenessRule.builder().instrumentId("checklist").minimumAnswered(17).build());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Banding.of(CHECKLIST, AssessmentRulesTest.BANDS, tooMany));
    assertEquals("completeness.checklist.minimum-answered", e.field());
    assertTrue(e.rule().contains("16 items"), e.rule());
    ThresholdPolicy all = policy(CompletenessRule.builder().instrumentId("checklist").minimumAnswered(16).build());
    assertEquals(Optional.empty(), Banding.of(CHECKLIST, AssessmentRulesTest.BANDS, all).assess(answers(10, 6, 0)).insufficientInformation());
  }

  @Test
  void aCompletenessRuleSetsALimitOfAtLeastOneAndOnePerInstrument() {
    assertEquals("completeness.checklist", assertThrows(InvalidInputException.class,
        () -> CompletenessRule.builder().instrumentId("checklist").build()).field());
    assertEquals("completeness.checklist.minimum-answered", assertThrows(InvalidInputException.class,
        () -> CompletenessRule.builder().instrumentId("checklist").minimumAnswered(0).build()).field());
    assertEquals("completeness.checklist.not-known-limit", assertThrows(InvalidInputException.class,
        () -> CompletenessRule.builder().instrumentId("checklist").notKnownLimit(0).build()).field());
    assertEquals("completeness.instrumentId", assertThrows(InvalidInputException.class,
        () -> CompletenessRule.builder().instrumentId("Not An Id").minimumAnswered(1).build()).field());
    CompletenessRule one = CompletenessRule.builder().instrumentId("checklist").minimumAnswered(1).build();
    assertEquals("completeness", assertThrows(InvalidInputException.class,
        () -> ThresholdPolicy.builder().from(AT_LEAST_SIX).addCompleteness(one).build()).field());
    assertEquals(Optional.of(one), ThresholdPolicy.builder().from(AssessmentRulesTest.POLICY).addCompleteness(
        CompletenessRule.builder().instrumentId("other").notKnownLimit(2).build(), one).build().completenessFor("checklist"));
    assertEquals(Optional.empty(), AssessmentRulesTest.POLICY.completenessFor("checklist"));
  }

  @Test
  void aCasesMeasuresNeedALevelSoJudgementSetsOneFirst() {
    Assessment a = Assessment.of(answers(3, 2, 1), AssessmentRulesTest.BANDS, AT_LEAST_SIX);
    Measures.Builder measures = Measures.builder().on(LocalDate.of(2026, 11, 2)).abuse(AbuseProfile.none());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> measures.assessment(a).build());
    assertEquals("assessment", e.field());
    assertTrue(e.rule().contains("5 items answered, the policy asks for at least 6"), e.rule());
    assertTrue(e.rule().contains("professional judgement"), e.rule());
    Measures judged = measures.assessment(a.raisedBy(AssessmentRulesTest.judged(RiskLevel.MEDIUM))).build();
    assertEquals(RiskLevel.MEDIUM, judged.level());
  }
}
