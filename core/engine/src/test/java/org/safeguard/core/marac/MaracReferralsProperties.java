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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.safeguard.core.Fixtures;
import org.safeguard.core.MaracReferrals;
import org.safeguard.core.equality.AgeBand;
import org.safeguard.core.equality.Disability;
import org.safeguard.core.equality.EqualityAnswer;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.core.equality.Ethnicity;
import org.safeguard.core.equality.Gender;
import org.safeguard.core.equality.LawfulBasis;
import org.safeguard.core.equality.SexualOrientation;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;

/**
 * Random command sequences over a referral: a command is accepted whole (one revision more, one
 * event of it, carrying the referral's id, the revision and the day given) or refused naming one
 * of its fields; after every step the events so far rebuild the referral; the history keeps the
 * state machine with its days in order; and once closed, rejected or transferred the referral
 * refuses everything.
 */
class MaracReferralsProperties {
  private static final MaracReferrals REFERRALS = Fixtures.engine().maracReferrals();
  private static final LocalDate DAY = MaracReferralsTest.DAY;
  private static final List<Agency> SOME = List.of(Agency.POLICE, Agency.IDVA_SERVICE, Agency.HOUSING, Agency.HEALTH);
  /** The fields a refusal may name: the commands' parameters and the referral's state. */
  private static final Set<String> FIELDS = Set.of("on", "count", "profile", "agency", "toMaracId", "referral.state");
  /** Answer values that must never reach a refusal: names no other enum here shares. */
  private static final List<String> ANSWER_NAMES = List.of("ASIAN", "BISEXUAL", "GAY_OR_LESBIAN", "WHITE_BRITISH", "FEMALE",
      "ANOTHER_GENDER", "NOT_DISABLED", "AGED_");
  /** Where each state may go next; the terminal states go nowhere. */
  private static final Map<ReferralState, Set<ReferralState>> MOVES = Map.of(
      ReferralState.REFERRED, EnumSet.of(ReferralState.ENGAGED, ReferralState.CLOSED, ReferralState.REJECTED, ReferralState.TRANSFERRED),
      ReferralState.ENGAGED, EnumSet.of(ReferralState.CLOSED),
      ReferralState.CLOSED, EnumSet.noneOf(ReferralState.class),
      ReferralState.REJECTED, EnumSet.noneOf(ReferralState.class),
      ReferralState.TRANSFERRED, EnumSet.noneOf(ReferralState.class));

  /** A command, dated some days after (or before) the referral's last change. */
  record Step(String name, int days, BiFunction<Referral, LocalDate, ReferralChange> command) {
    ReferralChange apply(Referral r) {
      return command.apply(r, day(r));
    }

    LocalDate day(Referral r) {
      return r.lastChangedOn().plusDays(days);
    }

    @Override
    public String toString() {
      return name + " +" + days;
    }
  }

  private static <T extends Enum<T>> Arbitrary<EqualityAnswer<T>> answers(Class<T> values) {
    return Arbitraries.oneOf(Arbitraries.just(EqualityAnswer.<T>notRecorded()), Arbitraries.just(EqualityAnswer.<T>preferNotToSay()),
        Combinators.combine(Arbitraries.of(values), Arbitraries.of(LawfulBasis.class)).as(EqualityAnswer::given));
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> days = Arbitraries.integers().between(-2, 6);
    Arbitrary<EqualityProfile> profiles = Combinators.combine(answers(Gender.class), answers(Ethnicity.class),
        answers(SexualOrientation.class), answers(Disability.class), answers(AgeBand.class)).as(EqualityProfile::new);
    Arbitrary<Step> children = Combinators.combine(Arbitraries.integers().between(-1, Referral.MAX_CHILDREN + 1), days)
        .as((n, d) -> new Step("children " + n, d, (r, on) -> REFERRALS.recordChildren(r, on, n)));
    Arbitrary<Step> notKnown = days.map(d -> new Step("children not known", d, REFERRALS::childrenNotKnown));
    Arbitrary<Step> equality = Combinators.combine(profiles, days)
        .as((p, d) -> new Step("equality " + p, d, (r, on) -> REFERRALS.recordEquality(r, on, p)));
    Arbitrary<Step> flag = Combinators.combine(Arbitraries.of(SOME), days)
        .as((a, d) -> new Step("flag " + a, d, (r, on) -> REFERRALS.flag(r, on, a)));
    Arbitrary<Step> engage = days.map(d -> new Step("engage", d, REFERRALS::recordEngagement));
    Arbitrary<Step> close = days.map(d -> new Step("close", d, REFERRALS::close));
    Arbitrary<Step> reject = Combinators.combine(Arbitraries.of(RejectionReason.class), days)
        .as((why, d) -> new Step("reject " + why, d, (r, on) -> REFERRALS.reject(r, on, why)));
    Arbitrary<Step> transfer = Combinators.combine(Arbitraries.of("MARAC-A", "MARAC-B", "MARAC C"), days)
        .as((to, d) -> new Step("transfer " + to, d, (r, on) -> REFERRALS.transfer(r, on, to)));
    return Arbitraries.frequencyOf(Tuple.of(5, children), Tuple.of(2, notKnown), Tuple.of(4, equality), Tuple.of(4, flag),
        Tuple.of(3, engage), Tuple.of(1, close), Tuple.of(1, reject), Tuple.of(1, transfer)).list().ofMaxSize(30);
  }

