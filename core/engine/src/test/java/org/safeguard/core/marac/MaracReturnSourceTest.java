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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.safeguard.model.Agency;

/**
 * A MARAC return over a fixture built to the counts of the <em>Hertfordshire Domestic Abuse
 * Review</em> (CAADA, 2014): its three MARACs' cases, children and repeat rates (Appendix 6,
 * Table 1), the county's MARAC referrals by agency (Appendix 7, Table 2, MARAC column) and access
 * by group (Table 3, MARAC column, against the population column). The source gives repeat rates
 * as percentages only; the fixture's repeat counts (41, 52, 33) are the whole numbers that give
 * them. The people are synthetic: ids and answers made up to those totals.
 */
class MaracReturnSourceTest {
  static final LocalDate FROM = LocalDate.of(2013, 8, 1);
  static final LocalDate TO = LocalDate.of(2014, 7, 31);
  static final LawfulBasis BASIS = LawfulBasis.EQUALITY_MONITORING;

  /** Appendix 7, Table 2, referrals to MARAC by agency, in the table's order. */
  static final Map<Agency, Integer> BY_AGENCY = new java.util.LinkedHashMap<>();

  static {
    BY_AGENCY.put(Agency.IDVA_SERVICE, 170);
    BY_AGENCY.put(Agency.POLICE, 301);
    BY_AGENCY.put(Agency.CHILDREN_SOCIAL_CARE, 15);
    BY_AGENCY.put(Agency.HEALTH, 1);
    BY_AGENCY.put(Agency.SUBSTANCE_MISUSE_SERVICE, 5);
    BY_AGENCY.put(Agency.PROBATION, 19);
    BY_AGENCY.put(Agency.HOUSING, 64);
    BY_AGENCY.put(Agency.SPECIALIST_DOMESTIC_ABUSE_SERVICE, 46);
    BY_AGENCY.put(Agency.OTHER, 73);
  }

  /** One MARAC area of Appendix 6, Table 1: adult women, cases heard, children, repeats. */
  record Area(String maracId, long adultWomen, int cases, int children, int repeats) {}

  static final List<Area> AREAS = List.of(new Area("HERTS-CENTRAL", 144_954, 227, 306, 41),
      new Area("HERTS-EAST", 182_519, 274, 380, 52), new Area("HERTS-WEST", 132_188, 193, 251, 33));

  /** The county's 694 referrals, one per case heard, each with the next referring agency and equality answers. */
  static final class Fixture {
    private final List<Agency> agencies = new ArrayList<>();
    private final List<EqualityProfile> profiles = new ArrayList<>();
    private int next;

    Fixture() {
      BY_AGENCY.forEach((agency, n) -> {
        for (int i = 0; i < n; i++) {
          agencies.add(agency);
        }
      });
      // Table 3, MARAC column, over 694 cases: B&ME 14.8% (103), LGBT 0.1% (1), disability 1.3% (9),
      // male victims 2.9% (20), 16/17-year-olds 3.5% (24). Each case is in at most one group here.
      for (int i = 0; i < 694; i++) {
        profiles.add(profile(i < 103, i == 103, i >= 104 && i < 113, i >= 113 && i < 133, i >= 133 && i < 157));
      }
    }

    MaracReturn area(Area area) {
      List<Referral> referrals = new ArrayList<>();
      List<String> heard = new ArrayList<>();
      for (int i = 0; i < area.cases(); i++, next++) {
        String caseId = area.maracId() + "-V" + i;
        // children: every case has one or two, (children - cases) of them two
        int children = i < area.children() - area.cases() ? 2 : 1;
        Referral.Builder r = Referral.builder().referralId(area.maracId() + "-R" + i).caseId(caseId).maracId(area.maracId())
            .receivedOn(FROM.plusDays(i % 300)).referredBy(agencies.get(next)).childrenInHousehold(java.util.OptionalInt.of(children))
            .equality(profiles.get(next)).addRoutes(i < area.repeats() ? MaracRoute.REPEAT : MaracRoute.VISIBLE_HIGH_RISK)
            .addHistory(new StateChange(ReferralState.REFERRED, FROM.plusDays(i % 300))).revision(1);
        referrals.add(r.build());
        heard.add(caseId);
      }
      MaracMeeting meeting = MaracMeeting.builder().meetingId(area.maracId() + "-M").on(TO).addInvited(Agency.POLICE)
          .addAllHeard(heard).revision(1).build();
      return MaracReturn.of(area.maracId(), area.adultWomen(), FROM, TO, referrals, List.of(meeting));
    }

    MaracReturn county() {
      MaracReturn county = null;
      for (Area a : AREAS) {
        county = county == null ? area(a) : county.merge(area(a));
      }
      return county;
    }
  }

  static EqualityProfile profile(boolean minority, boolean lgb, boolean disabled, boolean male, boolean young) {
    return new EqualityProfile(EqualityAnswer.given(male ? Gender.MALE : Gender.FEMALE, BASIS),
        EqualityAnswer.given(minority ? Ethnicity.ASIAN : Ethnicity.WHITE_BRITISH, BASIS),
        EqualityAnswer.given(lgb ? SexualOrientation.GAY_OR_LESBIAN : SexualOrientation.HETEROSEXUAL, BASIS),
        EqualityAnswer.given(disabled ? Disability.DISABLED : Disability.NOT_DISABLED, BASIS),
        EqualityAnswer.given(young ? AgeBand.AGED_16_17 : AgeBand.AGED_25_34, BASIS));
  }

