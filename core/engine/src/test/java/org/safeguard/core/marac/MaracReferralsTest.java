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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.safeguard.core.Fixtures;
import org.safeguard.core.MaracReferrals;
import org.safeguard.core.casework.CaseRuleException;
import org.safeguard.core.equality.EqualityAnswer;
import org.safeguard.core.equality.EqualityProfile;
import org.safeguard.core.equality.Ethnicity;
import org.safeguard.core.equality.Gender;
import org.safeguard.core.equality.LawfulBasis;
import org.safeguard.core.equality.SexualOrientation;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * A MARAC's referrals: received, the children and the equality answers recorded, agencies' flags,
 * and the referral engaged and closed, or rejected or transferred before engagement; every change
 * one revision and one event, every refusal naming its field and changing nothing, and the events
 * rebuilding the referral.
 */
class MaracReferralsTest {
  static final LocalDate DAY = LocalDate.of(2026, 5, 11);
  static final EqualityProfile ANSWERS = new EqualityProfile(EqualityAnswer.given(Gender.FEMALE, LawfulBasis.EQUALITY_MONITORING),
      EqualityAnswer.given(Ethnicity.ASIAN, LawfulBasis.EQUALITY_MONITORING),
      EqualityAnswer.given(SexualOrientation.BISEXUAL, LawfulBasis.EXPLICIT_CONSENT), EqualityAnswer.preferNotToSay(),
      EqualityAnswer.notRecorded());
  private final MaracReferrals referrals = Fixtures.engine().maracReferrals();

  private Referral received() {
    return referrals.receive("R-1", "C-1", "MARAC-A", DAY, Agency.POLICE, Set.of(MaracRoute.VISIBLE_HIGH_RISK)).referral();
  }

  private Referral closed() {
    return referrals.close(received(), DAY.plusDays(1)).referral();
  }

  private Referral rejected() {
    return referrals.reject(received(), DAY.plusDays(1), RejectionReason.CRITERIA_NOT_MET).referral();
  }

  private Referral transferred() {
    return referrals.transfer(received(), DAY.plusDays(1), "MARAC-B").referral();
  }

  /** Refused naming the field; the referral passed in is left equal to what it was. */
  private static InvalidInputException refused(Class<? extends InvalidInputException> type, String field, Referral before,
      Referral after, Executable command) {
    InvalidInputException e = assertThrows(type, command);
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(before, after, "a refused command changes nothing");
    return e;
  }

  @Test
  void aReferralIsReceivedRecordedFlaggedEngagedAndClosedOneRevisionAndEventAtATime() {
    ReferralChange receipt = referrals.receive("R-1", "C-1", "MARAC-A", DAY, Agency.POLICE,
        Set.of(MaracRoute.VISIBLE_HIGH_RISK, MaracRoute.REPEAT));
    Referral r = receipt.referral();
    assertEquals(1, r.revision());
    assertEquals(List.of(new StateChange(ReferralState.REFERRED, DAY)), r.history());
    assertEquals(List.of(new ReferralReceived("R-1", 1, DAY, "C-1", "MARAC-A", Agency.POLICE,
        Set.of(MaracRoute.VISIBLE_HIGH_RISK, MaracRoute.REPEAT))), receipt.events());
    assertEquals(OptionalInt.empty(), r.childrenInHousehold());
    assertEquals(EqualityProfile.notRecorded(), r.equality());
    List<ReferralEvent> events = new ArrayList<>(receipt.events());
    List<Function<Referral, ReferralChange>> steps = List.of(
        x -> referrals.recordChildren(x, DAY, 2),
        x -> referrals.flag(x, DAY.plusDays(1), Agency.HOUSING),
        x -> referrals.recordEquality(x, DAY.plusDays(2), ANSWERS),
        x -> referrals.childrenNotKnown(x, DAY.plusDays(2)),
        x -> referrals.recordEngagement(x, DAY.plusDays(5)),
        x -> referrals.flag(x, DAY.plusDays(6), Agency.HEALTH),
        x -> referrals.recordChildren(x, DAY.plusDays(6), 3),
        x -> referrals.close(x, DAY.plusDays(40)));
    for (Function<Referral, ReferralChange> step : steps) {
      ReferralChange change = step.apply(r);
      assertEquals(r.revision() + 1, change.referral().revision());
      assertEquals(1, change.events().size());
      ReferralEvent e = change.events().get(0);
      assertEquals(change.referral().revision(), e.revision());
      assertEquals("R-1", e.referralId());
      assertEquals(e.on(), change.referral().lastChangedOn());
      events.add(e);
      r = change.referral();
    }
    assertEquals(List.of(ReferralReceived.class, ChildrenRecorded.class, CaseFlagged.class, EqualityRecorded.class, ChildrenRecorded.class,
        ReferralEngaged.class, CaseFlagged.class, ChildrenRecorded.class, ReferralClosed.class),
        events.stream().map(Object::getClass).toList());
    assertEquals(List.of(DAY, DAY, DAY.plusDays(1), DAY.plusDays(2), DAY.plusDays(2), DAY.plusDays(5), DAY.plusDays(6), DAY.plusDays(6),
        DAY.plusDays(40)), events.stream().map(ReferralEvent::on).toList());
    assertEquals(9, r.revision());
    assertEquals(ReferralState.CLOSED, r.state());
    assertEquals(List.of(new StateChange(ReferralState.REFERRED, DAY), new StateChange(ReferralState.ENGAGED, DAY.plusDays(5)),
        new StateChange(ReferralState.CLOSED, DAY.plusDays(40))), r.history());
    assertEquals(OptionalInt.of(3), r.childrenInHousehold());
    assertEquals(ANSWERS, r.equality());
    assertEquals(List.of(new Flag(Agency.HOUSING, DAY.plusDays(1)), new Flag(Agency.HEALTH, DAY.plusDays(6))), r.flags());
    assertTrue(r.accepted());
    assertTrue(r.engagedBy(DAY.plusDays(5)));
    assertEquals(r, referrals.replay(events));
    assertEquals(r.hashCode(), referrals.replay(events).hashCode());
  }

