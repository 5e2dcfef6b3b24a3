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
package org.safeguard.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.core.UnknownProviderException;
import org.safeguard.core.assessment.Assessment;
import org.safeguard.core.assessment.ProfessionalJudgement;
import org.safeguard.model.Agency;
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
 * The assessor picks the band table a policy sets for the agency that completed a checklist, as
 * <i>Hertfordshire Domestic Abuse Review</i> (CAADA, 2014), Table 1 has the police band the Dash
 * 0-7 / 8-13 / 14+, and the common table for everyone else; and it assesses only the engine's own
 * instruments.
 */
class AssessorTest {
  static final Instrument DASH = Instrument.builder().id("dash").version("1")
      .itemIds("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o")
      .scoringRule(ScoringRule.yesCount()).notKnownLimit(5).build();
  static final Instrument JUDGED = Instrument.builder().id("judged").version("1").itemIds("a").computesLevel(false)
      .scoringRule(ScoringRule.yesCount()).build();
  static final BandTable COMMON = BandTable.of("dash", List.of(Band.of(RiskLevel.STANDARD, 0, 9), Band.of(RiskLevel.MEDIUM, 10, 13),
      Band.from(RiskLevel.HIGH, 14)));
  static final BandTable POLICE = BandTable.forAgency("dash", Agency.POLICE, List.of(Band.of(RiskLevel.STANDARD, 0, 7),
      Band.of(RiskLevel.MEDIUM, 8, 13), Band.from(RiskLevel.HIGH, 14)));
  static final BandTable HEALTH = BandTable.forAgency("dash", Agency.HEALTH, List.of(Band.of(RiskLevel.STANDARD, 0, 5),
      Band.from(RiskLevel.MEDIUM, 6)));
  static final ThresholdPolicy COUNTY = ThresholdPolicy.builder().id("county").version("2014")
      .putBands("dash", COMMON).addAgencyBands(POLICE, HEALTH).build();
  static final Map<String, Instrument> LOADED = Map.of("dash@1", DASH, "judged@1", JUDGED);

  private static Responses eight(Instrument instrument, Agency by) {
    Responses.Builder b = Responses.builder(instrument).yes("a", "b", "c", "d", "e", "f", "g", "h");
    return (by == null ? b : b.completedBy(by)).build();
  }

  private static ProfessionalJudgement high() {
    return ProfessionalJudgement.builder().level(RiskLevel.HIGH).assessorId("idva-1").rationale("judged")
        .at(Instant.parse("2026-01-01T00:00:00Z")).build();
  }

  @Test
  void eachAgencyGetsItsOwnBandsAndEveryOtherTheCommonOnes() {
    Assessor assessor = new Assessor(COUNTY, LOADED);
    assertEquals(RiskLevel.MEDIUM, assessor.assess(eight(DASH, Agency.POLICE)).level().orElseThrow(), "police: 8-13 is medium");
    assertEquals(RiskLevel.MEDIUM, assessor.assess(eight(DASH, Agency.HEALTH)).level().orElseThrow(), "health: 6+ is medium");
    assertEquals(RiskLevel.STANDARD, assessor.assess(eight(DASH, Agency.HOUSING)).level().orElseThrow());
    assertEquals(RiskLevel.STANDARD, assessor.assess(eight(DASH, null)).level().orElseThrow());
    assertSame(POLICE.bandFor(8), assessor.assess(eight(DASH, Agency.POLICE)).band().orElseThrow());
    assertSame(HEALTH.bandFor(8), assessor.assess(eight(DASH, Agency.HEALTH)).band().orElseThrow());
  }

  @Test
  void anAgencysBandsForAnotherInstrumentAreNotUsed() {
    BandTable policeOther = BandTable.forAgency("other", Agency.POLICE, List.of(Band.from(RiskLevel.HIGH, 0)));
    ThresholdPolicy p = ThresholdPolicy.builder().from(COUNTY).agencyBands(List.of(policeOther)).build();
    assertEquals(RiskLevel.STANDARD, new Assessor(p, LOADED).assess(eight(DASH, Agency.POLICE)).level().orElseThrow());
  }

