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
import static org.safeguard.core.perpetrator.PerpetratorWorkTest.day;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Fixtures;
import org.safeguard.core.PerpetratorWork;
import org.safeguard.core.Safeguard;
import org.safeguard.core.casework.CaseRuleException;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.Severity;
import org.safeguard.model.Agency;
import org.safeguard.model.CatalogUse;
import org.safeguard.model.InterventionCatalog;
import org.safeguard.model.InterventionKind;
import org.safeguard.model.InvalidInputException;
import org.safeguard.model.MissingValueException;
import org.safeguard.spi.InterventionCatalogProvider;
import org.safeguard.spi.SetupContext;

/**
 * What the case manager records between allocation and closure, after the Drive evaluation
 * (University of Bristol, 2019): behaviour at intake, midpoint and closure from two sources, needs
 * on the needs form's scale with "don't know" apart from "not rated", and the work log of indirect
 * and direct work with its disruption actions.
 */
class PerpetratorRecordsTest {
  private final PerpetratorWork work = Fixtures.engine().perpetratorWork();

  private PerpetratorCase allocated() {
    PerpetratorCase c = work.refer("P-1", PerpetratorWorkTest.PRIMARY).perpetratorCase();
    return work.allocate(c, "cm-7", day(3)).perpetratorCase();
  }

