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
package org.safeguard.core.perpetrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.safeguard.core.PerpetratorWork;
import org.safeguard.core.casework.CaseRuleException;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;

/**
 * The perpetrator side's lifecycle, after the Drive evaluation (2019): referral from MARAC with the
 * primary victim, allocation, a contact-safety judgement before any contact, contact attempts,
 * engagement (engaged, partially engaged, not engaged, no contact made), a six-month step-down and
 * closure or an early exit; a case with no contact made still runs and closes.
 */
class PerpetratorWorkTest {
  static final LocalDate REFERRED = LocalDate.of(2026, 2, 2);
  static final VictimLink PRIMARY = VictimLink.primary("V-1001", Relationship.EX_PARTNER, LivingArrangement.LIVING_APART, REFERRED);
  static final VictimLink SECOND = VictimLink.additional("V-2002", Relationship.CURRENT_PARTNER, LivingArrangement.LIVING_TOGETHER,
      REFERRED.plusDays(1));
  private final PerpetratorWork work = org.safeguard.core.Fixtures.engine().perpetratorWork();

  static LocalDate day(int offset) {
    return REFERRED.plusDays(offset);
  }

  private PerpetratorCase allocated() {
    PerpetratorCase c = work.refer("P-1", PRIMARY).perpetratorCase();
    return work.allocate(c, "cm-7", day(3)).perpetratorCase();
  }

  @Test
  void aCaseRunsFromReferralThroughContactAndEngagementToClosureOneRevisionAndEventAtATime() {
    List<PerpetratorEvent> events = new ArrayList<>();
    PerpetratorChange referred = work.refer("P-1", PRIMARY);
    events.addAll(referred.events());
    PerpetratorCase c = referred.perpetratorCase();
    assertEquals(1, c.revision());
    assertEquals(PRIMARY, c.primaryVictim());
    List<Supplier<PerpetratorChange>> steps = new ArrayList<>();
    PerpetratorCase[] at = {c};
    steps.add(() -> work.linkVictim(at[0], SECOND));
    steps.add(() -> work.allocate(at[0], "cm-7", day(3)));
    steps.add(() -> work.judgeContactSafety(at[0], day(10), true));
    steps.add(() -> work.attemptContact(at[0], day(12), false));
    steps.add(() -> work.recordEngagement(at[0], day(13), EngagementLevel.NO_CONTACT_MADE));
    steps.add(() -> work.attemptContact(at[0], day(20), true));
    steps.add(() -> work.recordEngagement(at[0], day(40), EngagementLevel.PARTIALLY_ENGAGED));
    steps.add(() -> work.recordEngagement(at[0], day(120), EngagementLevel.ENGAGED));
    steps.add(() -> work.stepDown(at[0], day(300)));
    steps.add(() -> work.close(at[0], day(490), ExitReason.COMPLETED));
    for (Supplier<PerpetratorChange> step : steps) {
      PerpetratorChange change = step.get();
      assertEquals(at[0].revision() + 1, change.perpetratorCase().revision());
      assertEquals(1, change.events().size());
      assertEquals(change.perpetratorCase().revision(), change.events().get(0).revision());
      assertEquals("P-1", change.events().get(0).caseId());
      events.addAll(change.events());
      at[0] = change.perpetratorCase();
    }
    c = at[0];
    assertEquals(List.of(PRIMARY, SECOND), c.victims());
    assertEquals(Optional.of(new Allocation("cm-7", day(3))), c.allocation());
    assertEquals(EngagementLevel.NO_CONTACT_MADE, c.engagementOn(day(19)));
    assertEquals(EngagementLevel.NOT_ENGAGED, c.engagementOn(day(20)), "contact made, engagement not yet recorded");
    assertEquals(EngagementLevel.PARTIALLY_ENGAGED, c.engagementOn(day(119)));
    assertEquals(EngagementLevel.ENGAGED, c.engagementOn(day(400)));
    assertFalse(c.contactMadeBy(day(19)));
    assertTrue(c.contactMadeBy(day(20)));
    assertEquals(Optional.of(new StepDown(day(300), day(300).plusMonths(6))), c.stepDown());
    assertEquals(Optional.of(new PerpetratorClosure(day(490), ExitReason.COMPLETED)), c.closure());
    assertTrue(c.closed());
    assertEquals(11, c.revision());
    List<Class<?>> kinds = new ArrayList<>();
    for (PerpetratorEvent e : events) {
      kinds.add(e.getClass());
    }
    assertEquals(List.of(PerpetratorReferred.class, VictimLinked.class, CaseManagerAllocated.class, ContactSafetyJudged.class,
        ContactAttempted.class, EngagementRecorded.class, ContactAttempted.class, EngagementRecorded.class, EngagementRecorded.class,
        SteppedDown.class, PerpetratorCaseClosed.class), kinds);
    assertEquals(List.of(REFERRED, day(1), day(3), day(10), day(12), day(13), day(20), day(40), day(120), day(300), day(490)),
        events.stream().map(PerpetratorEvent::on).toList());
  }