  @Property(tries = 500)
  void aCommandIsAcceptedWholeOrRefusedByNameAndTheEventsAlwaysRebuildTheReferral(@ForAll("steps") List<Step> steps) {
    ReferralChange receipt = REFERRALS.receive("R-1", "C-1", "MARAC-A", DAY, Agency.POLICE, Set.of(MaracRoute.REPEAT));
    Referral r = receipt.referral();
    List<ReferralEvent> events = new ArrayList<>(receipt.events());
    for (Step step : steps) {
      ReferralChange change;
      try {
        change = step.apply(r);
      } catch (InvalidInputException refused) {
        assertTrue(FIELDS.contains(refused.field()), "a refusal names a field of the command: " + refused.getMessage() + " " + steps);
        for (String answer : ANSWER_NAMES) {
          assertFalse(refused.getMessage().contains(answer) || refused.value().contains(answer), "no refusal carries an answer");
        }
        continue; // the snapshot is immutable: a refusal cannot have changed it
      }
      assertTrue(r.state().open(), "a closed, rejected or transferred referral accepts nothing: " + steps);
      Referral next = change.referral();
      assertEquals(r.revision() + 1, next.revision(), step.name());
      assertEquals(1, change.events().size());
      ReferralEvent e = change.events().get(0);
      assertEquals(List.of(r.referralId(), next.revision(), step.day(r)), List.of(e.referralId(), e.revision(), e.on()));
      assertFalse(e.on().isBefore(events.get(events.size() - 1).on()), "the days of the changes never run backwards: " + steps);
      assertEquals(e.on(), next.lastChangedOn());
      assertEquals(List.of(r.referralId(), r.caseId(), r.maracId(), r.receivedOn(), r.referredBy(), r.routes()),
          List.of(next.referralId(), next.caseId(), next.maracId(), next.receivedOn(), next.referredBy(), next.routes()),
          "a change never touches what came with the receipt");
      r = next;
      events.add(e);
      assertEquals(r, REFERRALS.replay(events), "the events so far rebuild the referral: " + steps);
      keepsTheStateMachine(r, steps);
    }
  }

  private static void keepsTheStateMachine(Referral r, List<Step> steps) {
    List<StateChange> history = r.history();
    assertEquals(new StateChange(ReferralState.REFERRED, r.receivedOn()), history.get(0));
    for (int i = 1; i < history.size(); i++) {
      StateChange before = history.get(i - 1);
      StateChange next = history.get(i);
      if (!MOVES.get(before.state()).contains(next.state())) {
        fail("a referral " + before.state() + " cannot become " + next.state() + ": " + steps);
      }
      assertFalse(next.on().isBefore(before.on()), "history days in order: " + steps);
    }
    assertEquals(r.state() == ReferralState.REJECTED, r.rejection().isPresent());
    assertEquals(r.state() == ReferralState.TRANSFERRED, r.transferredTo().isPresent());
    assertFalse(r.transferredTo().map(r.maracId()::equals).orElse(false));
    for (Flag flag : r.flags()) {
      assertFalse(flag.on().isAfter(r.lastChangedOn()));
    }
    assertEquals(r.flags().size(), r.flags().stream().map(Flag::agency).distinct().count(), "an agency flags once");
  }
}
