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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.safeguard.model.Band;
import org.safeguard.model.BandTable;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.PluginFailureException;
import org.safeguard.model.RatingScale;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.Score;
import org.safeguard.model.ScoreCategory;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.ScoringRule;

/**
 * Assessment as a pure function of answers, band table and policy, and professional judgement as
 * SafeLives, <i>Marac referral criteria and form</i> allows it: it may raise a level, never lower
 * it, and the computed level is kept beside it.
 */
class AssessmentRulesTest {
  static final Instant AT = Instant.parse("2026-11-02T10:15:30Z");
  static final Instrument CHECKLIST = Instrument.builder().id("checklist").version("1")
      .itemIds("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p")
      .scoringRule(ScoringRule.yesCount())
      .build();
  static final BandTable BANDS = BandTable.of("checklist", List.of(Band.of(RiskLevel.STANDARD, 0, 9),
      Band.of(RiskLevel.MEDIUM, 10, 13), Band.from(RiskLevel.HIGH, 14)));
  static final ThresholdPolicy POLICY = ThresholdPolicy.builder().id("local").version("2").putBands("checklist", BANDS).build();

  static ProfessionalJudgement judged(RiskLevel level) {
    return ProfessionalJudgement.builder().level(level).assessorId("idva-07").rationale("in the practitioner's words")
        .reasons(List.of(JudgementReason.THREATS_TO_KILL)).at(AT).build();
  }

  static Responses yesTo(int count) {
    Responses.Builder b = Responses.builder(CHECKLIST);
    for (int i = 0; i < count; i++) {
      b.yes(CHECKLIST.itemIds().get(i));
    }
    return b.build();
  }

  @Test
  void everyKindOfAnswerIsCountedInTheScoreApart() {
    Responses r = Responses.builder(CHECKLIST).yes("a", "b", "c", "d", "e").no("f", "g", "h").notKnown("i", "j").build();
    Score s = Assessment.of(r, BANDS, POLICY).score();
    assertEquals(5, s.yesCount());
    assertEquals(3, s.noCount());
    assertEquals(2, s.notKnownCount());
    assertEquals(6, s.notAskedCount());
    assertEquals(0, s.ratedCount());
    assertEquals(5, s.value());
  }

  @Test
  void ratedItemsAreCountedApartFromTheOtherAnswers() {
    Instrument rated = Instrument.builder().id("rated").version("1").itemIds("a", "b", "c", "d", "e")
        .ratingScale(RatingScale.of(1, "never", "sometimes", "often")).scoringRule(Responses::ratingSum).build();
    Responses r = Responses.builder(rated).rate("a", 3).rate("b", 1).rate("c", 2).notKnown("d").build();
    Assessment a = Assessment.of(r, BandTable.of("rated", BANDS.bands()), POLICY);
    Score s = a.score();
    assertEquals(3, s.ratedCount());
    assertEquals(1, s.notKnownCount());
    assertEquals(1, s.notAskedCount());
    assertEquals(0, s.yesCount());
    assertEquals(6, s.value());
    assertTrue(s.rated());
    assertTrue(a.explain().startsWith("Score 6 on rated 1 (3 rated, 1 not known, 1 not asked)"), a.explain());
  }

  @Test
  void theComputedLevelIsTheBandsAndJudgementRaisesItKeepingItBeside() {
    Assessment medium = Assessment.of(yesTo(10), BANDS, POLICY);
    assertFalse(medium.overridden());
    assertEquals(Optional.empty(), medium.judgement());
    Assessment raised = medium.raisedBy(judged(RiskLevel.HIGH));
    assertTrue(raised.overridden());
    assertEquals(RiskLevel.HIGH, raised.level().orElseThrow());
    assertEquals(Optional.of(RiskLevel.MEDIUM), raised.computedLevel());
    assertEquals("local", raised.policyId());
    assertEquals("2", raised.policyVersion());
  }

  @Test
  void judgementRaisedAgainKeepsTheEarlierJudgementsOldestFirst() {
    ProfessionalJudgement toMedium = judged(RiskLevel.MEDIUM);
    ProfessionalJudgement toHigh = judged(RiskLevel.HIGH);
    Assessment twice = Assessment.of(yesTo(2), BANDS, POLICY).raisedBy(toMedium).raisedBy(toHigh);
    assertEquals(List.of(toMedium), twice.earlierJudgements());
    assertEquals(Optional.of(toHigh), twice.judgement());
    assertEquals(List.of(), Assessment.of(yesTo(2), BANDS, POLICY).raisedBy(toMedium).earlierJudgements());
  }