  @Test
  void aReferralIsRejectedWithItsReasonOrTransferredToAnotherMaracBeforeTheVictimEngages() {
    ReferralChange rejection = referrals.reject(received(), DAY.plusDays(2), RejectionReason.DUPLICATE);
    assertEquals(ReferralState.REJECTED, rejection.referral().state());
    assertEquals(Optional.of(RejectionReason.DUPLICATE), rejection.referral().rejection());
    assertFalse(rejection.referral().accepted());
    assertEquals(List.of(new ReferralRejected("R-1", 2, DAY.plusDays(2), RejectionReason.DUPLICATE)), rejection.events());
    ReferralChange transfer = referrals.transfer(received(), DAY, "MARAC-B");
    assertEquals(ReferralState.TRANSFERRED, transfer.referral().state());
    assertEquals(Optional.of("MARAC-B"), transfer.referral().transferredTo());
    assertEquals(List.of(new ReferralTransferred("R-1", 2, DAY, "MARAC-B")), transfer.events());
    List<ReferralEvent> events = new ArrayList<>(referrals.receive("R-1", "C-1", "MARAC-A", DAY, Agency.POLICE,
        Set.of(MaracRoute.VISIBLE_HIGH_RISK)).events());
    events.addAll(transfer.events());
    assertEquals(transfer.referral(), referrals.replay(events));
    assertEquals(ReferralState.CLOSED, referrals.close(received(), DAY).referral().state(), "an open referral closes unengaged too");
  }

  @Test
  void childrenAreCountedFromNoneToTheMostAHouseholdIsRecordedWithAndOnlyAChangeIsRecorded() {
    Referral none = referrals.recordChildren(received(), DAY, 0).referral();
    assertEquals(java.util.OptionalInt.of(0), none.childrenInHousehold());
    assertEquals(java.util.OptionalInt.of(Referral.MAX_CHILDREN),
        referrals.recordChildren(received(), DAY, Referral.MAX_CHILDREN).referral().childrenInHousehold());
    Referral open = received();
    refused(InvalidInputException.class, "count", open, received(), () -> referrals.recordChildren(open, DAY, -1));
    refused(InvalidInputException.class, "count", open, received(), () -> referrals.recordChildren(open, DAY, Referral.MAX_CHILDREN + 1));
    refused(CaseRuleException.class, "count", none, none, () -> referrals.recordChildren(none, DAY, 0));
    refused(CaseRuleException.class, "count", open, received(), () -> referrals.childrenNotKnown(open, DAY));
    assertEquals(java.util.OptionalInt.empty(), referrals.childrenNotKnown(none, DAY).referral().childrenInHousehold());
    Referral engaged = referrals.recordEngagement(received(), DAY).referral();
    refused(CaseRuleException.class, "referral.state", engaged, engaged, () -> referrals.reject(engaged, DAY, RejectionReason.OTHER));
    refused(CaseRuleException.class, "referral.state", engaged, engaged, () -> referrals.recordEngagement(engaged, DAY));
  }

