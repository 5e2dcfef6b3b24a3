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
package org.safeguard.plugins.reporthtml;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.safeguard.core.equality.EqualityAnswer;
import org.safeguard.core.equality.EqualityGroup;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.core.equality.Gender;
import org.safeguard.core.equality.LawfulBasis;
import org.safeguard.core.equality.PopulationShare;
import org.safeguard.core.export.ExportProfile;
import org.safeguard.core.export.ExportSession;
import org.safeguard.core.marac.ExpectedRange;
import org.safeguard.core.marac.ExpectedRanges;
import org.safeguard.core.marac.MaracMeeting;
import org.safeguard.core.marac.MaracReturn;
import org.safeguard.core.marac.MaracRoute;
import org.safeguard.core.marac.Referral;
import org.safeguard.core.marac.ReferralState;
import org.safeguard.core.marac.RejectionReason;
import org.safeguard.core.marac.ReturnFigure;
import org.safeguard.core.marac.StateChange;
import org.safeguard.model.Agency;

/** MARAC returns over generated referrals and meetings, and pages of them made through the engine. */
final class Returns {
  private Returns() {}

  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 3, 31);
  static final Map<EqualityGroup, PopulationShare> POPULATION = Map.of(EqualityGroup.MALE, PopulationShare.between("4", "6"),
      EqualityGroup.MINORITY_ETHNIC, PopulationShare.of("14.8"));
  static final ExpectedRanges EXPECTED = ExpectedRanges.of(Map.of(ReturnFigure.REPEAT_RATE, ExpectedRange.parse("28..40"),
      ReturnFigure.PER_TEN_THOUSAND, ExpectedRange.parse("40.."), ReturnFigure.ENGAGEMENT, ExpectedRange.parse("60..90")));

  /**
   * A MARAC's return over {@code n} referrals, received in the period's first half, most of their
   * cases heard at one of four meetings; police and IDVA services refer most, other agencies a few.
   */
  static MaracReturn of(long seed, int n) {
    Random random = new Random(seed);
    List<Referral> referrals = new ArrayList<>();
    List<List<String>> heard = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Agency[] agencies = Agency.values();
    for (int i = 0; i < n; i++) {
      LocalDate on = FROM.plusDays(random.nextInt(40));
      int pick = random.nextInt(10);
      Agency agency = pick < 5 ? Agency.POLICE : pick < 8 ? Agency.IDVA_SERVICE : agencies[random.nextInt(agencies.length)];
      int gender = random.nextInt(10);
      EqualityAnswer<Gender> answer = gender == 0 ? EqualityAnswer.notRecorded() : gender == 1 ? EqualityAnswer.preferNotToSay()
          : EqualityAnswer.given(gender < 3 ? Gender.MALE : Gender.FEMALE, LawfulBasis.EQUALITY_MONITORING);
      Referral.Builder b = Referral.builder().referralId("R" + i).caseId("V" + i).maracId("M-1").receivedOn(on).referredBy(agency)
          .addRoutes(random.nextInt(4) == 0 ? MaracRoute.REPEAT : MaracRoute.VISIBLE_HIGH_RISK)
          .childrenInHousehold(random.nextInt(5) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(4)))
          .equality(new EqualityProfile(answer, EqualityAnswer.notRecorded(), EqualityAnswer.notRecorded(), EqualityAnswer.notRecorded(),
              EqualityAnswer.notRecorded()))
          .addHistory(new StateChange(ReferralState.REFERRED, on));
      int fate = random.nextInt(20);
      if (fate < 10) {
        b.addHistory(new StateChange(ReferralState.ENGAGED, on.plusDays(3))).revision(2);
      } else if (fate < 12) {
        b.addHistory(new StateChange(ReferralState.REJECTED, on.plusDays(3))).rejection(RejectionReason.OTHER).revision(2);
      } else if (fate < 13) {
        b.addHistory(new StateChange(ReferralState.TRANSFERRED, on.plusDays(3))).transferredTo("M-2").revision(2);
      } else {
        b.revision(1);
      }
      referrals.add(b.build());
      if (fate < 10 || fate >= 13) {
        heard.get(2 + random.nextInt(2)).add("V" + i);
      }
    }
    heard.get(3).add("V-unlinked");
    List<MaracMeeting> meetings = new ArrayList<>();
    for (int m = 0; m < heard.size(); m++) {
      meetings.add(MaracMeeting.builder().meetingId("MT" + m).on(FROM.plusDays(20L * m + 5)).addInvited(Agency.POLICE)
          .addAllHeard(heard.get(m)).revision(1).build());
    }
    return MaracReturn.of("M-1", 60_000, FROM, TO, referrals, meetings);
  }

  /** A page of these returns, exported under the profile. */
  static byte[] page(ExportProfile profile, MaracReturn... returns) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportSession session = Pages.ENGINE.export(HtmlReportExporter.ID, profile, out)) {
      for (MaracReturn r : returns) {
        session.write(r, EXPECTED, POPULATION);
      }
    }
    return out.toByteArray();
  }
}