  @Test
  void judgementMayNotLowerOrKeepTheLevelInForce() {
    Assessment high = Assessment.of(yesTo(14), BANDS, POLICY);
    RefusedOverrideException lower = assertThrows(RefusedOverrideException.class, () -> high.raisedBy(judged(RiskLevel.MEDIUM)));
    assertEquals("judgement.level", lower.field());
    assertThrows(RefusedOverrideException.class, () -> high.raisedBy(judged(RiskLevel.HIGH)));
    Assessment raised = Assessment.of(yesTo(2), BANDS, POLICY).raisedBy(judged(RiskLevel.MEDIUM));
    assertThrows(RefusedOverrideException.class, () -> raised.raisedBy(judged(RiskLevel.MEDIUM)), "measured against the level in force");
    assertEquals("next", assertThrows(MissingValueException.class, () -> high.raisedBy(null)).field());
  }

  @Test
  void anInstrumentThatComputesNoLevelIsAssessedByJudgementAlone() {
    Instrument judgedOnly = Instrument.builder().from(CHECKLIST).id("spj").computesLevel(false).build();
    Responses r = Responses.builder(judgedOnly).yes("a").build();
    Assessment a = Assessment.of(r, Optional.empty(), POLICY, judged(RiskLevel.MEDIUM));
    assertEquals(RiskLevel.MEDIUM, a.level().orElseThrow());
    assertEquals(Optional.empty(), a.computedLevel());
    assertEquals(Optional.empty(), a.band());
    assertFalse(a.overridden(), "a summary judgement overrides nothing");
    assertTrue(a.explain().contains("the instrument computes no level: it is set by professional judgement"), a.explain());
    assertTrue(a.explain().contains(" Set to MEDIUM by professional judgement of assessor idva-07 at " + AT), a.explain());
    assertEquals("judgement", assertThrows(MissingValueException.class,
        () -> Banding.of(judgedOnly, BandTable.of("spj", BANDS.bands()), POLICY)).field());
  }

  @Test
  void aLevelIsComputedOnlyFromBandsForTheSameInstrument() {
    Assessment judged = Assessment.of(yesTo(3), Optional.of(BANDS), POLICY, judged(RiskLevel.HIGH));
    assertEquals(Optional.of(RiskLevel.STANDARD), judged.computedLevel());
    InvalidInputException noBands = assertThrows(InvalidInputException.class,
        () -> Assessment.of(yesTo(3), Optional.empty(), POLICY, judged(RiskLevel.HIGH)));
    assertEquals("responses.instrument", noBands.field());
    InvalidInputException other = assertThrows(InvalidInputException.class,
        () -> Assessment.of(yesTo(3), BandTable.of("other", BANDS.bands()), POLICY));
    assertEquals("bands.instrumentId", other.field());
  }

  @Test
  void aBandingTakesAnswersToAnEqualInstrumentBuiltApartAndRefusesAnyOther() {
    Banding banding = Banding.of(CHECKLIST, BANDS, POLICY);
    Instrument again = Instrument.builder().from(CHECKLIST).build();
    assertEquals(RiskLevel.HIGH, banding.assess(Responses.builder(again).yes("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l",
        "m", "n").build()).level().orElseThrow());
    Instrument otherVersion = Instrument.builder().from(CHECKLIST).version("2").build();
    assertEquals("responses.instrument", assertThrows(InvalidInputException.class,
        () -> banding.assess(Responses.builder(otherVersion).build())).field());
    Instrument otherId = Instrument.builder().from(CHECKLIST).id("other").build();
    assertThrows(InvalidInputException.class, () -> banding.assess(Responses.builder(otherId).build()));
    Instrument otherItems = Instrument.builder().from(CHECKLIST).items(List.of()).itemIds("a", "b").build();
    assertThrows(InvalidInputException.class, () -> banding.assess(Responses.builder(otherItems).build()));
  }

  @Test
  void aBandingGivesNoLevelForAnswersAtTheInstrumentsNotKnownLimit() {
    Instrument limited = Instrument.builder().from(CHECKLIST).notKnownLimit(3).build();
    Banding banding = Banding.of(limited, BANDS, POLICY);
    assertEquals(RiskLevel.STANDARD, banding.assess(Responses.builder(limited).notKnown("a", "b").build()).level().orElseThrow());
    Assessment atLimit = banding.assess(Responses.builder(limited).notKnown("a", "b", "c").build());
    assertEquals(Optional.empty(), atLimit.level());
    assertEquals(Optional.of("3 answers not known, instrument checklist sets aside 3 or more"), atLimit.insufficientInformation());
  }

  /** A rule that scores the yes answers and judges validity with {@code validity}. */
  static ScoringRule judgingValidityBy(Function<Responses, Optional<String>> validity) {
    return new ScoringRule() {
      @Override
      public int score(Responses responses) {
        return responses.yesCount();
      }

      @Override
      public Optional<String> invalidReason(Responses responses) {
        return validity.apply(responses);
      }
    };
  }