  @Test
  void aReplayRefusesAStreamThatIsNotOneReferralsFromItsReceipt() {
    Referral r = received();
    List<ReferralEvent> events = new ArrayList<>(referrals.receive("R-1", "C-1", "MARAC-A", DAY, Agency.POLICE,
        Set.of(MaracRoute.VISIBLE_HIGH_RISK)).events());
    for (Function<Referral, ReferralChange> step : List.<Function<Referral, ReferralChange>>of(
        x -> referrals.flag(x, DAY, Agency.POLICE), x -> referrals.recordChildren(x, DAY.plusDays(1), 1),
        x -> referrals.recordEngagement(x, DAY.plusDays(2)))) {
      ReferralChange change = step.apply(r);
      events.addAll(change.events());
      r = change.referral();
    }
    assertEquals(r, referrals.replay(events));
    assertEquals("events", assertThrows(InvalidInputException.class, () -> referrals.replay(List.of())).field());
    assertEquals("events", assertThrows(InvalidInputException.class, () -> referrals.replay(events.subList(1, 3))).field(),
        "no receipt first");
    List<ReferralEvent> receiptLater = List.of(new ReferralReceived("R-1", 2, DAY, "C-1", "MARAC-A", Agency.POLICE,
        Set.of(MaracRoute.REPEAT)));
    assertEquals("events", assertThrows(InvalidInputException.class, () -> referrals.replay(receiptLater)).field(), "revision 1");
    List<ReferralEvent> skipped = List.of(events.get(0), events.get(2));
    assertEquals("events.revision", assertThrows(InvalidInputException.class, () -> referrals.replay(skipped)).field());
    List<ReferralEvent> mixed = List.of(events.get(0), events.get(1), new ChildrenRecorded("R-2", 3, DAY, OptionalInt.of(1)));
    assertEquals("events.referralId", assertThrows(InvalidInputException.class, () -> referrals.replay(mixed)).field());
    List<ReferralEvent> twice = List.of(events.get(0), new ReferralReceived("R-1", 2, DAY, "C-1", "MARAC-A", Agency.POLICE,
        Set.of(MaracRoute.REPEAT)));
    assertEquals("events", assertThrows(InvalidInputException.class, () -> referrals.replay(twice)).field(), "a second receipt");
    List<ReferralEvent> early = List.of(events.get(0), new ReferralEngaged("R-1", 2, DAY.minusDays(1)));
    assertEquals("on", assertThrows(CaseRuleException.class, () -> referrals.replay(early)).field(), "the rules are checked again");
    List<ReferralEvent> afterClosing = List.of(events.get(0), new ReferralClosed("R-1", 2, DAY), new CaseFlagged("R-1", 3, DAY,
        Agency.HEALTH));
    assertEquals("referral.state", assertThrows(CaseRuleException.class, () -> referrals.replay(afterClosing)).field());
  }

