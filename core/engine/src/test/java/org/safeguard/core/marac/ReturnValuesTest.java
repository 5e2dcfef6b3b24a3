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
package org.safeguard.core.marac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.safeguard.core.equality.AgeBand;
import org.safeguard.core.equality.Disability;
import org.safeguard.core.equality.EqualityAnswer;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.core.equality.Ethnicity;
import org.safeguard.core.equality.Gender;
import org.safeguard.core.equality.LawfulBasis;
import org.safeguard.core.equality.PopulationShare;
import org.safeguard.core.equality.SexualOrientation;
import org.safeguard.core.outcome.Rate;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;

/**
 * The edges of a return's values: each limit on its side, ranges and shares with their ends
 * included, a figure read from the rate it names, a hearing linked to the referral it came by, and
 * values equal when their contents are.
 */
class ReturnValuesTest {
  static final LocalDate FROM = MaracReturnTest.FROM;
  static final LocalDate TO = MaracReturnTest.TO;
  static final LawfulBasis BASIS = LawfulBasis.EQUALITY_MONITORING;

  @Test
  void aRangeHoldsItsEndsAndIsWrittenWithinItsLength() {
    ExpectedRange range = ExpectedRange.parse("28..40");
    assertTrue(range.contains(new BigDecimal("28")));
    assertTrue(range.contains(new BigDecimal("40.0")));
    assertFalse(range.contains(new BigDecimal("27.9")));
    assertFalse(range.contains(new BigDecimal("40.1")));
    assertTrue(ExpectedRange.parse("5..5").contains(BigDecimal.valueOf(5)), "a range of one value");
    assertEquals(24, "1.000000..12345678.12345".length());
    assertEquals(new BigDecimal("12345678.12345"), ExpectedRange.parse("1.000000..12345678.12345").high().orElseThrow(), "24 characters");
    assertEquals("range", assertThrows(InvalidInputException.class, () -> ExpectedRange.parse("1.000000..123456789.12345")).field(),
        "25 characters");
  }

  @Test
  void aPopulationShareRunsFromNoneToEveryoneWithItsEndsIncluded() {
    assertEquals(BigDecimal.ZERO, PopulationShare.of("0").low());
    assertEquals(new BigDecimal("100"), PopulationShare.of("100").high());
    for (String bad : new String[] {"-0.1", "100.1", "not a number", "1234567890123", "12345678.1234"}) {
      assertThrows(InvalidInputException.class, () -> PopulationShare.of(bad), bad);
    }
    assertEquals(new BigDecimal("12.34567891"), PopulationShare.of("12.34567891").low(), "12 characters, 10 digits");
    assertThrows(InvalidInputException.class, () -> PopulationShare.of("1.0000000001"), "11 digits");
    assertEquals("high", assertThrows(InvalidInputException.class, () -> PopulationShare.between("7", "5")).field());
    assertEquals("high", assertThrows(InvalidInputException.class, () -> new PopulationShare(BigDecimal.ONE, new BigDecimal("100.5")))
        .field());
    PopulationShare lgbt = PopulationShare.between("5", "7");
    assertEquals(-1, lgbt.compareWith(new BigDecimal("4.9")));
    assertEquals(0, lgbt.compareWith(new BigDecimal("5")));
    assertEquals(0, lgbt.compareWith(new BigDecimal("7")));
    assertEquals(1, lgbt.compareWith(new BigDecimal("7.1")));
  }

  @Test
  void aRateInPercentTakesZeroToSixPlaces() {
    Rate third = Rate.of(1, 3, 0, "");
    assertEquals(Optional.of(new BigDecimal("33")), third.percent(0));
    assertEquals(Optional.of(new BigDecimal("33.333333")), third.percent(6));
    assertThrows(InvalidInputException.class, () -> third.percent(-1));
    assertThrows(InvalidInputException.class, () -> third.percent(7));
    assertEquals(Optional.empty(), Rate.of(0, 0, 0, "").percent(1));
    assertEquals(0.0, Rate.of(0, 1, 0, "").value());
  }

