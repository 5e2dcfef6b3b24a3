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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Threshold policies as data: the SafeLives MARAC numbers a policy starts from (SafeLives, <i>Marac
 * referral criteria and form</i>: 3 incidents in 12 months for escalation, a repeat within 12 months
 * of the last referral, victims aged 16 and over), the dates a policy is in force, agency bands and
 * service thresholds, and the checks that refuse a policy that breaks them.
 */
class ThresholdPolicyTest {
  static final List<Band> DASH_BANDS = List.of(Band.of(RiskLevel.STANDARD, 0, 9), Band.of(RiskLevel.MEDIUM, 10, 13),
      Band.from(RiskLevel.HIGH, 14));
  static final BandTable DASH = BandTable.of("safelives-dash-ric", DASH_BANDS);
  static final BandTable POLICE = BandTable.forAgency("safelives-dash-ric", Agency.POLICE,
      List.of(Band.of(RiskLevel.STANDARD, 0, 7), Band.of(RiskLevel.MEDIUM, 8, 13), Band.from(RiskLevel.HIGH, 14)));

  static ThresholdPolicy.Builder policy() {
    return ThresholdPolicy.builder().id("county").version("2014.1").putBands("safelives-dash-ric", DASH);
  }

  /** Hertfordshire shares without consent for high risk (<i>Hertfordshire Domestic Abuse Review</i>, CAADA, 2014, Appendix 2.3). */
  @Test
  void sharingWithoutConsentStartsAtMediumOrHighNeverStandard() {
    assertEquals(Optional.of(RiskLevel.HIGH), policy().sharingWithoutConsentFrom(RiskLevel.HIGH).build().sharingWithoutConsentFrom());
    assertEquals(Optional.of(RiskLevel.MEDIUM), policy().sharingWithoutConsentFrom(RiskLevel.MEDIUM).build().sharingWithoutConsentFrom());
    assertEquals(Optional.empty(), policy().build().sharingWithoutConsentFrom());
    assertEquals("sharing.without-consent-from",
        assertThrows(InvalidInputException.class, () -> policy().sharingWithoutConsentFrom(RiskLevel.STANDARD).build()).field());
  }

  @Test
  void theMaracNumbersDefaultToSafeLives() {
    MaracParameters marac = MaracParameters.defaults();
    assertEquals(16, marac.minimumAge());
    assertEquals(3, marac.escalationIncidents());
    assertEquals(12, marac.escalationWindowMonths());
    assertEquals(12, marac.repeatWindowMonths());
    assertEquals(Optional.empty(), marac.mediumRiskMarac());
    assertEquals(marac, policy().build().marac());
  }

  @Test
  void everyMaracNumberIsOneOrMore() {
    MaracParameters ones = MaracParameters.builder().minimumAge(1).escalationIncidents(1).escalationWindowMonths(1)
        .repeatWindowMonths(1).build();
    assertEquals(List.of(1, 1, 1, 1),
        List.of(ones.minimumAge(), ones.escalationIncidents(), ones.escalationWindowMonths(), ones.repeatWindowMonths()));
    assertEquals("marac.minimum-age", assertThrows(InvalidInputException.class, () -> MaracParameters.builder().minimumAge(0).build()).field());
    assertEquals("marac.escalation.incidents",
        assertThrows(InvalidInputException.class, () -> MaracParameters.builder().escalationIncidents(0).build()).field());
    assertEquals("marac.escalation.window-months",
        assertThrows(InvalidInputException.class, () -> MaracParameters.builder().escalationWindowMonths(0).build()).field());
    assertEquals("marac.repeat.window-months",
        assertThrows(InvalidInputException.class, () -> MaracParameters.builder().repeatWindowMonths(-1).build()).field());
  }

  @Test
  void aPolicyWithoutDatesIsAlwaysInForce() {
    ThresholdPolicy p = policy().build();
    assertTrue(p.inForceOn(RecordDates.EARLIEST));
    assertTrue(p.inForceOn(RecordDates.LATEST));
  }

  @Test
  void aPolicyIsInForceFromItsFirstDayToItsLastBothIncluded() {
    ThresholdPolicy p = policy().effectiveFrom(LocalDate.of(2014, 12, 1)).effectiveUntil(LocalDate.of(2019, 3, 31)).build();
    assertFalse(p.inForceOn(LocalDate.of(2014, 11, 30)));
    assertTrue(p.inForceOn(LocalDate.of(2014, 12, 1)));
    assertTrue(p.inForceOn(LocalDate.of(2019, 3, 31)));
    assertFalse(p.inForceOn(LocalDate.of(2019, 4, 1)));
  }

  @Test
  void aPolicyOpenAtEitherEndIsInForceOnThatSide() {
    ThresholdPolicy from = policy().effectiveFrom(LocalDate.of(2014, 12, 1)).build();
    assertFalse(from.inForceOn(LocalDate.of(2014, 11, 30)));
    assertTrue(from.inForceOn(LocalDate.of(2100, 1, 1)));
    ThresholdPolicy until = policy().effectiveUntil(LocalDate.of(2019, 3, 31)).build();
    assertTrue(until.inForceOn(LocalDate.of(1990, 1, 1)));
    assertFalse(until.inForceOn(LocalDate.of(2019, 4, 1)));
  }

