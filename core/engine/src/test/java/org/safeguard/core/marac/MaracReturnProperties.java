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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguard.core.equality.EqualityAnswer;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.core.equality.Gender;
import org.safeguard.core.equality.LawfulBasis;
import org.safeguard.model.Agency;

/**
 * The laws of a MARAC return over random referrals and meetings: the order they are given in
 * changes nothing; merging MARACs' returns is commutative and associative and adds their counts and
 * populations; the parts of each figure add up to what they are parts of (referrals by agency to
 * the referrals; each group's known, withheld, unrecorded and unlinked cases to the cases heard;
 * engaged, rejected and transferred within the referrals).
 */
class MaracReturnProperties {
  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 3, 31);

  /** One MARAC's referrals and meetings. */
  record Area(String maracId, long adultWomen, List<Referral> referrals, List<MaracMeeting> meetings) {
    MaracReturn ret() {
      return MaracReturn.of(maracId, adultWomen, FROM, TO, referrals, meetings);
    }
  }

  record Case(int caseNo, int receivedDay, Agency agency, boolean repeat, int children, int gender, int fate, int fateDay) {}

  static Area area(String maracId, long women, List<Case> cases, List<List<Integer>> meetings) {
    List<Referral> referrals = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      LocalDate on = FROM.plusDays(c.receivedDay());
      Referral.Builder b = Referral.builder().referralId(maracId + "-R" + i).caseId("V" + c.caseNo()).maracId(maracId)
          .receivedOn(on).referredBy(c.agency()).addRoutes(c.repeat() ? MaracRoute.REPEAT : MaracRoute.VISIBLE_HIGH_RISK)
          .childrenInHousehold(c.children() < 0 ? OptionalInt.empty() : OptionalInt.of(c.children()))
          .equality(profile(c.gender())).addHistory(new StateChange(ReferralState.REFERRED, on));
      LocalDate later = on.plusDays(c.fateDay());
      switch (c.fate()) {
        case 1 -> b.addHistory(new StateChange(ReferralState.ENGAGED, later)).revision(2);
        case 2 -> b.addHistory(new StateChange(ReferralState.REJECTED, later)).rejection(RejectionReason.OTHER).revision(2);
        case 3 -> b.addHistory(new StateChange(ReferralState.TRANSFERRED, later)).transferredTo(maracId + "-X").revision(2);
        default -> b.revision(1);
      }
      referrals.add(b.build());
    }
    List<MaracMeeting> built = new ArrayList<>();
    for (int m = 0; m < meetings.size(); m++) {
      List<String> heard = meetings.get(m).stream().distinct().map(n -> "V" + n).toList();
      built.add(MaracMeeting.builder().meetingId(maracId + "-M" + m).on(FROM.plusDays(m * 14L)).addInvited(Agency.POLICE)
          .addAllHeard(heard).revision(1).build());
    }
    return new Area(maracId, women, referrals, built);
  }

  static EqualityProfile profile(int gender) {
    EqualityAnswer<Gender> answer = switch (gender) {
      case 0 -> EqualityAnswer.notRecorded();
      case 1 -> EqualityAnswer.preferNotToSay();
      case 2 -> EqualityAnswer.given(Gender.MALE, LawfulBasis.EQUALITY_MONITORING);
      default -> EqualityAnswer.given(Gender.FEMALE, LawfulBasis.EQUALITY_MONITORING);
    };
    return new EqualityProfile(answer, EqualityAnswer.notRecorded(), EqualityAnswer.notRecorded(), EqualityAnswer.notRecorded(),
        EqualityAnswer.notRecorded());
  }

  @Provide
  Arbitrary<Area> areas() {
    Arbitrary<Case> kase = Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(-60, 120),
        Arbitraries.of(Agency.class), Arbitraries.of(true, false), Arbitraries.integers().between(-1, 4),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 40))
        .as(Case::new);
    Arbitrary<List<List<Integer>>> meetings = Arbitraries.integers().between(0, 34).list().ofMaxSize(12).list().ofMaxSize(8);
    return Combinators.combine(Arbitraries.strings().withChars("ABCDEF").ofLength(3), Arbitraries.longs().between(1, 2_000_000),
        kase.list().ofMaxSize(40), meetings).as((id, women, cases, m) -> area("M-" + id, women, cases, m));
  }

  @Property(tries = 300)
  void theOrderOfReferralsAndMeetingsChangesNothing(@ForAll("areas") Area area, @ForAll long seed) {
    List<Referral> referrals = new ArrayList<>(area.referrals());
    List<MaracMeeting> meetings = new ArrayList<>(area.meetings());
    Collections.shuffle(referrals, new Random(seed));
    Collections.shuffle(meetings, new Random(seed + 1));
    assertEquals(area.ret(), MaracReturn.of(area.maracId(), area.adultWomen(), FROM, TO, referrals, meetings));
  }

  @Property(tries = 300)
  void theFiguresPartsAddUpToWhatTheyArePartsOf(@ForAll("areas") Area area) {
    MaracReturn r = area.ret();
    long byAgency = 0;
    for (Agency agency : Agency.values()) {
      byAgency += r.referralsBy(agency).numerator();
    }
    assertEquals(r.referrals(), byAgency);
    assertEquals(r.referrals(), r.engagement().denominator() + r.rejected() + r.transferred());
    for (EqualityGroup group : EqualityGroup.values()) {
      assertEquals(r.casesHeard(), r.access(group).denominator() + r.access(group).missing(), group.name());
    }
    assertEquals(r.casesHeard(), r.repeatRate().denominator() + r.repeatRate().missing());
    assertEquals(r.casesHeard(), r.casesWithChildren().denominator() + r.casesWithChildren().missing());
    assertTrue(r.children() >= r.casesWithChildren().numerator());
  }

  @Property(tries = 200)
  void mergingMaracsIsCommutativeAndAssociativeAndAddsTheirCounts(@ForAll("areas") Area a, @ForAll("areas") Area b,
      @ForAll("areas") Area c) {
    MaracReturn x = a.ret();
    MaracReturn y = rename(b, "Y");
    MaracReturn z = rename(c, "Z");
    assertEquals(x.merge(y), y.merge(x));
    assertEquals(x.merge(y).merge(z), x.merge(y.merge(z)));
    MaracReturn all = x.merge(y).merge(z);
    assertEquals(x.casesHeard() + y.casesHeard() + z.casesHeard(), all.casesHeard());
    assertEquals(x.adultWomen() + y.adultWomen() + z.adultWomen(), all.adultWomen());
    assertEquals(x.repeatRate().numerator() + y.repeatRate().numerator() + z.repeatRate().numerator(), all.repeatRate().numerator());
    assertEquals(x.access(EqualityGroup.MALE).missing() + y.access(EqualityGroup.MALE).missing() + z.access(EqualityGroup.MALE).missing(),
        all.access(EqualityGroup.MALE).missing());
  }

  /** The same area's return under another MARAC id, so that three areas never share one. */
  static MaracReturn rename(Area area, String prefix) {
    String id = prefix + area.maracId();
    List<Referral> referrals = area.referrals().stream().map(r -> (Referral) Referral.builder().from(r).maracId(id)
        .transferredTo(r.transferredTo().map(t -> prefix + t)).build()).toList();
    return MaracReturn.of(id, area.adultWomen(), FROM, TO, referrals, area.meetings());
  }
}