  /** A rule's own validity check is asked only of answers within the not-known limit. */
  @Test
  void aBandingAsksTheRuleForValidityOnlyWithinTheNotKnownLimit() {
    int[] asked = {0};
    Instrument limited = Instrument.builder().from(CHECKLIST).notKnownLimit(2).scoringRule(judgingValidityBy(r -> {
      asked[0]++;
      return Optional.empty();
    })).build();
    Banding banding = Banding.of(limited, BANDS, POLICY);
    assertTrue(banding.assess(Responses.builder(limited).notKnown("a", "b").build()).insufficientInformation().isPresent());
    assertEquals(0, asked[0]);
    banding.assess(Responses.builder(limited).notKnown("a").build());
    assertEquals(1, asked[0]);
  }

  @Test
  void aBandingReportsARuleWhoseValidityCheckFailsOrAnswersNothing() {
    Instrument broken = Instrument.builder().from(CHECKLIST).version("9").scoringRule(judgingValidityBy(r -> {
      throw new IllegalStateException("table missing");
    })).build();
    PluginFailureException e = assertThrows(PluginFailureException.class,
        () -> Banding.of(broken, BANDS, POLICY).assess(Responses.builder(broken).yes("a").build()));
    assertEquals("checklist", e.pluginId());
    assertEquals("9", e.pluginVersion());

    Instrument mute = Instrument.builder().from(CHECKLIST).scoringRule(judgingValidityBy(r -> null)).build();
    MissingValueException missing = assertThrows(MissingValueException.class,
        () -> Banding.of(mute, BANDS, POLICY).assess(Responses.builder(mute).yes("a").build()));
    assertEquals("invalidReason", missing.field());
  }


  @Test
  void theExplanationSaysWhyAnInvalidAssessmentHasNoComputedLevel() {
    Instrument limited = Instrument.builder().from(CHECKLIST).notKnownLimit(2).build();
    Responses r = Responses.builder(limited).yes("a").notKnown("b", "c").build();
    Assessment judgedInstead = Assessment.of(r, Optional.of(BANDS), POLICY, judged(RiskLevel.HIGH));
    assertEquals(Optional.empty(), judgedInstead.computedLevel());
    assertTrue(judgedInstead.explain().contains(": insufficient information for a level under policy local 2 (2 answers not known,"
        + " instrument checklist sets aside 2 or more); not a finding of standard risk. Set to HIGH"), judgedInstead.explain());
    Instrument contradicted = Instrument.builder().from(CHECKLIST)
        .scoringRule(judgingValidityBy(x -> Optional.of("sub-checks contradict"))).build();
    Assessment ruled = Assessment.of(Responses.builder(contradicted).yes("a").build(), Optional.of(BANDS), POLICY, judged(RiskLevel.HIGH));
    assertTrue(ruled.explain().contains(" The instrument marks this assessment invalid: sub-checks contradict."), ruled.explain());
  }

  @Test
  void assessmentsAreEqualWhenScoreBandJudgementsAndPolicyAre() {
    Assessment a = Assessment.of(yesTo(10), BANDS, POLICY);
    assertEquals(a, Assessment.of(yesTo(10), BANDS, POLICY));
    assertEquals(a.hashCode(), Assessment.of(yesTo(10), BANDS, POLICY).hashCode());
    assertEquals(a, a);
    assertFalse(a.equals("an assessment"));
    assertNotEquals(a, Assessment.of(yesTo(11), BANDS, POLICY));
    assertNotEquals(a, a.raisedBy(judged(RiskLevel.HIGH)));
    assertNotEquals(a, Assessment.of(yesTo(10), BANDS, ThresholdPolicy.builder().from(POLICY).version("3").build()));
    assertNotEquals(a, Assessment.of(yesTo(10), BANDS, ThresholdPolicy.builder().from(POLICY).id("other").build()));
    Assessment twice = Assessment.of(yesTo(2), BANDS, POLICY).raisedBy(judged(RiskLevel.MEDIUM)).raisedBy(judged(RiskLevel.HIGH));
    Assessment once = Assessment.of(yesTo(2), BANDS, POLICY).raisedBy(judged(RiskLevel.HIGH));
    assertNotEquals(once, twice, "the earlier judgements are part of the record");
  }

