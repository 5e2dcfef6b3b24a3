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
package org.safeguard.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.safeguard.core.equality.AgeBand;
import org.safeguard.core.equality.Disability;
import org.safeguard.core.equality.EqualityAnswer;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.core.equality.Ethnicity;
import org.safeguard.core.equality.Gender;
import org.safeguard.core.equality.LawfulBasis;
import org.safeguard.core.equality.SexualOrientation;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.Referral;
import org.safeguard.core.marac.ReferralState;
import org.safeguard.core.marac.RejectionReason;
import org.safeguard.core.marac.StateChange;
import org.safeguard.model.Agency;

/**
 * A seeded synthetic MARAC for {@link MaracReturnBenchmark}: a year's referrals of one MARAC and its
 * weekly meetings, as built, checked objects, ready for {@code MaracReturn.of}.
 *
 * <p>Referrals are received from five weeks before the period to its last day. About 85% are a
 * case's first referral; the rest come back for a case referred earlier (most by
 * {@link MaracRoute#REPEAT}, a few on the same day as the earlier referral, so that the tie on the
 * greatest referral id is exercised). Agencies are weighted towards the police; routes mostly visible
 * high risk, some by two routes; the children in the household are not known for about 15%; each of
 * the five equality answers is given, withheld or not recorded. About 58% of the referrals stay
 * referred, about 25% engage (half of them close later), 5% close, 7% are rejected and 5%
 * transferred, within six weeks of receipt (some after the period's end).
 *
 * <p>Meetings are weekly, four before the period and fifty in it. Each referral still with the
 * MARAC is heard at a meeting up to two weeks after receipt (most of them); a fifth of the
 * referrals rejected or transferred before that meeting are heard anyway, on the case's earlier
 * referral or on none; and about 1% of hearings are of cases with no referral record. A case is
 * heard at most once per meeting. The case ids the meetings hold are fresh {@code String}s, not the
 * referrals' own, as a database driver would return them.
 */
public final class SyntheticReturn {
  /** The MARAC. */
  public static final String MARAC = "M-NORTH";
  /** The MARAC referrals are transferred to. */
  public static final String OTHER_MARAC = "M-SOUTH";
  /** The period's first day. */
  public static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  /** The period's last day. */
  public static final LocalDate TO = LocalDate.of(2026, 12, 31);
  /** The area's adult women. */
  public static final long ADULT_WOMEN = 25_000_000L;
  /** Meetings before the period. */
  static final int MEETINGS_BEFORE = 4;
  /** Meetings in the period. */
  static final int MEETINGS_IN = 50;
  private static final LocalDate FIRST_RECEIVED = FROM.minusDays(35);
  private static final int DAYS = (int) (TO.toEpochDay() - FIRST_RECEIVED.toEpochDay()) + 1;
  private static final LocalDate FIRST_MEETING = FROM.minusDays(7L * MEETINGS_BEFORE - 1);

  private static final Agency[] AGENCIES = Agency.values();
  /** Weights of the agencies in {@link Agency} order (police first). */
  private static final int[] AGENCY_WEIGHTS = {55, 9, 5, 8, 7, 2, 4, 3, 2, 1, 1, 1, 1, 1};
  private static final int[] ROUTE_WEIGHTS = {65, 15, 12, 0, 8};

  private final List<Referral> referrals;
  private final List<MaracMeeting> meetings;

  private SyntheticReturn(List<Referral> referrals, List<MaracMeeting> meetings) {
    this.referrals = referrals;
    this.meetings = meetings;
  }

  /** The referrals, in the order generated (not by day received). */
  public List<Referral> referrals() {
    return referrals;
  }

  /** The meetings, in date order. */
  public List<MaracMeeting> meetings() {
    return meetings;
  }

  /** The day of meeting {@code m}, a week apart from four weeks before the period. */
  static LocalDate meetingDay(int m) {
    return FIRST_MEETING.plusDays(7L * m);
  }