  @Test
  void aPopulationIsFromOneToTheMostAnyAreaHas() {
    List<Referral> none = List.of();
    List<MaracMeeting> no = List.of();
    assertEquals(1, MaracReturn.of("M1", 1, FROM, TO, none, no).adultWomen());
    assertEquals(MaracReturn.MAX_ADULT_WOMEN, MaracReturn.of("M1", MaracReturn.MAX_ADULT_WOMEN, FROM, TO, none, no).adultWomen());
    assertThrows(InvalidInputException.class, () -> MaracReturn.of("M1", MaracReturn.MAX_ADULT_WOMEN + 1, FROM, TO, none, no));
    assertEquals(FROM, MaracReturn.of("M1", 1, FROM, FROM, none, no).to(), "a period of one day");
  }

  @Test
  void fortyCasesPerTenThousandIsNotBelowTheRecommended() {
    // 40 cases in a 365-day year over 10,000 women is 40.0; 39 is 39.0
    LocalDate yearEnd = FROM.plusDays(364);
    String[] forty = new String[40];
    for (int i = 0; i < forty.length; i++) {
      forty[i] = "V" + i;
    }
    MaracReturn atForty = MaracReturn.of("M1", 10_000, FROM, yearEnd, List.of(), List.of(MaracReturnTest.meeting("A", FROM, forty)));
    assertEquals(new BigDecimal("40.0"), atForty.perTenThousandAdultWomen());
    assertFalse(atForty.belowRecommended());
    MaracReturn below = MaracReturn.of("M1", 10_000, FROM, yearEnd, List.of(),
        List.of(MaracReturnTest.meeting("A", FROM, java.util.Arrays.copyOf(forty, 39))));
    assertTrue(below.belowRecommended());
    assertTrue(below.toString().contains("1 MARAC, 39 heard, 39.0 per 10k adult women a year"), below.toString());
    assertTrue(below.merge(MaracReturn.of("M2", 1, FROM, yearEnd, List.of(), List.of())).toString().contains("2 MARACs, 39 heard"));
  }

  @Test
  void eachFigureIsReadFromTheRateItNames() {
    Referral repeat = MaracReturnTest.referral("R1", "V1", FROM, MaracRoute.REPEAT).childrenInHousehold(OptionalInt.of(0))
        .addHistory(new StateChange(ReferralState.ENGAGED, FROM.plusDays(1))).revision(2).build();
    Referral first = MaracReturnTest.referral("R2", "V2", FROM, MaracRoute.VISIBLE_HIGH_RISK).childrenInHousehold(OptionalInt.of(2))
        .build();
    Referral third = MaracReturnTest.referral("R3", "V3", FROM, MaracRoute.VISIBLE_HIGH_RISK).childrenInHousehold(OptionalInt.of(1))
        .referredBy(Agency.HEALTH).build();
    Referral fourth = MaracReturnTest.referral("R4", "V4", FROM, MaracRoute.VISIBLE_HIGH_RISK).childrenInHousehold(OptionalInt.of(3))
        .build();
    MaracReturn r = MaracReturn.of("M1", 10_000, FROM, TO, List.of(repeat, first, third, fourth),
        List.of(MaracReturnTest.meeting("A", FROM.plusDays(3), "V1", "V2", "V3", "V4")));
    assertEquals(Optional.of(new BigDecimal("25.0")), r.value(ReturnFigure.REPEAT_RATE));
    assertEquals(Optional.of(new BigDecimal("75.0")), r.value(ReturnFigure.CASES_WITH_CHILDREN));
    assertEquals(Optional.of(new BigDecimal("25.0")), r.value(ReturnFigure.ENGAGEMENT));
    assertEquals(Optional.of(new BigDecimal("75.0")), r.value(ReturnFigure.referralsBy(Agency.POLICE)));
    assertEquals(Optional.of(new BigDecimal("75.0")), r.value(ReturnFigure.referralsBy(MaracRoute.VISIBLE_HIGH_RISK)));
    assertEquals(6, r.children());
    assertEquals(3, r.casesWithChildren().numerator());
  }

