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
    PerpetratorCase unsafe = work.judgeContactSafety(c, day(10), false).perpetratorCase();
    CaseRuleException refused = assertThrows(CaseRuleException.class, () -> work.recordWork(unsafe, call));
    assertTrue(refused.getMessage().contains("judged unsafe"), refused.getMessage());
    c = work.judgeContactSafety(unsafe, day(11), true).perpetratorCase();
    c = work.recordWork(c, call).perpetratorCase();
    PerpetratorCase noContact = c;
    WorkEntry session = WorkEntry.of(day(20), WorkKind.BEHAVIOUR_CHANGE, Agency.PERPETRATOR_SERVICE, WorkMode.FACE_TO_FACE);
    assertEquals("work.kind", assertThrows(CaseRuleException.class, () -> work.recordWork(noContact, session)).field());
    c = work.attemptContact(c, day(15), true).perpetratorCase();
    c = work.recordWork(c, session).perpetratorCase();
    PerpetratorCase worked = c;
    CaseRuleException backdated = assertThrows(CaseRuleException.class, () -> work.judgeContactSafety(worked, day(20), false));
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
}