  /**
   * Generates {@code count} referrals and the meetings that hear them.
   *
   * @param seed the random seed
   * @param count the referrals
   * @return the MARAC's referrals and meetings
   */
  public static SyntheticReturn generate(long seed, int count) {
    if (AGENCY_WEIGHTS.length != AGENCIES.length) {
      throw new IllegalStateException("a weight per agency");
    }
    Random random = new Random(seed);
    int meetingCount = MEETINGS_BEFORE + MEETINGS_IN;
    List<List<String>> heard = new ArrayList<>();
    List<Set<Integer>> heardCases = new ArrayList<>();
    for (int m = 0; m < meetingCount; m++) {
      heard.add(new ArrayList<>());
      heardCases.add(new HashSet<>());
    }
    int[] caseOf = new int[count];
    int[] dayOf = new int[count];
    int cases = 0;
    int unlinked = 0;
    List<Referral> referrals = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean again = i > 0 && random.nextInt(100) < 15;
      int earlier = again ? random.nextInt(i) : -1;
      int caseNo = again ? caseOf[earlier] : cases++;
      int day = again && random.nextInt(100) < 3 ? dayOf[earlier] : random.nextInt(DAYS);
      caseOf[i] = caseNo;
      dayOf[i] = day;
      LocalDate on = FIRST_RECEIVED.plusDays(day);
      Set<MaracRoute> routes = EnumSet.noneOf(MaracRoute.class);
      if (again && random.nextInt(100) < 80 || !again && random.nextInt(100) < 3) {
        routes.add(MaracRoute.REPEAT);
      }
      if (routes.isEmpty() || random.nextInt(100) < 10) {
        routes.add(MaracRoute.values()[pick(random, ROUTE_WEIGHTS)]);
      }
      Referral.Builder b = Referral.builder().referralId("R-" + i).caseId("V-" + caseNo).maracId(MARAC).receivedOn(on)
          .referredBy(AGENCIES[pick(random, AGENCY_WEIGHTS)]).addAllRoutes(routes).childrenInHousehold(children(random))
          .equality(equality(random)).addHistory(new StateChange(ReferralState.REFERRED, on));
      int fate = random.nextInt(100);
      LocalDate changed = on.plusDays(random.nextInt(42));
      LocalDate leftOn = null;
      if (fate < 55) {
        b.revision(1);
      } else if (fate < 80) {
        b.addHistory(new StateChange(ReferralState.ENGAGED, changed));
        if (random.nextBoolean()) {
          b.addHistory(new StateChange(ReferralState.CLOSED, changed.plusDays(random.nextInt(60)))).revision(3);
        } else {
          b.revision(2);
        }
      } else if (fate < 85) {
        b.addHistory(new StateChange(ReferralState.CLOSED, changed)).revision(2);
      } else if (fate < 92) {
        b.addHistory(new StateChange(ReferralState.REJECTED, changed)).revision(2)
            .rejection(RejectionReason.values()[random.nextInt(RejectionReason.values().length)]);
        leftOn = changed;
      } else if (fate < 97) {
        b.addHistory(new StateChange(ReferralState.TRANSFERRED, changed)).revision(2).transferredTo(OTHER_MARAC);
        leftOn = changed;
      } else {
        b.revision(1);
      }
      referrals.add(b.build());
      // the first meeting up to two weeks after receipt
      LocalDate by = on.plusDays(random.nextInt(14));
      int m = (int) Math.floorDiv(by.toEpochDay() - FIRST_MEETING.toEpochDay() + 6, 7);
      if (m < 0 || m >= meetingCount) {
        continue;
      }
      boolean left = leftOn != null && leftOn.isBefore(meetingDay(m));
      if ((left ? random.nextInt(100) < 20 : random.nextInt(100) < 97) && heardCases.get(m).add(caseNo)) {
        heard.get(m).add(new String("V-" + caseNo));
        if (random.nextInt(100) < 1) {
          heard.get(m).add("V-X" + unlinked++);
        }
      }
    }
    List<MaracMeeting> meetings = new ArrayList<>(meetingCount);
    for (int m = 0; m < meetingCount; m++) {
      meetings.add(MaracMeeting.builder().meetingId("MTG-" + m).on(meetingDay(m)).addInvited(Agency.POLICE, Agency.IDVA_SERVICE,
          Agency.CHILDREN_SOCIAL_CARE, Agency.HEALTH).addAllHeard(heard.get(m)).revision(1).build());
    }
    return new SyntheticReturn(List.copyOf(referrals), List.copyOf(meetings));
  }

  private static int pick(Random random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new AssertionError();
  }

  private static OptionalInt children(Random random) {
    int r = random.nextInt(100);
    return r < 15 ? OptionalInt.empty() : r < 50 ? OptionalInt.of(0) : r < 72 ? OptionalInt.of(1) : r < 88 ? OptionalInt.of(2)
        : r < 96 ? OptionalInt.of(3) : OptionalInt.of(4 + random.nextInt(4));
  }

  /** Each answer: not recorded 35%, withheld 8%, else given, the group's share weighted as a MARAC sees it. */
  private static EqualityProfile equality(Random random) {
    return new EqualityProfile(
        answer(random, random.nextInt(100) < 5 ? Gender.MALE : random.nextInt(100) < 1 ? Gender.ANOTHER_GENDER : Gender.FEMALE),
        answer(random, random.nextInt(100) < 75 ? Ethnicity.WHITE_BRITISH
            : Ethnicity.values()[1 + random.nextInt(Ethnicity.values().length - 1)]),
        answer(random, random.nextInt(100) < 90 ? SexualOrientation.HETEROSEXUAL
            : SexualOrientation.values()[1 + random.nextInt(SexualOrientation.values().length - 1)]),
        answer(random, random.nextInt(100) < 20 ? Disability.DISABLED : Disability.NOT_DISABLED),
        answer(random, random.nextInt(100) < 3 ? AgeBand.AGED_16_17 : AgeBand.values()[1 + random.nextInt(AgeBand.values().length - 1)]));
  }

  private static <T extends Enum<T>> EqualityAnswer<T> answer(Random random, T value) {
    int r = random.nextInt(100);
    return r < 35 ? EqualityAnswer.notRecorded() : r < 43 ? EqualityAnswer.preferNotToSay()
        : EqualityAnswer.given(value, LawfulBasis.EQUALITY_MONITORING);
  }
}