  @Test
  void eachMaracsRepeatRateAndTheCountysAsAppendixSixGivesThem() {
    Fixture fixture = new Fixture();
    // Appendix 6, Table 1: % repeat cases at MARAC 18% (county), 18% Central, 19% East, 17% West
    int[] expected = {18, 19, 17};
    for (int i = 0; i < AREAS.size(); i++) {
      MaracReturn area = fixture.area(AREAS.get(i));
      assertEquals(AREAS.get(i).cases(), area.casesHeard());
      assertEquals(AREAS.get(i).children(), area.children());
      assertEquals(Optional.of(BigDecimal.valueOf(expected[i])), area.repeatRate().percent(0), AREAS.get(i).maracId());
    }
    MaracReturn county = new Fixture().county();
    assertEquals(694, county.casesHeard());
    assertEquals(937, county.children());
    assertEquals(459_661, county.adultWomen());
    assertEquals(Optional.of(BigDecimal.valueOf(18)), county.repeatRate().percent(0));
    assertEquals(Set.of("HERTS-CENTRAL", "HERTS-EAST", "HERTS-WEST"), county.maracIds());
  }

  @Test
  void theCountyHearsFewerCasesPerTenThousandAdultWomenThanTheRecommendedForty() {
    MaracReturn county = new Fixture().county();
    // 694 cases in the 12 months to July 2014 over 459,661 women aged 16+ (Appendix 6, Table 1),
    // against 40 per 10,000 adult women (SafeLives 2019 survey of practitioners)
    assertEquals(new BigDecimal("15.1"), county.perTenThousandAdultWomen());
    assertTrue(county.belowRecommended());
  }

  @Test
  void referralsToMaracByAgencyAsAppendixSevenGivesThem() {
    MaracReturn county = new Fixture().county();
    // Appendix 7, Table 2, MARAC column: the count and the whole-number percentage of each agency
    Map<Agency, Integer> percent = new EnumMap<>(Agency.class);
    percent.putAll(Map.of(Agency.IDVA_SERVICE, 24, Agency.POLICE, 43, Agency.CHILDREN_SOCIAL_CARE, 2, Agency.HEALTH, 0,
        Agency.SUBSTANCE_MISUSE_SERVICE, 1, Agency.PROBATION, 3, Agency.HOUSING, 9, Agency.SPECIALIST_DOMESTIC_ABUSE_SERVICE, 7,
        Agency.OTHER, 11));
    assertEquals(694, county.referrals());
    BY_AGENCY.forEach((agency, n) -> {
      assertEquals(n.longValue(), county.referralsBy(agency).numerator(), agency.name());
      assertEquals(Optional.of(BigDecimal.valueOf(percent.get(agency))), county.referralsBy(agency).percent(0), agency.name());
    });
    assertEquals(0, county.referralsBy(Agency.ADULT_SOCIAL_CARE).numerator());
  }

  @Test
  void accessByGroupAgainstThePopulationAsTableThreeGivesIt() {
    MaracReturn county = new Fixture().county();
    // Table 3, population column: B&ME 19.2%, LGBT 5-7%, disability 14.3%, male victims n/a, 16/17 3.3%
    Map<EqualityGroup, PopulationShare> population = Map.of(EqualityGroup.MINORITY_ETHNIC, PopulationShare.of("19.2"),
        EqualityGroup.LESBIAN_GAY_BISEXUAL, PopulationShare.between("5", "7"), EqualityGroup.DISABLED, PopulationShare.of("14.3"),
        EqualityGroup.AGED_16_17, PopulationShare.of("3.3"));
    List<AccessRow> table = county.accessTable(population);
    // Table 3, MARAC column: 14.8%, 0.1%, 1.3%, 2.9%, 3.5%
    String[] marac = {"14.8", "0.1", "1.3", "2.9", "3.5"};
    AccessRow.Representation[] against = {AccessRow.Representation.BELOW, AccessRow.Representation.BELOW,
        AccessRow.Representation.BELOW, null, AccessRow.Representation.ABOVE};
    for (int i = 0; i < marac.length; i++) {
      AccessRow row = table.get(i);
      assertEquals(EqualityGroup.values()[i], row.group());
      assertEquals(694, row.cases().denominator());
      assertEquals(Optional.of(new BigDecimal(marac[i])), row.cases().percent(1), row.group().name());
      assertEquals(Optional.ofNullable(against[i]), row.representation(), row.group().name());
    }
  }

  @Test
  void theServicesOwnRangesFlagTheFiguresOutsideThem() {
    MaracReturn county = new Fixture().county();
    // ranges a service might state for itself; they are data, not figures from the review
    ExpectedRanges ranges = ExpectedRanges.of(Map.of(ReturnFigure.PER_TEN_THOUSAND, ExpectedRange.parse("40.."),
        ReturnFigure.REPEAT_RATE, ExpectedRange.parse("15..25"), ReturnFigure.referralsBy(Agency.POLICE), ExpectedRange.parse("60..75")));
    List<OutOfRange> outside = county.outsideExpected(ranges);
    assertEquals(List.of(ReturnFigure.PER_TEN_THOUSAND, ReturnFigure.referralsBy(Agency.POLICE)),
        outside.stream().map(OutOfRange::figure).toList());
    assertEquals(new BigDecimal("43.4"), outside.get(1).value());
  }
}