  /** The named judgements and attempts are the flag forms' values, and the commands given either agree. */
  @Test
  void namedJudgementsAndAttemptsAreWhatTheFlagsSay() {
    assertEquals(new ContactSafety(day(5), true), ContactSafety.judgedSafe(day(5)));
    assertEquals(new ContactSafety(day(5), false), ContactSafety.judgedUnsafe(day(5)));
    assertEquals(new ContactAttempt(day(6), true), ContactAttempt.succeeded(day(6)));
    assertEquals(new ContactAttempt(day(6), false), ContactAttempt.failed(day(6)));
    PerpetratorCase judged = work.judgeContactSafety(allocated(), ContactSafety.judgedSafe(day(5))).perpetratorCase();
    assertEquals(work.judgeContactSafety(allocated(), day(5), true).perpetratorCase(), judged);
    assertEquals(work.attemptContact(judged, day(6), false), work.attemptContact(judged, ContactAttempt.failed(day(6))));
    assertEquals("contactAttempt.on", assertThrows(CaseRuleException.class,
        () -> work.attemptContact(work.judgeContactSafety(allocated(), ContactSafety.judgedUnsafe(day(5))).perpetratorCase(),
            ContactAttempt.succeeded(day(6)))).field(), "no attempt while contact is judged unsafe");
    // the flag forms refuse a missing case first, as they did before they took the value forms' path
    assertEquals("perpetratorCase", assertThrows(MissingValueException.class, () -> work.judgeContactSafety(null, null, true)).field());
    assertEquals("perpetratorCase", assertThrows(MissingValueException.class, () -> work.attemptContact(null, null, true)).field());
  }

  /** Drive ran a case for its full period even with no contact: indirect work goes on, and it closes as completed. */
  @Test
  void aCaseWithNoContactMadeStaysOpenUntilItClosesLikeAnyOther() {
    PerpetratorCase c = work.judgeContactSafety(allocated(), day(5), false).perpetratorCase();
    c = work.recordEngagement(c, day(100), EngagementLevel.NO_CONTACT_MADE).perpetratorCase();
    assertFalse(c.closed());
    assertEquals(EngagementLevel.NO_CONTACT_MADE, c.engagementOn(day(300)));
    c = work.close(c, day(320), ExitReason.COMPLETED).perpetratorCase();
    assertEquals(ExitReason.COMPLETED, c.closure().orElseThrow().reason());
    assertFalse(ExitReason.COMPLETED.early());
    assertTrue(ExitReason.IN_CUSTODY.early());
  }

