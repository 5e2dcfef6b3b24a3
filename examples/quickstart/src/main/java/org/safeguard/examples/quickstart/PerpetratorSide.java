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
package org.safeguard.examples.quickstart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.safeguard.core.PerpetratorWork;
import org.safeguard.core.Safeguard;
import org.safeguard.core.perpetrator.EngagementLevel;
import org.safeguard.core.perpetrator.ExitReason;
import org.safeguard.core.perpetrator.LivingArrangement;
import org.safeguard.core.perpetrator.PerpetratorCase;
import org.safeguard.core.perpetrator.Relationship;
import org.safeguard.core.perpetrator.VictimLink;

/**
 * The perpetrator side beside the victim side: for each sample case the MARAC screen referred, a
 * Drive-style perpetrator case linked to it, worked through allocation, the contact-safety gate,
 * contact, engagement and closure. The journeys are synthetic, drawn with a fixed seed; the shares
 * they are drawn with are the Drive evaluation's (2020) where it gives one (of those given direct
 * work, 54% engaged, 15% partially and 31% not), and plainly invented where it does not (how often
 * contact is judged unsafe or fails, early exits).
 */
final class PerpetratorSide {
  static final long SEED = 2020;
  private static final int CASE_MANAGERS = 3;

  private PerpetratorSide() {}

  /** The perpetrator cases for the referred sample cases, each closed, in the order of the cases. */
  static List<PerpetratorCase> work(Safeguard safeguard, List<ScreenedCase> screened, LocalDate referredOn) {
    PerpetratorWork work = safeguard.perpetratorWork();
    Random random = new Random(SEED);
    List<PerpetratorCase> cases = new ArrayList<>();
    for (ScreenedCase s : screened) {
      if (!s.decision().referToMarac()) {
        continue;
      }
      Relationship relationship = random.nextInt(3) == 0 ? Relationship.CURRENT_PARTNER : Relationship.EX_PARTNER;
      LivingArrangement living = relationship == Relationship.CURRENT_PARTNER && random.nextBoolean()
          ? LivingArrangement.LIVING_TOGETHER : LivingArrangement.LIVING_APART;
      PerpetratorCase c = work.refer("P-" + s.caseId(), new VictimLink(s.caseId(), true, relationship, living, referredOn)).perpetratorCase();
      c = work.allocate(c, "cm-" + (1 + random.nextInt(CASE_MANAGERS)), referredOn.plusDays(2 + random.nextInt(10))).perpetratorCase();
      LocalDate researched = c.allocation().orElseThrow().on().plusDays(7 + random.nextInt(14));
      boolean safe = random.nextInt(10) != 0;
      c = work.judgeContactSafety(c, researched, safe).perpetratorCase();
      LocalDate closing = referredOn.plusMonths(10);
      if (safe) {
        boolean made = random.nextInt(4) != 0;
        LocalDate tried = researched.plusDays(1 + random.nextInt(7));
        c = work.attemptContact(c, tried, made).perpetratorCase();
        if (made) {
          int draw = random.nextInt(100);
          EngagementLevel level = draw < 54 ? EngagementLevel.ENGAGED : draw < 69 ? EngagementLevel.PARTIALLY_ENGAGED
              : EngagementLevel.NOT_ENGAGED;
          c = work.recordEngagement(c, tried.plusDays(30), level).perpetratorCase();
          if (level != EngagementLevel.NOT_ENGAGED && random.nextInt(3) == 0) {
            c = work.stepDown(c, closing).perpetratorCase();
            closing = c.stepDown().orElseThrow().until();
          }
        } else {
          c = work.recordEngagement(c, tried.plusDays(30), EngagementLevel.NO_CONTACT_MADE).perpetratorCase();
        }
      }
      ExitReason reason = random.nextInt(20) == 0 ? ExitReason.MOVED_AWAY : ExitReason.COMPLETED;
      cases.add(work.close(c, reason.early() ? closing.minusMonths(4) : closing, reason).perpetratorCase());
    }
    return cases;
  }

  /** The section of the summary: how many cases, the contact gate and engagement at closure. */
  static String render(List<PerpetratorCase> cases) {
    String nl = System.lineSeparator();
    int unsafe = 0;
    int contacted = 0;
    int steppedDown = 0;
    int early = 0;
    Map<EngagementLevel, Integer> atClosure = new EnumMap<>(EngagementLevel.class);
    for (PerpetratorCase c : cases) {
      LocalDate closed = c.closure().orElseThrow().on();
      unsafe += c.safetyJudgements().stream().anyMatch(j -> !j.safe()) ? 1 : 0;
      contacted += c.contactMadeBy(closed) ? 1 : 0;
      steppedDown += c.stepDown().isPresent() ? 1 : 0;
      early += c.closure().orElseThrow().reason().early() ? 1 : 0;
      atClosure.merge(c.engagementOn(closed), 1, Integer::sum);
    }
    StringBuilder out = new StringBuilder(nl).append("Perpetrator side: ").append(cases.size())
        .append(" Drive-style perpetrator cases, one for each sample case referred to MARAC, linked to its victim's case (synthetic"
            + " journeys, seed ").append(SEED).append(")").append(nl)
        .append("  contact judged unsafe after background research, so never attempted: ").append(unsafe).append(nl)
        .append("  contact made: ").append(contacted).append(nl)
        .append("  engagement at closure:");
    for (EngagementLevel level : EngagementLevel.values()) {
      out.append(' ').append(level.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(' ')
          .append(atClosure.getOrDefault(level, 0)).append(level.ordinal() < EngagementLevel.values().length - 1 ? "," : "");
    }
    return out.append(nl).append("  stepped down to check-ins: ").append(steppedDown).append("; closed early: ").append(early)
        .append("; every case closed, with or without contact").append(nl).toString();
  }
}