  @Test
  void anAssessmentRebuiltFromStorageEqualsTheOriginal() {
    Assessment twice = Assessment.of(yesTo(2), BANDS, POLICY).raisedBy(judged(RiskLevel.MEDIUM)).raisedBy(judged(RiskLevel.HIGH));
    Assessment rebuilt = Assessment.builder().from(twice).build();
    assertEquals(twice, rebuilt);
    assertEquals(twice.toString(), rebuilt.toString());
    assertEquals(twice.explain(), rebuilt.explain());
    Assessment fromOther = Assessment.builder().from(twice).from(Assessment.of(yesTo(3), BANDS, POLICY)).build();
    assertEquals(List.of(), fromOther.earlierJudgements(), "from() replaces what an earlier from() set");
    assertEquals(Optional.empty(), fromOther.judgement());
  }

  @Test
  void aStoredAssessmentMustHoldTogether() {
    Score seven = Assessment.of(yesTo(7), BANDS, POLICY).score();
    Band standard = BANDS.bandFor(7);
    Assessment.Builder base = Assessment.builder().score(seven).policyId("local").policyVersion("2");
    assertEquals(RiskLevel.STANDARD, Assessment.builder().score(seven).policyId("local").policyVersion("2").band(standard)
        .computedLevel(RiskLevel.STANDARD).build().level().orElseThrow());
    assertEquals("band", assertThrows(InvalidInputException.class,
        () -> Assessment.builder().score(seven).policyId("local").policyVersion("2").band(standard).build()).field());
    assertEquals("band", assertThrows(InvalidInputException.class,
        () -> Assessment.builder().score(seven).policyId("local").policyVersion("2").computedLevel(RiskLevel.STANDARD).build()).field());
    assertEquals("computedLevel", assertThrows(InvalidInputException.class, () -> Assessment.builder().score(seven).policyId("local")
        .policyVersion("2").band(standard).computedLevel(RiskLevel.MEDIUM).build()).field());
    assertEquals("computedLevel", assertThrows(InvalidInputException.class, () -> Assessment.builder().score(seven).policyId("local")
        .policyVersion("2").band(BANDS.bandFor(10)).computedLevel(RiskLevel.MEDIUM).build()).field(), "the band must hold the score");
    assertEquals("earlierJudgements", assertThrows(InvalidInputException.class, () -> Assessment.builder().score(seven).policyId("local")
        .policyVersion("2").band(standard).computedLevel(RiskLevel.STANDARD).addEarlierJudgements(judged(RiskLevel.MEDIUM)).build())
        .field());
    assertEquals("judgement", assertThrows(MissingValueException.class, () -> base.build()).field());
    assertEquals("judgement.level", assertThrows(RefusedOverrideException.class, () -> Assessment.builder().score(seven)
        .policyId("local").policyVersion("2").band(standard).computedLevel(RiskLevel.STANDARD).judgement(judged(RiskLevel.STANDARD))
        .build()).field());
    assertEquals(RiskLevel.HIGH, Assessment.builder().score(seven).policyId("local").policyVersion("2").band(Optional.of(standard))
        .computedLevel(Optional.of(RiskLevel.STANDARD)).judgement(Optional.of(judged(RiskLevel.HIGH)))
        .earlierJudgements(List.of(judged(RiskLevel.MEDIUM))).build().level().orElseThrow());
  }

  @Test
  void aSummaryJudgementRebuiltFromStorageHasNoComputedLevel() {
    Instrument judgedOnly = Instrument.builder().from(CHECKLIST).id("spj").computesLevel(false).build();
    Assessment judged = Assessment.of(Responses.builder(judgedOnly).yes("a").build(), Optional.empty(), POLICY, judged(RiskLevel.MEDIUM));
    Assessment rebuilt = Assessment.builder().from(judged).build();
    assertEquals(judged, rebuilt);
    assertEquals(Optional.empty(), rebuilt.computedLevel());
  }

  @Test
  void earlierJudgementsGivenAsAListReplaceAnyAddedBefore() {
    Score seven = Assessment.of(yesTo(7), BANDS, POLICY).score();
    Assessment a = Assessment.builder().score(seven).policyId("local").policyVersion("2").band(BANDS.bandFor(7))
        .computedLevel(RiskLevel.STANDARD).judgement(judged(RiskLevel.HIGH))
        .addEarlierJudgements(judged(RiskLevel.MEDIUM), judged(RiskLevel.MEDIUM))
        .earlierJudgements(List.of(judged(RiskLevel.MEDIUM))).build();
    assertEquals(1, a.earlierJudgements().size());
  }

  @Test
  void theTextFormShowsScoreBandLevelsAndPolicy() {
    String text = Assessment.of(yesTo(10), BANDS, POLICY).toString();
    assertTrue(text.startsWith("Assessment{score="), text);
    assertTrue(text.contains("band=Optional[medium 10-13], computedLevel=Optional[MEDIUM]"), text);
    assertTrue(text.endsWith("policyId=local, policyVersion=2}"), text);
  }
}