  @Test
  void contactIsNotAttemptedWithoutAJudgementThatItIsSafe() {
    PerpetratorCase c = allocated();
    PerpetratorCase none = c;
    CaseRuleException unjudged = assertThrows(CaseRuleException.class, () -> work.attemptContact(none, day(6), true));
    assertEquals("contactAttempt.on", unjudged.field());
    assertTrue(unjudged.getMessage().contains("no contact-safety judgement"), unjudged.getMessage());
    PerpetratorCase unsafe = work.judgeContactSafety(c, day(5), false).perpetratorCase();
    CaseRuleException refused = assertThrows(CaseRuleException.class, () -> work.attemptContact(unsafe, day(6), true));
    assertTrue(refused.getMessage().contains("judged unsafe on " + day(5)), refused.getMessage());
    PerpetratorCase safeLater = work.judgeContactSafety(unsafe, day(30), true).perpetratorCase();
    assertThrows(CaseRuleException.class, () -> work.attemptContact(safeLater, day(29), true), "before the safe judgement, still unsafe");
    assertEquals(1, work.attemptContact(safeLater, day(30), true).perpetratorCase().contactAttempts().size());
    PerpetratorCase attempted = work.attemptContact(safeLater, day(31), true).perpetratorCase();
    assertEquals("contactSafety.on", assertThrows(CaseRuleException.class,
        () -> work.judgeContactSafety(attempted, day(30), false)).field(), "a judgement does not go back before an attempt it would gate");
    assertEquals("contactSafety.on", assertThrows(CaseRuleException.class,
        () -> work.judgeContactSafety(attempted, day(31), false)).field(), "nor onto its day, where it would be the one in force");
    PerpetratorCase unsafeAgain = work.judgeContactSafety(attempted, day(50), false).perpetratorCase();
    assertTrue(unsafeAgain.safetyOn(day(31)).orElseThrow().safe(), "the attempt's day keeps the judgement it was made under");
    assertEquals("contactAttempt.on", assertThrows(CaseRuleException.class, () -> work.attemptContact(unsafeAgain, day(50), true)).field());
  }

  @Test
  void engagementAgreesWithTheContactMadeByItsDay() {
    PerpetratorCase c = work.judgeContactSafety(allocated(), day(5), true).perpetratorCase();
    PerpetratorCase before = c;
    assertEquals("engagement.level", assertThrows(CaseRuleException.class,
        () -> work.recordEngagement(before, day(6), EngagementLevel.ENGAGED)).field());
    PerpetratorCase none = work.recordEngagement(c, day(20), EngagementLevel.NO_CONTACT_MADE).perpetratorCase();
    assertEquals("contactAttempt.on", assertThrows(CaseRuleException.class, () -> work.attemptContact(none, day(15), true)).field(),
        "contact made on day 15 would contradict day 20's record of none");
    assertEquals(none.revision() + 1, work.attemptContact(none, day(15), false).perpetratorCase().revision(), "an attempt that made none fits");
    PerpetratorCase contacted = work.attemptContact(none, day(21), true).perpetratorCase();
    assertEquals("engagement.level", assertThrows(CaseRuleException.class,
        () -> work.recordEngagement(contacted, day(22), EngagementLevel.NO_CONTACT_MADE)).field());
    assertEquals(EngagementLevel.NOT_ENGAGED,
        work.recordEngagement(contacted, day(22), EngagementLevel.NOT_ENGAGED).perpetratorCase().engagementOn(day(22)));
  }

