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
package org.safeguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Completeness rules and policies whose bands mark the high-risk threshold only. Drive's
 * evaluation set aside every Drive-DASH checklist with 11 or more answers "not applicable/not
 * known" (<i>Evaluation of the Drive Project</i>, University of Bristol, 2019, footnote 18);
 * SafeLives marks one threshold, visible high risk at 14 or more yes answers (SafeLives, <i>Marac
 * referral criteria and form</i>), and no medium band.
 */
class CompletenessRuleTest {
  static final CompletenessRule DRIVE = CompletenessRule.builder().instrumentId("drive-dash").notKnownLimit(11).build();
  static final CompletenessRule AT_LEAST_18 = CompletenessRule.builder().instrumentId("safelives-dash-ric").minimumAnswered(18).build();

  @Test
  void drivesRuleFallsShortAtElevenNotKnownAndNotAtTen() {
    assertEquals(Optional.empty(), DRIVE.shortfall(0, 10));
    assertEquals(Optional.of("11 answers not known, the policy sets aside 11 or more"), DRIVE.shortfall(9, 11));
    assertEquals(Optional.of("12 answers not known, the policy sets aside 11 or more"), DRIVE.shortfall(0, 12));
    assertEquals(OptionalInt.empty(), DRIVE.minimumAnswered());
  }

  @Test
  void aMinimumAnsweredFallsShortBelowItAndNotAtIt() {
    assertEquals(Optional.empty(), AT_LEAST_18.shortfall(18, 6));
    assertEquals(Optional.of("17 items answered, the policy asks for at least 18"), AT_LEAST_18.shortfall(17, 0));
    assertEquals(Optional.of("1 item answered, the policy asks for at least 18"), AT_LEAST_18.shortfall(1, 0));
    assertEquals(Optional.of("0 items answered, the policy asks for at least 18"), AT_LEAST_18.shortfall(0, 0));
    assertEquals(OptionalInt.empty(), AT_LEAST_18.notKnownLimit());
  }

  @Test
  void bothLimitsApplyAndTheMinimumIsNamedFirst() {
    CompletenessRule both = CompletenessRule.builder().instrumentId("checklist").minimumAnswered(5).notKnownLimit(3).build();
    assertEquals(Optional.empty(), both.shortfall(5, 2));
    assertEquals(Optional.of("4 items answered, the policy asks for at least 5"), both.shortfall(4, 3));
    assertEquals(Optional.of("3 answers not known, the policy sets aside 3 or more"), both.shortfall(5, 3));
  }

  @Test
  void aRuleHasAValidInstrumentIdAndAtLeastOneLimitOfOneOrMore() {
    assertEquals(1, CompletenessRule.builder().instrumentId("c").minimumAnswered(1).build().minimumAnswered().getAsInt());
    assertEquals(1, CompletenessRule.builder().instrumentId("c").notKnownLimit(1).build().notKnownLimit().getAsInt());
    InvalidInputException none = assertThrows(InvalidInputException.class, () -> CompletenessRule.builder().instrumentId("c").build());
    assertEquals("completeness.c", none.field());
    assertEquals("completeness.c.minimum-answered",
        assertThrows(InvalidInputException.class, () -> CompletenessRule.builder().instrumentId("c").minimumAnswered(0).build()).field());
    assertEquals("completeness.c.minimum-answered", assertThrows(InvalidInputException.class,
        () -> CompletenessRule.builder().instrumentId("c").minimumAnswered(0).notKnownLimit(2).build()).field());
    assertEquals("completeness.c.not-known-limit", assertThrows(InvalidInputException.class,
        () -> CompletenessRule.builder().instrumentId("c").minimumAnswered(2).notKnownLimit(0).build()).field());
    assertEquals("completeness.c.not-known-limit",
        assertThrows(InvalidInputException.class, () -> CompletenessRule.builder().instrumentId("c").notKnownLimit(-1).build()).field());
    assertEquals("completeness.instrumentId",
        assertThrows(InvalidInputException.class, () -> CompletenessRule.builder().instrumentId("C").notKnownLimit(1).build()).field());
  }

  @Test
  void aPolicyHoldsOneRulePerInstrumentAndFindsItById() {
    ThresholdPolicy policy = ThresholdPolicyTest.policy().addCompleteness(DRIVE, AT_LEAST_18).build();
    assertEquals(Optional.of(AT_LEAST_18), policy.completenessFor("safelives-dash-ric"));
    assertEquals(Optional.of(DRIVE), policy.completenessFor("drive-dash"));
    assertEquals(Optional.empty(), policy.completenessFor("acpo-dash"));
    assertEquals(Optional.empty(), ThresholdPolicyTest.policy().build().completenessFor("drive-dash"));
    InvalidInputException twice = assertThrows(InvalidInputException.class, () -> ThresholdPolicyTest.policy()
        .addCompleteness(DRIVE, AT_LEAST_18, CompletenessRule.builder().instrumentId("drive-dash").minimumAnswered(2).build()).build());
    assertEquals("completeness", twice.field());
    assertEquals("drive-dash", twice.value());
  }

  @Test
  void aPolicyMarkingTheHighRiskThresholdOnlyHasNoMediumBandInAnyTable() {
    assertFalse(ThresholdPolicyTest.policy().build().highRiskThresholdOnly());
    BandTable threshold = BandTable.of("safelives-dash-ric", List.of(Band.of(RiskLevel.STANDARD, 0, 13), Band.from(RiskLevel.HIGH, 14)));
    ThresholdPolicy safelives = ThresholdPolicy.builder().id("safelives").version("2009").putBands("safelives-dash-ric", threshold)
        .highRiskThresholdOnly(true).build();
    assertTrue(safelives.highRiskThresholdOnly());
    InvalidInputException general = assertThrows(InvalidInputException.class,
        () -> ThresholdPolicyTest.policy().highRiskThresholdOnly(true).build());
    assertEquals("bands.read-as", general.field());
    assertTrue(general.rule().contains("safelives-dash-ric has medium 10-13"), general.rule());
    InvalidInputException agency = assertThrows(InvalidInputException.class, () -> ThresholdPolicy.builder().from(safelives)
        .addAgencyBands(ThresholdPolicyTest.POLICE).build());
    assertEquals("bands.read-as", agency.field());
    assertTrue(ThresholdPolicy.builder().from(safelives).highRiskThresholdOnly(false).addAgencyBands(ThresholdPolicyTest.POLICE).build()
        .agencyBands().contains(ThresholdPolicyTest.POLICE));
  }
}