  @Test
  void whatAReferralCannotRecordIsRefusedNamingTheFieldAndChangesNothing() {
    Referral r = referrals.flag(referrals.recordChildren(received(), DAY.plusDays(3), 2).referral(), DAY.plusDays(3), Agency.POLICE)
        .referral();
    Referral before = referrals.flag(referrals.recordChildren(received(), DAY.plusDays(3), 2).referral(), DAY.plusDays(3),
        Agency.POLICE).referral();
    Class<CaseRuleException> rule = CaseRuleException.class;
    Class<InvalidInputException> input = InvalidInputException.class;
    LocalDate early = DAY.plusDays(2);
    LocalDate later = DAY.plusDays(4);
    refused(rule, "on", before, r, () -> referrals.recordChildren(r, early, 1));
    refused(rule, "on", before, r, () -> referrals.childrenNotKnown(r, early));
    refused(rule, "on", before, r, () -> referrals.recordEquality(r, early, ANSWERS));
    refused(rule, "on", before, r, () -> referrals.flag(r, early, Agency.HEALTH));
    refused(rule, "on", before, r, () -> referrals.recordEngagement(r, early));
    refused(rule, "on", before, r, () -> referrals.close(r, early));
    refused(rule, "on", before, r, () -> referrals.reject(r, early, RejectionReason.OTHER));
    refused(rule, "on", before, r, () -> referrals.transfer(r, early, "MARAC-B"));
    refused(input, "on", before, r, () -> referrals.close(r, LocalDate.of(2200, 1, 1)));
    refused(input, "count", before, r, () -> referrals.recordChildren(r, later, -1));
    refused(input, "count", before, r, () -> referrals.recordChildren(r, later, Referral.MAX_CHILDREN + 1));
    refused(rule, "count", before, r, () -> referrals.recordChildren(r, later, 2));
    Referral fresh = received();
    refused(rule, "count", received(), fresh, () -> referrals.childrenNotKnown(fresh, later));
    refused(rule, "agency", before, r, () -> referrals.flag(r, later, Agency.POLICE));
    refused(rule, "toMaracId", before, r, () -> referrals.transfer(r, later, "MARAC-A"));
    refused(input, "toMaracId", before, r, () -> referrals.transfer(r, later, "MARAC B"));
    refused(MissingValueException.class, "reason", before, r, () -> referrals.reject(r, later, null));
    Referral withAnswers = referrals.recordEquality(r, later, ANSWERS).referral();
    InvalidInputException same = refused(rule, "profile", referrals.recordEquality(before, later, ANSWERS).referral(), withAnswers,
        () -> referrals.recordEquality(withAnswers, later, ANSWERS));
    assertFalse(same.getMessage().contains("ASIAN") || same.value().contains("ASIAN"), "no refusal carries an answer");
    Referral engaged = referrals.recordEngagement(r, later).referral();
    Referral engagedBefore = referrals.recordEngagement(before, later).referral();
    refused(rule, "referral.state", engagedBefore, engaged, () -> referrals.recordEngagement(engaged, later));
    refused(rule, "referral.state", engagedBefore, engaged, () -> referrals.reject(engaged, later, RejectionReason.OTHER));
    refused(rule, "referral.state", engagedBefore, engaged, () -> referrals.transfer(engaged, later, "MARAC-B"));
    assertEquals(ReferralState.CLOSED, referrals.close(engaged, later).referral().state());
    assertEquals("referralId", assertThrows(input, () -> referrals.receive("R 1", "C-1", "MARAC-A", DAY, Agency.POLICE,
        Set.of(MaracRoute.REPEAT))).field());
    assertEquals("caseId", assertThrows(input, () -> referrals.receive("R-1", "C/1", "MARAC-A", DAY, Agency.POLICE,
        Set.of(MaracRoute.REPEAT))).field());
    assertEquals("maracId", assertThrows(input, () -> referrals.receive("R-1", "C-1", "", DAY, Agency.POLICE,
        Set.of(MaracRoute.REPEAT))).field());
    assertEquals("on", assertThrows(input, () -> referrals.receive("R-1", "C-1", "MARAC-A", LocalDate.of(1899, 1, 1), Agency.POLICE,
        Set.of(MaracRoute.REPEAT))).field());
    assertEquals("routes", assertThrows(input, () -> referrals.receive("R-1", "C-1", "MARAC-A", DAY, Agency.POLICE, Set.of())).field());
  }

  @Test
  void aClosedRejectedOrTransferredReferralRefusesEveryCommandNamingTheRule() {
    for (Map.Entry<String, Referral> terminal : Map.of("closed", closed(), "rejected", rejected(), "transferred", transferred())
        .entrySet()) {
      Referral r = terminal.getValue();
      Referral before = Map.of("closed", closed(), "rejected", rejected(), "transferred", transferred()).get(terminal.getKey());
      LocalDate later = DAY.plusDays(5);
      List<Executable> commands = List.of(
          () -> referrals.recordChildren(r, later, 1),
          () -> referrals.childrenNotKnown(r, later),
          () -> referrals.recordEquality(r, later, ANSWERS),
          () -> referrals.flag(r, later, Agency.HEALTH),
          () -> referrals.recordEngagement(r, later),
          () -> referrals.close(r, later),
          () -> referrals.reject(r, later, RejectionReason.OTHER),
          () -> referrals.transfer(r, later, "MARAC-C"));
      for (Executable command : commands) {
        InvalidInputException e = refused(CaseRuleException.class, "referral.state", before, r, command);
        assertTrue(e.rule().contains("never changes again"), terminal.getKey() + ": " + e.rule());
        assertEquals(r.state().name(), e.value());
        assertFalse(e.getMessage().contains("ASIAN") || e.getMessage().contains("BISEXUAL"), e.getMessage());
      }
    }
  }
}
