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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.JudgementReason;
import org.safeguard.core.assessment.RefusedOverrideException;
import org.safeguard.core.policy.PolicyFiles;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.ScoringRule;

class AssessmentTest {
  private static final Instant NOW = Instant.parse("2026-11-02T10:15:30Z");
  private final Safeguard engine = Safeguard.builder()
      .addInstrument(new Fixtures.ChecklistProvider())
      .addThresholdPolicy(new Fixtures.PolicyProvider())
      .thresholdPolicy("test-policy")
      .clock(Clock.fixed(NOW, ZoneOffset.UTC))
      .build();

  private Responses yesTo(int count) {
    String[] items = Fixtures.ITEMS.split(" ");
    Responses.Builder b = engine.responses("test-checklist");
    for (int i = 0; i < count; i++) {
      b.yes(items[i]);
    }
    return b.build();
  }

  @Test
  void anAssessmentRecordsScoreBandLevelAndThePolicyThatProducedIt() {
    Assessment a = engine.assess(yesTo(11));
    assertEquals(11, a.score().value());
    assertEquals(RiskLevel.MEDIUM, a.computedLevel().orElseThrow());
    assertEquals(RiskLevel.MEDIUM, a.level().orElseThrow());
    assertEquals("medium 10-13", a.band().orElseThrow().toString());
    assertEquals("test-policy", a.policyId());
    assertEquals("1", a.policyVersion());
    assertEquals("test-checklist", a.score().instrumentId());
  }

  @Test
  void explainSaysScoreCountsBandAndPolicyInWords() {
    String text = engine.assess(yesTo(14)).explain();
    assertTrue(text.contains("Score 14 on test-checklist 1 (14 yes, 0 no, 0 not known, 6 not asked)"), text);
    assertTrue(text.contains("band high 14+ of policy test-policy 1: computed level HIGH"), text);
  }

  @Test
  void anOverrideRaisesTheLevelAndKeepsTheComputedOneBesideIt() {
    Assessment computed = engine.assess(yesTo(3));
    Assessment raised = engine.raise(computed, engine.judgement().level(RiskLevel.HIGH).assessorId("idva-07")
        .rationale("victim's own perception of risk").addReasons(JudgementReason.VICTIM_PERCEPTION_OF_RISK).build());
    assertEquals(RiskLevel.STANDARD, raised.computedLevel().orElseThrow());
    assertEquals(RiskLevel.HIGH, raised.level().orElseThrow());
    assertEquals("idva-07", raised.judgement().orElseThrow().assessorId());
    assertEquals(NOW, raised.judgement().orElseThrow().at());
    assertTrue(raised.explain().contains("Raised to HIGH by professional judgement of assessor idva-07"), raised.explain());
  }

  @Test
  void anOverrideThatWouldLowerTheLevelIsRefused() {
    Assessment high = engine.assess(yesTo(15));
    RefusedOverrideException e = assertThrows(RefusedOverrideException.class,
        () -> engine.raise(high, engine.judgement().level(RiskLevel.MEDIUM).assessorId("idva-07").rationale("seems calmer").reasons(List.of()).build()));
    assertEquals("judgement.level", e.field());
    assertEquals("MEDIUM", e.value());
    assertTrue(e.rule().contains("only raise"), e.rule());
  }

  @Test
  void anOverrideToTheSameLevelIsRefused() {
    Assessment medium = engine.assess(yesTo(10));
    assertThrows(RefusedOverrideException.class, () -> engine.raise(medium, engine.judgement().level(RiskLevel.MEDIUM).assessorId("idva-07").rationale("same").reasons(List.of()).build()));
  }

  @Test
  void anOverrideNeedsTheAssessorAndARationale() {
    Assessment a = engine.assess(yesTo(1));
    assertEquals("judgement.assessorId", assertThrows(RefusedOverrideException.class,
        () -> engine.raise(a, engine.judgement().level(RiskLevel.HIGH).assessorId(" ").rationale("reason").reasons(List.of()).build())).field());
    assertEquals("judgement.rationale", assertThrows(RefusedOverrideException.class,
        () -> engine.raise(a, engine.judgement().level(RiskLevel.HIGH).assessorId("idva-07").rationale("").reasons(List.of()).build())).field());
  }

  @Test
  void theRationaleNeverAppearsInTextForms() {
    Assessment raised = engine.raise(engine.assess(yesTo(1)), engine.judgement().level(RiskLevel.HIGH).assessorId("idva-07").rationale("SECRET-RATIONALE").reasons(List.of()).build());
    assertFalse(raised.toString().contains("SECRET-RATIONALE"), raised.toString());
    assertFalse(raised.explain().contains("SECRET-RATIONALE"), raised.explain());
  }

  @Test
  void responsesForAnInstrumentTheEngineDidNotLoadAreRefused() {
    Instrument stranger = Instrument.builder().id("stranger").version("1").itemIds("a").scoringRule(ScoringRule.yesCount()).build();
    UnknownProviderException e = assertThrows(UnknownProviderException.class,
        () -> engine.assess(Responses.builder(stranger).yes("a").build()));
    assertEquals("stranger 1", e.value());
  }

  @Test
  void aPolicyWithoutBandsForTheInstrumentIsRefusedAtAssessment() {
    ThresholdPolicy other = ThresholdPolicy.builder().id("other").version("1").build();
    Safeguard narrow = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider()).thresholdPolicy(other).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> narrow.assess(narrow.responses("test-checklist").build()));
    assertEquals("responses.instrument", e.field());
    assertEquals("test-checklist", e.value());
  }

  @Test
  void answersOverTheInstrumentsNotKnownLimitGiveInsufficientInformationAndJudgementSetsTheLevel() {
    org.safeguard.spi.InstrumentProvider limited = new org.safeguard.spi.InstrumentProvider() {
      @Override
      public String id() {
        return "limited-checklist";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public Instrument load(org.safeguard.spi.SetupContext context) {
        return Instrument.builder().id(id()).version(version()).itemIds("a", "b", "c", "d").notKnownLimit(2)
            .scoringRule(ScoringRule.yesCount()).build();
      }
    };
    ThresholdPolicy policy = PolicyFiles.fromProperties(props("id=p", "version=1",
        "bands.limited-checklist.standard=0-1", "bands.limited-checklist.high=2+"), "test");
    Safeguard s = Safeguard.builder().addInstrument(limited).thresholdPolicy(policy).build();
    Responses invalid = s.responses("limited-checklist").yes("a", "b").notKnown("c", "d").build();
    Assessment tooLittle = s.assess(invalid);
    assertEquals(java.util.Optional.of("2 answers not known, instrument limited-checklist sets aside 2 or more"),
        tooLittle.insufficientInformation());
    assertTrue(tooLittle.level().isEmpty(), "not standard, nor the high the two yes answers would band as");
    Assessment judged = s.assess(invalid, s.judgement().level(RiskLevel.HIGH).assessorId("idva-1").rationale("judged").build());
    assertTrue(judged.computedLevel().isEmpty());
    assertEquals(RiskLevel.HIGH, judged.level().orElseThrow());
  }

  private static java.util.Properties props(String... lines) {
    java.util.Properties p = new java.util.Properties();
    for (String line : lines) {
      String[] kv = line.split("=", 2);
      p.setProperty(kv[0], kv[1]);
    }
    return p;
  }
}