  @Test
  void eachGroupCountsItsOwnAnswerAndItsOwnMissing() {
    EqualityProfile p1 = new EqualityProfile(EqualityAnswer.given(Gender.MALE, BASIS), EqualityAnswer.given(Ethnicity.BLACK, BASIS),
        EqualityAnswer.preferNotToSay(), EqualityAnswer.given(Disability.NOT_DISABLED, BASIS), EqualityAnswer.notRecorded());
    EqualityProfile p2 = new EqualityProfile(EqualityAnswer.preferNotToSay(), EqualityAnswer.given(Ethnicity.WHITE_OTHER, BASIS),
        EqualityAnswer.given(SexualOrientation.BISEXUAL, BASIS), EqualityAnswer.given(Disability.DISABLED, BASIS),
        EqualityAnswer.given(AgeBand.AGED_16_17, BASIS));
    EqualityProfile p3 = new EqualityProfile(EqualityAnswer.given(Gender.FEMALE, BASIS), EqualityAnswer.preferNotToSay(),
        EqualityAnswer.given(SexualOrientation.HETEROSEXUAL, BASIS), EqualityAnswer.notRecorded(),
        EqualityAnswer.given(AgeBand.AGED_18_24, BASIS));
    MaracReturn r = MaracReturn.of("M1", 10_000, FROM, TO, List.of(
        MaracReturnTest.referral("R1", "V1", FROM, MaracRoute.REPEAT).equality(p1).build(),
        MaracReturnTest.referral("R2", "V2", FROM, MaracRoute.REPEAT).equality(p2).build(),
        MaracReturnTest.referral("R3", "V3", FROM, MaracRoute.REPEAT).equality(p3).build()),
        List.of(MaracReturnTest.meeting("A", FROM, "V1", "V2", "V3", "V4")));
    // in / known, then the missing: withheld, not recorded, no referral record
    assertAccess(r, EqualityGroup.MINORITY_ETHNIC, 2, 2, "1 preferred not to say, 1 no referral record");
    assertAccess(r, EqualityGroup.LESBIAN_GAY_BISEXUAL, 1, 2, "1 preferred not to say, 1 no referral record");
    assertAccess(r, EqualityGroup.DISABLED, 1, 2, "1 not recorded, 1 no referral record");
    assertAccess(r, EqualityGroup.MALE, 1, 2, "1 preferred not to say, 1 no referral record");
    assertAccess(r, EqualityGroup.AGED_16_17, 1, 2, "1 not recorded, 1 no referral record");
  }

  private static void assertAccess(MaracReturn r, EqualityGroup group, long in, long known, String missing) {
    assertEquals(in, r.access(group).numerator(), group.name());
    assertEquals(known, r.access(group).denominator(), group.name());
    assertEquals(missing, r.access(group).missingReason(), group.name());
  }