  private static BehaviourRecord behaviour(AssessmentPoint point, int day, BehaviourSource source) {
    return new BehaviourRecord(point, day(day), source, AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.HIGH)));
  }

  @Test
  void behaviourIsRecordedOncePerPointAndSourceInDateOrder() {
    PerpetratorCase c = allocated();
    c = work.recordBehaviour(c, behaviour(AssessmentPoint.INTAKE, 10, BehaviourSource.CASE_MANAGER)).perpetratorCase();
    c = work.recordBehaviour(c, behaviour(AssessmentPoint.INTAKE, 30, BehaviourSource.IDVA)).perpetratorCase();
    c = work.recordBehaviour(c, behaviour(AssessmentPoint.MIDPOINT, 150, BehaviourSource.CASE_MANAGER)).perpetratorCase();
    assertEquals(day(30), c.behaviourAt(AssessmentPoint.INTAKE, BehaviourSource.IDVA).orElseThrow().on());
    assertEquals(Optional.empty(), c.behaviourAt(AssessmentPoint.CLOSURE, BehaviourSource.CASE_MANAGER));
    PerpetratorCase at = c;
    CaseRuleException twice = assertThrows(CaseRuleException.class,
        () -> work.recordBehaviour(at, behaviour(AssessmentPoint.INTAKE, 40, BehaviourSource.CASE_MANAGER)));
    assertEquals("behaviour.point", twice.field());
    CaseRuleException early = assertThrows(CaseRuleException.class,
        () -> work.recordBehaviour(at, behaviour(AssessmentPoint.CLOSURE, 100, BehaviourSource.CASE_MANAGER)));
    assertEquals("behaviour.on", early.field());
    assertTrue(early.getMessage().contains("MIDPOINT"), early.getMessage());
    // the IDVA's midpoint is not held to the case manager's dates
    assertEquals(4, work.recordBehaviour(at, behaviour(AssessmentPoint.MIDPOINT, 100, BehaviourSource.IDVA)).perpetratorCase()
        .behaviour().size());
    CaseRuleException late = assertThrows(CaseRuleException.class,
        () -> work.recordBehaviour(at, behaviour(AssessmentPoint.MIDPOINT, 20, BehaviourSource.IDVA)));
    assertEquals("behaviour.on", late.field());
  }

  @Test
  void theCaseManagersViewWaitsForAllocationAndTheIdvasOnlyForTheReferral() {
    PerpetratorCase referred = work.refer("P-1", PerpetratorWorkTest.PRIMARY).perpetratorCase();
    CaseRuleException unallocated = assertThrows(CaseRuleException.class,
        () -> work.recordBehaviour(referred, behaviour(AssessmentPoint.INTAKE, 1, BehaviourSource.CASE_MANAGER)));
    assertTrue(unallocated.getMessage().contains("not allocated"), unallocated.getMessage());
    assertEquals(2, work.recordBehaviour(referred, behaviour(AssessmentPoint.INTAKE, 1, BehaviourSource.IDVA)).perpetratorCase().revision());
    assertThrows(CaseRuleException.class, () -> work.recordBehaviour(referred, behaviour(AssessmentPoint.INTAKE, -1, BehaviourSource.IDVA)));
  }

  @Test
  void needsKeepDontKnowApartFromNotRatedAndAnEmptyRecordIsKeptAsEmpty() {
    NeedsRecord intake = new NeedsRecord(AssessmentPoint.INTAKE, day(10), Map.of());
    NeedsRecord midpoint = new NeedsRecord(AssessmentPoint.MIDPOINT, day(150),
        Map.of(NeedArea.HOUSING, NeedLevel.DONT_KNOW, NeedArea.ALCOHOL, NeedLevel.HIGH));
    PerpetratorCase c = work.recordNeeds(allocated(), intake).perpetratorCase();
    c = work.recordNeeds(c, midpoint).perpetratorCase();
    assertTrue(c.needsAt(AssessmentPoint.INTAKE).orElseThrow().empty());
    NeedsRecord mid = c.needsAt(AssessmentPoint.MIDPOINT).orElseThrow();
    assertFalse(mid.empty());
    assertEquals(Optional.of(NeedLevel.DONT_KNOW), mid.levelOf(NeedArea.HOUSING));
    assertEquals(Optional.empty(), mid.levelOf(NeedArea.DRUGS), "not rated is not don't know");
    assertEquals(java.util.List.of(NeedArea.HOUSING, NeedArea.ALCOHOL), java.util.List.copyOf(mid.levels().keySet()), "in NeedArea order");
    PerpetratorCase at = c;
    assertEquals("needs.point", assertThrows(CaseRuleException.class, () -> work.recordNeeds(at, intake)).field());
    assertEquals("needs.on", assertThrows(CaseRuleException.class,
        () -> work.recordNeeds(at, new NeedsRecord(AssessmentPoint.CLOSURE, day(149), Map.of()))).field());
    java.util.Map<NeedArea, NeedLevel> withNull = new java.util.HashMap<>();
    withNull.put(NeedArea.DRUGS, null);
    assertEquals("needs.levels.level", assertThrows(MissingValueException.class,
        () -> new NeedsRecord(AssessmentPoint.CLOSURE, day(200), withNull)).field());
  }

  @Test
  void aWorkEntryCarriesAnObjectiveOnlyForMultiAgencyWorkAndADisruptionActionOnlyForIndirectWork() {
    assertEquals("work.objective", assertThrows(MissingValueException.class, () -> new WorkEntry(day(5), WorkKind.MULTI_AGENCY_WORK,
        Agency.POLICE, WorkMode.EMAIL, Optional.empty(), Optional.empty())).field());
    InvalidInputException objective = assertThrows(InvalidInputException.class, () -> new WorkEntry(day(5), WorkKind.CASE_UPDATE,
        Agency.POLICE, WorkMode.EMAIL, Optional.of(WorkObjective.DISRUPT), Optional.empty()));
    assertEquals("work.objective", objective.field());
    InvalidInputException direct = assertThrows(InvalidInputException.class, () -> new WorkEntry(day(5), WorkKind.DIRECT_SUPPORT,
        Agency.PERPETRATOR_SERVICE, WorkMode.FACE_TO_FACE, Optional.empty(), Optional.of(StandardDisruptions.MAPPA_REFERRAL)));
    assertEquals("work.action", direct.field());
    assertTrue(WorkKind.BEHAVIOUR_CHANGE.direct());
    assertFalse(WorkKind.BACKGROUND_RESEARCH.direct());
  }

  @Test
  void indirectWorkGoesOnWithoutContactAndNamesOnlyActionsInTheCatalogue() {
    PerpetratorCase c = allocated();
    c = work.recordWork(c, WorkEntry.of(day(4), WorkKind.BACKGROUND_RESEARCH, Agency.POLICE, WorkMode.RECORDS_CHECK)).perpetratorCase();
    c = work.recordWork(c, WorkEntry.disruption(day(6), Agency.PROBATION, WorkMode.MEETING, WorkObjective.DISRUPT,
        StandardDisruptions.MAPPA_REFERRAL)).perpetratorCase();
    assertEquals(2, c.work().size());
    assertEquals(day(6), c.latestDay());
    PerpetratorCase at = c;
    CaseRuleException unknown = assertThrows(CaseRuleException.class, () -> work.recordWork(at, WorkEntry.disruption(day(7),
        Agency.POLICE, WorkMode.EMAIL, WorkObjective.DISRUPT, "housing")));
    assertEquals("work.action", unknown.field());
    assertTrue(unknown.getMessage().contains(StandardDisruptions.BREACH_REPORTED), "the refusal lists the actions it knows");
    assertEquals(12, work.disruptionActions().size());
    PerpetratorCase referred = work.refer("P-2", PerpetratorWorkTest.PRIMARY).perpetratorCase();
    assertThrows(CaseRuleException.class, () -> work.recordWork(referred,
        WorkEntry.of(day(4), WorkKind.CASE_UPDATE, Agency.IDVA_SERVICE, WorkMode.EMAIL)), "work is a case manager's, after allocation");
  }

  @Test
  void directWorkKeepsTheContactSafetyGateAndSupportFollowsContact() {
    PerpetratorCase c = allocated();
    WorkEntry call = WorkEntry.of(day(12), WorkKind.MAINTAINING_CONTACT, Agency.PERPETRATOR_SERVICE, WorkMode.TELEPHONE);
    PerpetratorCase unjudged = c;
    assertEquals("work.on", assertThrows(CaseRuleException.class, () -> work.recordWork(unjudged, call)).field());
    PerpetratorCase unsafe = work.judgeContactSafety(c, ContactSafety.judgedUnsafe(day(10))).perpetratorCase();
    CaseRuleException refused = assertThrows(CaseRuleException.class, () -> work.recordWork(unsafe, call));
    assertTrue(refused.getMessage().contains("judged unsafe"), refused.getMessage());
    c = work.judgeContactSafety(unsafe, ContactSafety.judgedSafe(day(11))).perpetratorCase();
    c = work.recordWork(c, call).perpetratorCase();
    PerpetratorCase noContact = c;
    WorkEntry session = WorkEntry.of(day(20), WorkKind.BEHAVIOUR_CHANGE, Agency.PERPETRATOR_SERVICE, WorkMode.FACE_TO_FACE);
    assertEquals("work.kind", assertThrows(CaseRuleException.class, () -> work.recordWork(noContact, session)).field());
    c = work.attemptContact(c, ContactAttempt.succeeded(day(15))).perpetratorCase();
    c = work.recordWork(c, session).perpetratorCase();
    PerpetratorCase worked = c;
    CaseRuleException backdated = assertThrows(CaseRuleException.class, () -> work.judgeContactSafety(worked, ContactSafety.judgedUnsafe(day(20))));
    assertTrue(backdated.getMessage().contains("direct work"), backdated.getMessage());
    assertEquals(EngagementLevel.NOT_ENGAGED, c.engagementOn(day(20)));
  }

  /** A county's own disruption action, in a catalogue of disruption use. */
  static final class CountyDisruptions implements InterventionCatalogProvider {
    @Override
    public String id() {
      return "county-disruption";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public InterventionCatalog load(SetupContext context) {
      return InterventionCatalog.builder(context).use(CatalogUse.DISRUPTION_ACTIONS)
          .addKinds(InterventionKind.of("housing-enforcement", "Tenancy enforcement asked of the landlord")).build();
    }
  }

  @Test
  void aPluginAddsDisruptionActionsWhichVictimsCasesCannotStartAsInterventions() {
    Safeguard engine = Safeguard.builder().addInstrument(new Fixtures.ChecklistProvider()).addThresholdPolicy(new Fixtures.PolicyProvider())
        .thresholdPolicy("test-policy").addInterventionCatalog(new CountyDisruptions()).build();
    PerpetratorWork county = engine.perpetratorWork();
    assertEquals(13, county.disruptionActions().size());
    assertFalse(engine.casework().interventionKinds().containsKey("housing-enforcement"));
    assertFalse(engine.casework().interventionKinds().containsKey(StandardDisruptions.MAPPA_REFERRAL));
    assertEquals(18, engine.casework().interventionKinds().size());
    PerpetratorCase c = county.allocate(county.refer("P-1", PerpetratorWorkTest.PRIMARY).perpetratorCase(), "cm-1", day(1)).perpetratorCase();
    c = county.recordWork(c, WorkEntry.disruption(day(2), Agency.HOUSING, WorkMode.LETTER, WorkObjective.DISRUPT, "housing-enforcement"))
        .perpetratorCase();
    assertEquals(Optional.of("housing-enforcement"), c.work().get(0).action());
    assertEquals(LocalDate.of(2026, 2, 4), c.latestDay());
  }

  @Test
  void aCaseManagersCaseloadCountsTheirOpenCasesAndGoingOverTheLimitWarnsWithoutRefusing() {
    PerpetratorWork small = work.with(new ProgrammeParameters(2, 6, java.time.Period.ofMonths(10).plusDays(15), 2, 2));
    java.util.List<PerpetratorCase> cases = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      PerpetratorCase c = small.refer("P-" + i, PerpetratorWorkTest.PRIMARY).perpetratorCase();
      PerpetratorChange allocated = small.allocate(c, "cm-7", day(3 + i), cases);
      Caseload load = allocated.caseload().orElseThrow();
      assertEquals(i + 1, load.openCases());
      assertEquals(i == 2, load.over(), "the third case takes cm-7 over a limit of two");
      assertEquals(allocated.perpetratorCase().allocation().orElseThrow().caseManagerId(), "cm-7", "allocated all the same");
      cases.add(allocated.perpetratorCase());
    }
    assertEquals(2, small.caseload(cases, "cm-7", day(4)).openCases(), "the third was not allocated yet");
    assertEquals(0, small.caseload(cases, "cm-8", day(40)).openCases());
    PerpetratorCase moved = small.allocate(cases.get(0), "cm-8", day(10)).perpetratorCase();
    PerpetratorCase closed = small.close(cases.get(1), day(20), ExitReason.COMPLETED).perpetratorCase();
    java.util.List<PerpetratorCase> later = java.util.List.of(moved, closed, cases.get(2));
    assertEquals(1, small.caseload(later, "cm-7", day(20)).openCases(), "moved on and closed cases leave the caseload");
    assertEquals(3, small.caseload(later, "cm-7", day(9)).openCases(), "before the move and the closure");
    assertEquals(Optional.empty(), small.refer("P-9", PerpetratorWorkTest.PRIMARY).caseload());
    assertEquals(25, work.parameters().caseloadLimit(), "the Drive evaluation's 25 by default");
    assertEquals(java.time.Period.ofMonths(10).plusDays(15), ProgrammeParameters.DRIVE.controlWindow());
    assertEquals("caseloadLimit", assertThrows(InvalidInputException.class,
        () -> new ProgrammeParameters(0, 6, java.time.Period.ofMonths(10), 2, 2)).field());
    assertEquals("controlWindow", assertThrows(InvalidInputException.class,
        () -> new ProgrammeParameters(25, 6, java.time.Period.ofMonths(-1), 2, 2)).field());
  }

  @Test
  void aStepDownRunsForTheProgrammesMonths() {
    PerpetratorWork longer = work.with(new ProgrammeParameters(25, 9, java.time.Period.ofMonths(10), 2, 2));
    PerpetratorCase c = longer.stepDown(allocated(), day(200)).perpetratorCase();
    assertEquals(day(200).plusMonths(9), c.stepDown().orElseThrow().until());
  }

  @Test
  void leversAreInForceOverTheirOwnDaysAndABreachFallsWhileOneIs() {
    PerpetratorCase c = allocated();
    StatutoryLever order = new StatutoryLever("ro-1", LeverKind.RESTRAINING_ORDER, day(-100), Optional.of(day(400)));
    c = work.recordLever(c, order).perpetratorCase();
    c = work.recordLever(c, StatutoryLever.of("bail-1", LeverKind.BAIL_CONDITIONS, day(5))).perpetratorCase();
    PerpetratorCase at = c;
    assertEquals("lever.id", assertThrows(CaseRuleException.class, () -> work.recordLever(at, order)).field());
    c = work.recordBreach(c, new LeverBreach("ro-1", day(30), Agency.PERPETRATOR_SERVICE)).perpetratorCase();
    PerpetratorCase breached = c;
    assertEquals("breach.leverId", assertThrows(CaseRuleException.class,
        () -> work.recordBreach(breached, new LeverBreach("no-1", day(30), Agency.POLICE))).field());
    assertEquals("breach.on", assertThrows(CaseRuleException.class,
        () -> work.recordBreach(breached, new LeverBreach("bail-1", day(4), Agency.POLICE))).field(), "before the bail was set");
    assertEquals("breach.on", assertThrows(CaseRuleException.class,
        () -> work.recordBreach(breached, new LeverBreach("ro-1", day(-1), Agency.POLICE))).field(), "before the referral");
    assertEquals("lever.until", assertThrows(CaseRuleException.class, () -> work.endLever(breached, "ro-1", day(29))).field(),
        "a breach on day 30 keeps the order in force to then");
    assertEquals("lever.until", assertThrows(CaseRuleException.class, () -> work.endLever(breached, "ro-1", day(401))).field(),
        "ended early, never extended");
    PerpetratorChange ended = work.endLever(c, "bail-1", day(60));
    assertEquals(Optional.of(day(60)), ended.perpetratorCase().lever("bail-1").orElseThrow().until());
    assertEquals(day(60), ended.events().get(0).on());
    assertTrue(ended.perpetratorCase().lever("bail-1").orElseThrow().inForceOn(day(60)));
    assertFalse(ended.perpetratorCase().lever("bail-1").orElseThrow().inForceOn(day(61)));
    assertEquals("breach.on", assertThrows(CaseRuleException.class, () -> work.recordBreach(ended.perpetratorCase(),
        new LeverBreach("bail-1", day(61), Agency.POLICE))).field());
    assertEquals(day(30), ended.perpetratorCase().latestDay(), "an order's own dates do not hold the case open");
    assertThrows(InvalidInputException.class, () -> new StatutoryLever("x", LeverKind.OTHER, day(5), Optional.of(day(4))));
  }

  static ScoreRecord driveDash(AssessmentPoint point, int day, int value, boolean valid) {
    org.safeguard.model.Score.Builder score = org.safeguard.model.Score.builder().instrumentId("drive-dash").instrumentVersion("2019")
        .value(value).yesCount(value);
    if (!valid) {
      score.notKnownCount(11).invalidReason("11 answers not known, the limit is 10");
    }
    return new ScoreRecord(point, day(day), score.build());
  }

  @Test
  void aScoreIsRecordedOncePerPointAndInstrumentAndAnInvalidOneIsKept() {
    PerpetratorCase c = work.recordScore(allocated(), driveDash(AssessmentPoint.INTAKE, 10, 12, true)).perpetratorCase();
    c = work.recordScore(c, driveDash(AssessmentPoint.MIDPOINT, 150, 0, false)).perpetratorCase();
    assertFalse(c.scoreAt(AssessmentPoint.MIDPOINT, "drive-dash").orElseThrow().score().valid(), "kept, to be reported as excluded");
    assertEquals(Optional.empty(), c.scoreAt(AssessmentPoint.MIDPOINT, "other"));
    PerpetratorCase at = c;
    assertEquals("score.point", assertThrows(CaseRuleException.class,
        () -> work.recordScore(at, driveDash(AssessmentPoint.INTAKE, 160, 3, true))).field());
    assertEquals("score.on", assertThrows(CaseRuleException.class,
        () -> work.recordScore(at, driveDash(AssessmentPoint.CLOSURE, 149, 3, true))).field());
    PerpetratorCase referred = work.refer("P-3", PerpetratorWorkTest.PRIMARY).perpetratorCase();
    assertThrows(CaseRuleException.class, () -> work.recordScore(referred, driveDash(AssessmentPoint.INTAKE, 1, 3, true)));
    assertEquals(day(150), c.latestDay());
  }

  @Test
  void aCaseIsRebuiltFromItsEventsAndEventsThatCannotBeItsHistoryAreRefused() {
    java.util.List<PerpetratorEvent> events = new java.util.ArrayList<>();
    PerpetratorChange referred = work.refer("P-5", PerpetratorWorkTest.PRIMARY);
    events.addAll(referred.events());
    PerpetratorChange allocated = work.allocate(referred.perpetratorCase(), "cm-2", day(2));
    events.addAll(allocated.events());
    PerpetratorChange lever = work.recordLever(allocated.perpetratorCase(), StatutoryLever.of("bail-1", LeverKind.BAIL_CONDITIONS, day(1)));
    events.addAll(lever.events());
    PerpetratorChange ended = work.endLever(lever.perpetratorCase(), "bail-1", day(40));
    events.addAll(ended.events());
    assertEquals(ended.perpetratorCase(), work.replay(events));
    assertEquals("events", assertThrows(InvalidInputException.class, () -> work.replay(events.subList(1, 4))).field());
    assertEquals("events", assertThrows(InvalidInputException.class, () -> work.replay(java.util.List.of())).field());
    java.util.List<PerpetratorEvent> skipped = java.util.List.of(events.get(0), events.get(2));
    assertEquals("events.revision", assertThrows(InvalidInputException.class, () -> work.replay(skipped)).field());
    java.util.List<PerpetratorEvent> other = java.util.List.of(events.get(0), new CaseManagerAllocated("P-6", 2, new Allocation("cm-2", day(2))));
    assertEquals("events.caseId", assertThrows(InvalidInputException.class, () -> work.replay(other)).field());
    java.util.List<PerpetratorEvent> early = java.util.List.of(events.get(0), new CaseManagerAllocated("P-5", 2, new Allocation("cm-2", day(-3))));
    assertEquals("allocation.on", assertThrows(CaseRuleException.class, () -> work.replay(early)).field(), "the rules are checked again");
  }

  @Test
  void aClosurePlanHandsTheCaseOverAndALaterOneReplacesIt() {
    PerpetratorCase c = allocated();
    ClosurePlan first = new ClosurePlan(day(250), java.util.Set.of(Agency.PROBATION, Agency.POLICE));
    c = work.planClosure(c, first).perpetratorCase();
    assertEquals(java.util.List.of(Agency.POLICE, Agency.PROBATION), java.util.List.copyOf(c.closurePlan().orElseThrow().handoverTo()),
        "in the order of Agency");
    PerpetratorCase planned = c;
    assertEquals("closurePlan.agreedOn", assertThrows(CaseRuleException.class,
        () -> work.planClosure(planned, new ClosurePlan(day(249), java.util.Set.of()))).field());
    c = work.planClosure(c, new ClosurePlan(day(280), java.util.Set.of(Agency.IDVA_SERVICE))).perpetratorCase();
    assertEquals(java.util.Set.of(Agency.IDVA_SERVICE), c.closurePlan().orElseThrow().handoverTo());
    assertEquals(day(280), c.latestDay());
    PerpetratorCase later = c;
    assertEquals("closure.on", assertThrows(CaseRuleException.class, () -> work.close(later, day(279), ExitReason.COMPLETED)).field());
    PerpetratorCase closed = work.close(c, day(300), ExitReason.COMPLETED).perpetratorCase();
    assertThrows(CaseRuleException.class, () -> work.planClosure(closed, first));
    PerpetratorCase referred = work.refer("P-8", PerpetratorWorkTest.PRIMARY).perpetratorCase();
    assertThrows(CaseRuleException.class, () -> work.planClosure(referred, first), "a case manager's plan, after allocation");
    assertEquals("closurePlan.handoverTo", assertThrows(MissingValueException.class, () -> new ClosurePlan(day(1), null)).field());
  }
}
