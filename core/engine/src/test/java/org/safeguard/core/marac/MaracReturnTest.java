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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.safeguard.core.equality.EqualityAnswer;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.core.equality.Ethnicity;
import org.safeguard.core.equality.LawfulBasis;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;

/**
 * The rules of a MARAC return: which hearing links to which referral, what counts in the period,
 * how the missing are counted apart by reason, and what the return refuses.
 */
class MaracReturnTest {
  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 3, 31);

  static Referral.Builder referral(String id, String caseId, LocalDate on, MaracRoute route) {
    return Referral.builder().referralId(id).caseId(caseId).maracId("M1").receivedOn(on).referredBy(Agency.POLICE)
        .addRoutes(route).addHistory(new StateChange(ReferralState.REFERRED, on)).revision(1);
  }

  static MaracMeeting meeting(String id, LocalDate on, String... heard) {
    return MaracMeeting.builder().meetingId(id).on(on).addInvited(Agency.POLICE).addHeard(heard).revision(1).build();
  }

  @Test
  void aHearingCountsTheCasesLatestReferralReceivedByTheMeetingDay() {
    Referral first = referral("R1", "V1", LocalDate.of(2025, 6, 1), MaracRoute.VISIBLE_HIGH_RISK).build();
    Referral repeat = referral("R2", "V1", LocalDate.of(2026, 2, 1), MaracRoute.REPEAT).build();
    Referral later = referral("R3", "V1", LocalDate.of(2026, 3, 20), MaracRoute.VISIBLE_HIGH_RISK).build();
    MaracReturn r = MaracReturn.of("M1", 10_000, FROM, TO, List.of(first, later, repeat),
        List.of(meeting("A", LocalDate.of(2026, 1, 10), "V1"), meeting("B", LocalDate.of(2026, 2, 10), "V1")));
    // January's hearing came by the 2025 referral, February's by the repeat; the March referral is after both
    assertEquals(2, r.casesHeard());
    assertEquals(1, r.repeatRate().numerator());
    assertEquals(2, r.repeatRate().denominator());
    // referrals received in the period: the repeat and the March one
    assertEquals(2, r.referrals());
  }

  @Test
  void hearingsOutsideThePeriodAndCasesWithoutAReferralAreNotReadAsRepeatsOrChildren() {
    Referral known = referral("R1", "V1", FROM, MaracRoute.REPEAT).childrenInHousehold(OptionalInt.of(3)).build();
    Referral unknownChildren = referral("R2", "V2", FROM, MaracRoute.VISIBLE_HIGH_RISK).build();
    MaracReturn r = MaracReturn.of("M1", 10_000, FROM, TO, List.of(known, unknownChildren),
        List.of(meeting("A", FROM.plusDays(5), "V1", "V2", "V9"), meeting("B", TO.plusDays(1), "V1")));
    assertEquals(3, r.casesHeard());
    assertEquals(1, r.repeatRate().numerator());
    assertEquals(2, r.repeatRate().denominator());
    assertEquals(1, r.repeatRate().missing());
    assertEquals("no referral record", r.repeatRate().missingReason());
    assertEquals(1, r.casesWithChildren().numerator());
    assertEquals(1, r.casesWithChildren().denominator());
    assertEquals(2, r.casesWithChildren().missing());
    assertEquals("1 children not known, 1 no referral record", r.casesWithChildren().missingReason());
    assertEquals(3, r.children());
  }

  @Test
  void preferNotToSayAndNotRecordedAreCountedApartFromTheGroupAndFromEachOther() {
    EqualityProfile asian = new EqualityProfile(EqualityAnswer.notRecorded(),
        EqualityAnswer.given(Ethnicity.ASIAN, LawfulBasis.EXPLICIT_CONSENT), EqualityAnswer.notRecorded(),
        EqualityAnswer.notRecorded(), EqualityAnswer.notRecorded());
    EqualityProfile withheld = new EqualityProfile(EqualityAnswer.notRecorded(), EqualityAnswer.preferNotToSay(),
        EqualityAnswer.notRecorded(), EqualityAnswer.notRecorded(), EqualityAnswer.notRecorded());
    MaracReturn r = MaracReturn.of("M1", 10_000, FROM, TO, List.of(
        referral("R1", "V1", FROM, MaracRoute.VISIBLE_HIGH_RISK).equality(asian).build(),
        referral("R2", "V2", FROM, MaracRoute.VISIBLE_HIGH_RISK).equality(withheld).build(),
        referral("R3", "V3", FROM, MaracRoute.VISIBLE_HIGH_RISK).build()), List.of(meeting("A", FROM, "V1", "V2", "V3")));
    assertEquals(1, r.access(EqualityGroup.MINORITY_ETHNIC).numerator());
    assertEquals(1, r.access(EqualityGroup.MINORITY_ETHNIC).denominator());
    assertEquals("1 preferred not to say, 1 not recorded", r.access(EqualityGroup.MINORITY_ETHNIC).missingReason());
    assertEquals(0, r.access(EqualityGroup.MALE).denominator());
    assertEquals(Optional.empty(), r.value(ReturnFigure.access(EqualityGroup.MALE)));
    assertEquals(3, r.access(EqualityGroup.MALE).missing());
  }

  @Test
  void rejectedAndTransferredReferralsAreCountedApartAndEngagementIsOverTheAcceptedByThePeriodsEnd() {
    Referral rejected = referral("R1", "V1", FROM, MaracRoute.PROFESSIONAL_JUDGEMENT)
        .addHistory(new StateChange(ReferralState.REJECTED, FROM.plusDays(2))).rejection(RejectionReason.CRITERIA_NOT_MET)
        .revision(2).build();
    Referral transferred = referral("R2", "V2", FROM, MaracRoute.VISIBLE_HIGH_RISK)
        .addHistory(new StateChange(ReferralState.TRANSFERRED, FROM.plusDays(3))).transferredTo("M2").revision(2).build();
    Referral engaged = referral("R3", "V3", FROM, MaracRoute.VISIBLE_HIGH_RISK)
        .addHistory(new StateChange(ReferralState.ENGAGED, FROM.plusDays(9))).revision(2).build();
    Referral engagedLate = referral("R4", "V4", FROM, MaracRoute.VISIBLE_HIGH_RISK)
        .addHistory(new StateChange(ReferralState.ENGAGED, TO.plusDays(1))).revision(2).build();
    MaracReturn r = MaracReturn.of("M1", 10_000, FROM, TO, List.of(rejected, transferred, engaged, engagedLate), List.of());
    assertEquals(4, r.referrals());
    assertEquals(1, r.rejected());
    assertEquals(1, r.transferred());
    assertEquals(1, r.engagement().numerator());
    assertEquals(2, r.engagement().denominator());
    assertEquals(Optional.of(new BigDecimal("25.0")), r.value(ReturnFigure.referralsBy(MaracRoute.PROFESSIONAL_JUDGEMENT)));
  }

  @Test
  void aQuarterIsScaledToAYearPerTenThousandAdultWomen() {
    Referral[] none = {};
    MaracReturn r = MaracReturn.of("M1", 50_000, FROM, TO, List.of(none),
        List.of(meeting("A", FROM, "V1", "V2", "V3", "V4", "V5"), meeting("B", TO, "V6", "V7", "V8", "V9", "V10")));
    // 10 cases in 90 days over 50,000 women: 10 x 10,000 x 365 / (50,000 x 90) = 8.1 a year
    assertEquals(new BigDecimal("8.1"), r.perTenThousandAdultWomen());
    assertEquals(Optional.of(BigDecimal.TEN), r.value(ReturnFigure.CASES_HEARD));
  }

  @Test
  void refusesWhatIsNotOneMaracsOwnOverAPeriod() {
    Referral other = referral("R1", "V1", FROM, MaracRoute.REPEAT).maracId("M2").build();
    Referral ok = referral("R1", "V1", FROM, MaracRoute.REPEAT).build();
    List<MaracMeeting> none = List.of();
    assertEquals("referrals.maracId", assertThrows(InvalidInputException.class,
        () -> MaracReturn.of("M1", 10, FROM, TO, List.of(other), none)).field());
    assertEquals("referrals.referralId", assertThrows(InvalidInputException.class,
        () -> MaracReturn.of("M1", 10, FROM, TO, List.of(ok, ok), none)).field());
    assertEquals("meetings.meetingId", assertThrows(InvalidInputException.class,
        () -> MaracReturn.of("M1", 10, FROM, TO, List.of(), List.of(meeting("A", FROM), meeting("A", TO)))).field());
    assertEquals("adultWomen", assertThrows(InvalidInputException.class,
        () -> MaracReturn.of("M1", 0, FROM, TO, List.of(), none)).field());
    assertEquals("to", assertThrows(InvalidInputException.class,
        () -> MaracReturn.of("M1", 10, TO, FROM, List.of(), none)).field());
    MaracReturn m1 = MaracReturn.of("M1", 10, FROM, TO, List.of(), none);
    assertEquals("other", assertThrows(InvalidInputException.class, () -> m1.merge(m1)).field());
    assertEquals("other", assertThrows(InvalidInputException.class,
        () -> m1.merge(MaracReturn.of("M2", 10, FROM, TO.minusDays(1), List.of(), none))).field());
  }

  @Test
  void rangesAreReadAsDataAndRefusedByKeyOrShape() {
    Properties p = new Properties();
    p.setProperty("repeat-rate", "28..40");
    p.setProperty("access.MALE", "..5");
    ExpectedRanges ranges = ExpectedRanges.fromProperties(p);
    assertEquals("28..40", ranges.rangeOf(ReturnFigure.REPEAT_RATE).orElseThrow().toString());
    assertFalse(ranges.rangeOf(ReturnFigure.access(EqualityGroup.MALE)).orElseThrow().contains(new BigDecimal("5.1")));
    p.setProperty("repeat-rates", "28..40");
    assertEquals("key", assertThrows(InvalidInputException.class, () -> ExpectedRanges.fromProperties(p)).field());
    p.remove("repeat-rates");
    for (String bad : new String[] {"..", "40", "1e3..", "40..28", "-1..4"}) {
      p.setProperty("engagement", bad);
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExpectedRanges.fromProperties(p), bad);
      assertEquals(bad.equals("40..28") ? "high" : "range", e.field(), bad);
    }
    assertEquals(Map.of(), ExpectedRanges.none().ranges());
  }
}