  @Test
  void aHearingTakesTheLatestReferralNotRejectedBeforeItsDayTheGreatestIdOnOneDay() {
    LocalDate meeting = FROM.plusDays(10);
    Referral a = MaracReturnTest.referral("R-A", "V1", FROM, MaracRoute.REPEAT).build();
    Referral b = MaracReturnTest.referral("R-B", "V1", FROM, MaracRoute.VISIBLE_HIGH_RISK).build();
    MaracReturn tie = MaracReturn.of("M1", 10_000, FROM, TO, List.of(b, a), List.of(MaracReturnTest.meeting("A", meeting, "V1")));
    assertEquals(0, tie.repeatRate().numerator(), "R-B, the greater id, on the same day");
    Referral rejectedBefore = MaracReturnTest.referral("R-C", "V2", FROM.plusDays(1), MaracRoute.REPEAT)
        .addHistory(new StateChange(ReferralState.REJECTED, meeting.minusDays(1))).rejection(RejectionReason.OTHER).revision(2).build();
    Referral rejectedOnTheDay = MaracReturnTest.referral("R-D", "V3", FROM, MaracRoute.REPEAT)
        .addHistory(new StateChange(ReferralState.REJECTED, meeting)).rejection(RejectionReason.OTHER).revision(2).build();
    Referral earlier = MaracReturnTest.referral("R-E", "V2", FROM, MaracRoute.VISIBLE_HIGH_RISK).build();
    MaracReturn r = MaracReturn.of("M1", 10_000, FROM, TO, List.of(rejectedBefore, rejectedOnTheDay, earlier),
        List.of(MaracReturnTest.meeting("A", meeting, "V2", "V3")));
    assertEquals(2, r.repeatRate().denominator(), "V2 by its earlier referral, V3 by the one rejected that day");
    assertEquals(1, r.repeatRate().numerator());
    Referral later = MaracReturnTest.referral("R-F", "V4", meeting.plusDays(1), MaracRoute.REPEAT).build();
    assertEquals(1, MaracReturn.of("M1", 10_000, FROM, TO, List.of(later), List.of(MaracReturnTest.meeting("A", meeting, "V4")))
        .repeatRate().missing(), "a referral received after the hearing is not the one it came by");
  }

  @Test
  void valuesAreEqualWhenTheirContentsAre() {
    MaracReturn one = MaracReturn.of("M1", 10, FROM, TO, List.of(), List.of());
    assertEquals(one, MaracReturn.of("M1", 10, FROM, TO, List.of(), List.of()));
    assertEquals(one.hashCode(), MaracReturn.of("M1", 10, FROM, TO, List.of(), List.of()).hashCode());
    assertNotEquals(one, MaracReturn.of("M2", 10, FROM, TO, List.of(), List.of()));
    assertNotEquals(one, MaracReturn.of("M1", 11, FROM, TO, List.of(), List.of()));
    assertNotEquals(one, MaracReturn.of("M1", 10, FROM, TO.minusDays(1), List.of(), List.of()));
    assertNotEquals(one, MaracReturn.of("M1", 10, FROM, TO, List.of(), List.of(MaracReturnTest.meeting("A", FROM, "V1"))));
    assertNotEquals(one.hashCode(), MaracReturn.of("M1", 10, FROM, TO, List.of(), List.of(MaracReturnTest.meeting("A", FROM, "V1")))
        .hashCode());
    ExpectedRanges ranges = ExpectedRanges.of(Map.of(ReturnFigure.REPEAT_RATE, ExpectedRange.parse("1..2")));
    assertEquals(ranges, ExpectedRanges.of(Map.of(ReturnFigure.parse("repeat-rate"), ExpectedRange.parse("1..2"))));
    assertEquals(ranges.hashCode(), ExpectedRanges.of(Map.of(ReturnFigure.REPEAT_RATE, ExpectedRange.parse("1..2"))).hashCode());
    assertNotEquals(ranges, ExpectedRanges.none());
    assertEquals("ExpectedRanges{repeat-rate=1..2}", ranges.toString());
    assertEquals(Map.of(ReturnFigure.REPEAT_RATE, ExpectedRange.parse("1..2")), ranges.ranges());
    assertEquals("repeat-rate", ReturnFigure.REPEAT_RATE.toString());
    assertEquals("repeat-rate".hashCode(), ReturnFigure.REPEAT_RATE.hashCode());
    assertEquals(ReturnFigure.Kind.PER_TEN_THOUSAND, ReturnFigure.PER_TEN_THOUSAND.kind());
    assertEquals(EqualityAnswer.given(Gender.MALE, BASIS).hashCode(), EqualityAnswer.given(Gender.MALE, BASIS).hashCode());
    assertNotEquals(EqualityAnswer.given(Gender.MALE, BASIS).hashCode(), EqualityAnswer.<Gender>notRecorded().hashCode());
  }
}