  @Test
  void theCaseRulesRefuseNamingTheFieldAndTheValue() {
    VictimLink notPrimary = SECOND;
    assertEquals("primaryVictim.primary", assertThrows(CaseRuleException.class, () -> work.refer("P-1", notPrimary)).field());
    assertEquals("caseId", assertThrows(InvalidInputException.class, () -> work.refer("P 1", PRIMARY)).field());
    PerpetratorCase c = work.refer("P-1", PRIMARY).perpetratorCase();
    CaseRuleException second = assertThrows(CaseRuleException.class,
        () -> work.linkVictim(c, VictimLink.primary("V-3", Relationship.OTHER, LivingArrangement.NOT_KNOWN, day(1))));
    assertEquals("link.primary", second.field());
    assertFalse(second.getMessage().contains("V-1001"), "a refusal names no other case");
    assertEquals("link.victimCaseId", assertThrows(CaseRuleException.class, () -> work.linkVictim(c,
        VictimLink.additional("V-1001", Relationship.OTHER, LivingArrangement.NOT_KNOWN, day(1)))).field());
    assertEquals("link.linkedOn", assertThrows(CaseRuleException.class, () -> work.linkVictim(c,
        VictimLink.additional("V-3", Relationship.OTHER, LivingArrangement.NOT_KNOWN, day(-1)))).field());
    assertEquals("allocation.on", assertThrows(CaseRuleException.class, () -> work.allocate(c, "cm-7", day(-1))).field());
    assertEquals("contactSafety.on", assertThrows(CaseRuleException.class, () -> work.judgeContactSafety(c, day(5), true)).field(),
        "background research is the case manager's: not before allocation");
    assertEquals("stepDown.from", assertThrows(CaseRuleException.class, () -> work.stepDown(c, day(5))).field());
    PerpetratorCase a = allocated();
    assertEquals("allocation.on", assertThrows(CaseRuleException.class, () -> work.allocate(a, "cm-8", day(2))).field(),
        "a new allocation is not dated before the one in force");
    PerpetratorCase moved = work.allocate(a, "cm-8", day(40)).perpetratorCase();
    assertEquals(Optional.of(new Allocation("cm-8", day(40))), moved.allocation());
    assertEquals(List.of(new Allocation("cm-7", day(3)), new Allocation("cm-8", day(40))), moved.allocations());
    assertEquals(1, work.judgeContactSafety(moved, day(10), true).perpetratorCase().safetyJudgements().size(),
        "work dated while the first case manager had the case is still recorded after it moves");
    assertEquals("contactSafety.on", assertThrows(CaseRuleException.class, () -> work.judgeContactSafety(a, day(2), true)).field());
    PerpetratorCase linked = work.linkVictim(a, VictimLink.additional("V-3", Relationship.OTHER, LivingArrangement.NOT_KNOWN, day(60)))
        .perpetratorCase();
    assertEquals("closure.on", assertThrows(CaseRuleException.class, () -> work.close(linked, day(59), ExitReason.OTHER)).field(),
        "a closure is not dated before a victim linked");
    PerpetratorCase stepped = work.stepDown(a, day(200)).perpetratorCase();
    assertEquals("stepDown", assertThrows(CaseRuleException.class, () -> work.stepDown(stepped, day(250))).field());
    assertEquals("closure.on", assertThrows(CaseRuleException.class, () -> work.close(stepped, day(199), ExitReason.COMPLETED)).field());
    assertEquals("stepDown.until", assertThrows(InvalidInputException.class, () -> new StepDown(day(5), day(4))).field());
    assertEquals("engagement.level", assertThrows(MissingValueException.class, () -> new Engagement(day(1), null)).field());
  }

  @Test
  void aClosedCaseTakesNothingMore() {
    PerpetratorCase c = work.close(work.judgeContactSafety(allocated(), day(5), true).perpetratorCase(), day(40), ExitReason.MOVED_AWAY)
        .perpetratorCase();
    List<Supplier<PerpetratorChange>> commands = List.of(() -> work.linkVictim(c, SECOND), () -> work.allocate(c, "cm-8", day(41)),
        () -> work.judgeContactSafety(c, day(41), true), () -> work.attemptContact(c, day(41), true),
        () -> work.recordEngagement(c, day(41), EngagementLevel.NO_CONTACT_MADE), () -> work.stepDown(c, day(41)),
        () -> work.close(c, day(41), ExitReason.COMPLETED));
    for (Supplier<PerpetratorChange> command : commands) {
      CaseRuleException e = assertThrows(CaseRuleException.class, command::get);
      assertTrue(e.getMessage().contains("the case closed on " + day(40)), e.getMessage());
    }
    assertTrue(c.closure().orElseThrow().reason().early());
  }