  @Test
  void aPolicyEndsNoEarlierThanItStartsAndMayLastOneDay() {
    LocalDate day = LocalDate.of(2020, 6, 1);
    assertTrue(policy().effectiveFrom(day).effectiveUntil(day).build().inForceOn(day));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> policy().effectiveFrom(day).effectiveUntil(day.minusDays(1)).build());
    assertEquals("effective-until", e.field());
    assertEquals("2020-05-31", e.value());
  }

  @Test
  void aPolicysDatesAreRecordDates() {
    assertEquals("effective-from", assertThrows(InvalidInputException.class,
        () -> policy().effectiveFrom(LocalDate.of(1899, 12, 31)).build()).field());
    assertEquals("effective-until", assertThrows(InvalidInputException.class,
        () -> policy().effectiveUntil(LocalDate.of(2200, 1, 1)).build()).field());
  }

  @Test
  void recordDatesRunFrom1900To2199() {
    assertSame(RecordDates.EARLIEST, RecordDates.require("on", RecordDates.EARLIEST));
    assertSame(RecordDates.LATEST, RecordDates.require("on", RecordDates.LATEST));
    InvalidInputException early = assertThrows(InvalidInputException.class, () -> RecordDates.require("on", LocalDate.of(1899, 12, 31)));
    assertEquals("on", early.field());
    assertEquals("1899-12-31", early.value());
    assertEquals("2200-01-01", assertThrows(InvalidInputException.class, () -> RecordDates.require("on", LocalDate.of(2200, 1, 1))).value());
    assertEquals("on", assertThrows(MissingValueException.class, () -> RecordDates.require("on", null)).field());
  }

  @Test
  void aPolicysFamilyIsItsIdUnlessNamed() {
    assertEquals("county", policy().build().family());
    assertEquals("hertfordshire", policy().family("hertfordshire").build().family());
  }

  @Test
  void anAgencyGetsItsOwnBandsWhereThePolicySetsThemAndTheCommonBandsElsewhere() {
    // Hertfordshire Domestic Abuse Review (CAADA, 2014), Table 1: police band the Dash differently
    ThresholdPolicy p = policy().addAgencyBands(POLICE).build();
    assertSame(POLICE, p.bandsFor("safelives-dash-ric", Optional.of(Agency.POLICE)).orElseThrow());
    assertSame(DASH, p.bandsFor("safelives-dash-ric", Optional.of(Agency.HEALTH)).orElseThrow());
    assertSame(DASH, p.bandsFor("safelives-dash-ric", Optional.empty()).orElseThrow());
    assertSame(DASH, p.bandsFor("safelives-dash-ric").orElseThrow());
    assertEquals(Optional.empty(), p.bandsFor("odara", Optional.of(Agency.POLICE)));
  }

  @Test
  void anAgencysBandsForAnotherInstrumentAreNotUsed() {
    BandTable policeOdara = BandTable.forAgency("odara", Agency.POLICE, List.of(Band.from(RiskLevel.HIGH, 0)));
    ThresholdPolicy p = policy().addAgencyBands(policeOdara).build();
    assertSame(DASH, p.bandsFor("safelives-dash-ric", Optional.of(Agency.POLICE)).orElseThrow());
  }

  @Test
  void agencyBandsNameTheirAgency() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> policy().addAgencyBands(DASH).build());
    assertEquals("agencyBands.safelives-dash-ric", e.field());
  }

  @Test
  void aBandTableIsFiledUnderItsOwnInstrumentId() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> policy().putBands("odara", DASH).build());
    assertEquals("bands.odara", e.field());
    assertEquals("safelives-dash-ric", e.value());
  }

  @Test
  void aPolicysIdAndVersionKeepTheRules() {
    assertEquals("id", assertThrows(InvalidInputException.class, () -> policy().id("County").build()).field());
    assertEquals("version", assertThrows(InvalidInputException.class, () -> policy().version("").build()).field());
  }

  @Test
  void aServiceThresholdIsFoundByServiceAndInstrument() {
    // Hertfordshire Domestic Abuse Review (CAADA, 2014): the IDVA service takes Dash scores from 10
    ServiceThreshold idva = ServiceThreshold.of(Agency.IDVA_SERVICE, "safelives-dash-ric", 10);
    ServiceThreshold idvaOdara = ServiceThreshold.of(Agency.IDVA_SERVICE, "odara", 4);
    ServiceThreshold housing = ServiceThreshold.of(Agency.HOUSING, "safelives-dash-ric", 5);
    ThresholdPolicy p = policy().addServiceThresholds(idvaOdara, housing, idva).build();
    assertSame(idva, p.serviceThreshold(Agency.IDVA_SERVICE, "safelives-dash-ric").orElseThrow());
    assertSame(housing, p.serviceThreshold(Agency.HOUSING, "safelives-dash-ric").orElseThrow());
    assertEquals(Optional.empty(), p.serviceThreshold(Agency.POLICE, "safelives-dash-ric"));
    assertEquals(Optional.empty(), p.serviceThreshold(Agency.HOUSING, "odara"));
  }

  @Test
  void aServiceThresholdIsAScoreOfZeroOrMore() {
    assertEquals(0, ServiceThreshold.of(Agency.HOUSING, "x", 0).minimumScore());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ServiceThreshold.of(Agency.HOUSING, "x", -1));
    assertEquals("service.minimum-score", e.field());
  }

  @Test
  void aPolicysDescriptionIsEmptyUnlessGiven() {
    assertEquals("", policy().build().description());
  }
}
