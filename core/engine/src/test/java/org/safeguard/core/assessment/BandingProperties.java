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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.safeguard.model.Answer;
import org.safeguard.model.Band;
import org.safeguard.model.BandTable;
import org.safeguard.model.Instrument;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.model.Responses;
import org.safeguard.model.RiskLevel;
import org.safeguard.model.ThresholdPolicy;
import org.safeguard.spi.ScoringRule;

/**
 * The fast path an assessment takes agrees with the slow one it stands for: the packed counts and
 * the score it reads back are what the instrument's own {@code score} gives, and the band is the
 * table's.
 */
class BandingProperties {
  private static final Instrument CHECKLIST = Instrument.builder().id("banding-checklist").version("1")
      .itemIds("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l").notKnownLimit(6)
      .scoringRule(ScoringRule.yesCount()).build();
  private static final BandTable TABLE = BandTable.of("banding-checklist",
      List.of(Band.of(RiskLevel.STANDARD, 0, 4), Band.of(RiskLevel.MEDIUM, 5, 7), Band.from(RiskLevel.HIGH, 8)));
  private static final ThresholdPolicy POLICY = ThresholdPolicy.builder().id("banding-policy").version("2").putBands(TABLE.instrumentId(), TABLE).build();
  private static final Banding BANDING = Banding.of(CHECKLIST, TABLE, POLICY);

  @Provide
  Arbitrary<List<Answer>> answers() {
    return Arbitraries.of(Answer.class).list().ofSize(12);
  }

  private static Responses responses(List<Answer> answers) {
    Responses.Builder b = Responses.builder(CHECKLIST);
    for (int i = 0; i < answers.size(); i++) {
      b.answer(CHECKLIST.itemIds().get(i), answers.get(i));
    }
    return b.build();
  }

  @Property(tries = 2000)
  void theFastPathGivesWhatTheInstrumentsScoreAndTheTableGive(@ForAll("answers") List<Answer> answers) {
    Responses responses = responses(answers);
    if (CHECKLIST.invalidReason(responses).isPresent()) {
      Assessment tooLittle = BANDING.assess(responses);
      assertEquals(java.util.Optional.empty(), tooLittle.level());
      assertEquals(CHECKLIST.score(responses).value(), tooLittle.score().value());
      assertEquals(tooLittle, Assessment.of(responses, TABLE, POLICY));
      return;
    }
    Assessment fast = BANDING.assess(responses);
    Assessment slow = Assessment.builder().score(CHECKLIST.score(responses)).band(TABLE.bandFor(CHECKLIST.rawScore(responses)))
        .computedLevel(TABLE.bandFor(CHECKLIST.rawScore(responses)).level()).policyId("banding-policy").policyVersion("2").build();
    assertEquals(slow, fast);
    assertEquals(slow.score(), fast.score());
    assertEquals(slow.explain(), fast.explain());
    assertEquals(fast, Assessment.of(responses, TABLE, POLICY));
  }

  @Test
  void answersToAnEqualInstrumentLoadedApartAreAssessedAndAnyOtherIsRefused() {
    Instrument twin = Instrument.builder().from(CHECKLIST).build();
    Responses toTwin = Responses.builder(twin).yes("a", "b").build();
    assertEquals(2, BANDING.assess(toTwin).score().value());
    Instrument other = Instrument.builder().from(CHECKLIST).version("2").build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> BANDING.assess(Responses.builder(other).yes("a").build()));
    assertEquals("responses.instrument", e.field());
  }

  @Test
  void aTableForAnotherInstrumentOrAnInstrumentThatComputesNoLevelIsRefusedOnce() {
    BandTable elsewhere = BandTable.of("another-checklist", TABLE.bands());
    assertEquals("bands.instrumentId", assertThrows(InvalidInputException.class, () -> Banding.of(CHECKLIST, elsewhere, POLICY)).field());
    Instrument judged = Instrument.builder().from(CHECKLIST).computesLevel(false).build();
    assertEquals("judgement", assertThrows(MissingValueException.class, () -> Banding.of(judged, TABLE, POLICY)).field());
  }
}