  @Test
  void aCaseHasExactlyOnePrimaryVictimAndEachVictimCaseOnce() {
    assertEquals("victims", assertThrows(InvalidInputException.class, () -> PerpetratorCase.builder().caseId("P-1")
        .addVictims(SECOND).revision(1).build()).field());
    assertEquals("victims", assertThrows(InvalidInputException.class, () -> PerpetratorCase.builder().caseId("P-1")
        .addVictims(PRIMARY, VictimLink.additional("V-1001", Relationship.OTHER, LivingArrangement.NOT_KNOWN, REFERRED)).revision(1).build())
        .field());
    assertEquals("victims.linkedOn", assertThrows(InvalidInputException.class, () -> PerpetratorCase.builder().caseId("P-1")
        .addVictims(PRIMARY, VictimLink.additional("V-9", Relationship.OTHER, LivingArrangement.NOT_KNOWN, day(-1))).revision(1).build())
        .field());
    assertEquals("allocations.on", assertThrows(InvalidInputException.class, () -> PerpetratorCase.builder().caseId("P-1")
        .addVictims(PRIMARY).addAllocations(new Allocation("cm-1", day(5)), new Allocation("cm-2", day(4))).revision(1).build()).field());
    assertEquals("revision", assertThrows(InvalidInputException.class, () -> PerpetratorCase.builder().caseId("P-1")
        .addVictims(PRIMARY).revision(0).build()).field());
    assertEquals("victimCaseId", assertThrows(InvalidInputException.class,
        () -> VictimLink.primary("Jane Doe", Relationship.OTHER, LivingArrangement.NOT_KNOWN, REFERRED)).field(), "a reference, never a name");
  }

  @Test
  void aStoredCaseRecordsEachPointOnceAndABreachOnlyOfItsOwnLevers() {
    // what a vendor rebuilds from storage is held to the rules the commands keep
    PerpetratorCase.Builder stored = PerpetratorCase.builder().caseId("P-1").addVictims(PRIMARY).revision(1);
    org.safeguard.core.outcome.AbuseProfile none = org.safeguard.core.outcome.AbuseProfile.none();
    BehaviourRecord fromManager = new BehaviourRecord(AssessmentPoint.INTAKE, day(5), BehaviourSource.CASE_MANAGER, none);
    BehaviourRecord fromIdva = new BehaviourRecord(AssessmentPoint.INTAKE, day(6), BehaviourSource.IDVA, none);
    assertEquals(2, stored.addBehaviour(fromManager, fromIdva).build().behaviour().size(), "one point, two sources");
    assertEquals("behaviour.point", assertThrows(InvalidInputException.class, () -> PerpetratorCase.builder().caseId("P-1")
        .addVictims(PRIMARY).revision(1).addBehaviour(fromManager, fromManager).build()).field());

    ScoreRecord intake = PerpetratorRecordsTest.driveDash(AssessmentPoint.INTAKE, 10, 12, true);
    assertEquals("scores.point", assertThrows(InvalidInputException.class, () -> PerpetratorCase.builder().caseId("P-1")
        .addVictims(PRIMARY).revision(1).addScores(intake, PerpetratorRecordsTest.driveDash(AssessmentPoint.INTAKE, 11, 3, true)).build())
        .field());

    NeedsRecord needs = new NeedsRecord(AssessmentPoint.INTAKE, day(5), java.util.Map.of(NeedArea.HOUSING, NeedLevel.NONE));
    assertEquals("needs.point", assertThrows(InvalidInputException.class, () -> PerpetratorCase.builder().caseId("P-1")
        .addVictims(PRIMARY).revision(1).addNeeds(needs, needs).build()).field());

    StatutoryLever order = new StatutoryLever("order-1", LeverKind.RESTRAINING_ORDER, day(5), Optional.empty());
    assertEquals("levers.id", assertThrows(InvalidInputException.class, () -> PerpetratorCase.builder().caseId("P-1")
        .addVictims(PRIMARY).revision(1).addLevers(order, order).build()).field());
    assertEquals("breaches.leverId", assertThrows(InvalidInputException.class, () -> PerpetratorCase.builder().caseId("P-1")
        .addVictims(PRIMARY).revision(1).addLevers(order).addBreaches(new LeverBreach("order-2", day(9), Agency.POLICE)).build())
        .field());
  }
}