  @Test
  void aPolicyWithOnlyAgencyBandsBandsThatAgencyAndRefusesTheRest() {
    ThresholdPolicy policeOnly = ThresholdPolicy.builder().id("police-only").version("1").addAgencyBands(POLICE).build();
    Assessor assessor = new Assessor(policeOnly, LOADED);
    assertEquals(RiskLevel.MEDIUM, assessor.assess(eight(DASH, Agency.POLICE)).level().orElseThrow());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> assessor.assess(eight(DASH, Agency.HOUSING)));
    assertEquals("responses.instrument", e.field());
    assertTrue(e.rule().contains("police-only 1 sets no bands"), e.rule());
  }

  @Test
  void anInstrumentThatComputesNoLevelNeedsAJudgement() {
    Assessor assessor = new Assessor(COUNTY, LOADED);
    Responses r = Responses.builder(JUDGED).yes("a").build();
    assertEquals("judgement", assertThrows(MissingValueException.class, () -> assessor.assess(r)).field());
    assertEquals(RiskLevel.HIGH, assessor.assess(r, high()).level().orElseThrow());
  }

  @Test
  void withAJudgementAnInstrumentWithoutBandsIsRefusedUnlessItsAnswersAreInvalid() {
    ThresholdPolicy none = ThresholdPolicy.builder().id("none").version("1").build();
    Assessor assessor = new Assessor(none, LOADED);
    assertEquals("responses.instrument", assertThrows(InvalidInputException.class, () -> assessor.assess(eight(DASH, null), high())).field());
    Responses invalid = Responses.builder(DASH).notKnown("a", "b", "c", "d", "e").build();
    Assessment judged = assessor.assess(invalid, high());
    assertEquals(RiskLevel.HIGH, judged.level().orElseThrow());
    assertTrue(judged.computedLevel().isEmpty());
  }

  @Test
  void answersToAnEqualInstrumentLoadedApartAreAssessedAndAnyOtherIsRefused() {
    Assessor assessor = new Assessor(COUNTY, LOADED);
    Instrument again = Instrument.builder().from(DASH).build();
    assertEquals(RiskLevel.STANDARD, assessor.assess(eight(again, null)).level().orElseThrow());
    assertEquals(RiskLevel.STANDARD, assessor.assess(eight(DASH, null)).level().orElseThrow(), "and the loaded one still after it");
    Instrument changed = Instrument.builder().from(DASH).notKnownLimit(3).build();
    UnknownProviderException e = assertThrows(UnknownProviderException.class, () -> assessor.assess(eight(changed, null)));
    assertEquals("dash 1", e.value());
    Instrument stranger = Instrument.builder().from(DASH).id("stranger").build();
    assertThrows(UnknownProviderException.class, () -> assessor.assess(eight(stranger, null)));
  }

  @Test
  void anAssessorAlternatingBetweenInstrumentsBandsEachByItsOwnTables() {
    Instrument other = Instrument.builder().id("other").version("1").itemIds("a", "b", "c", "d", "e", "f", "g", "h")
        .scoringRule(ScoringRule.yesCount()).build();
    ThresholdPolicy p = ThresholdPolicy.builder().from(COUNTY)
        .putBands("other", BandTable.of("other", List.of(Band.of(RiskLevel.STANDARD, 0, 1), Band.from(RiskLevel.HIGH, 2)))).build();
    Assessor assessor = new Assessor(p, Map.of("dash@1", DASH, "other@1", other));
    for (int i = 0; i < 3; i++) {
      assertEquals(RiskLevel.STANDARD, assessor.assess(eight(DASH, null)).level().orElseThrow());
      assertEquals(RiskLevel.HIGH, assessor.assess(eight(other, null)).level().orElseThrow());
    }
    assertSame(p, assessor.policy());
  }

  @Test
  void anInstrumentThatComputesNoLevelIsNeverBandedEvenWhereThePolicySetsBandsForIt() {
    ThresholdPolicy p = ThresholdPolicy.builder().from(COUNTY)
        .putBands("judged", BandTable.of("judged", List.of(Band.from(RiskLevel.HIGH, 0)))).build();
    Responses r = Responses.builder(JUDGED).yes("a").build();
    assertEquals("judgement", assertThrows(MissingValueException.class, () -> new Assessor(p, LOADED).assess(r)).field());
  }

  @Test
  void aRefusalForMissingBandsSaysWhichInstrumentsThePolicyCovers() {
    ThresholdPolicy other = ThresholdPolicy.builder().id("other").version("1")
        .putBands("judged", BandTable.of("judged", List.of(Band.from(RiskLevel.HIGH, 0)))).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Assessor(other, LOADED).assess(eight(DASH, null), high()));
    assertEquals("dash", e.value());
    assertTrue(e.rule().endsWith("sets no bands for this instrument; it covers [judged]"), e.rule());
  }
}
