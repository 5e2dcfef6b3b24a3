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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.Rate;
import org.safeguard.core.outcome.Severity;
import org.safeguard.model.Agency;
import org.safeguard.model.InvalidInputException;

/**
 * The perpetrator programme's outcome report on a hand-built fixture of four cases, every rate
 * worked out by hand; and on synthetic cohorts generated at the rates the Drive evaluation prints,
 * which the report must give back.
 */
class PerpetratorReportTest {
  static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  static PerpetratorCase.Builder referred(String id) {
    return PerpetratorCase.builder().caseId(id).revision(1)
        .addVictims(VictimLink.primary("V-" + id, Relationship.EX_PARTNER, LivingArrangement.LIVING_APART, DAY));
  }

  static BehaviourRecord cm(AssessmentPoint point, AbuseProfile profile) {
    return new BehaviourRecord(point, DAY.plusDays(point.ordinal() * 150L), BehaviourSource.CASE_MANAGER, profile);
  }

  static WorkEntry entry(WorkKind kind, Agency agency, WorkMode mode) {
    return WorkEntry.of(DAY.plusDays(10), kind, agency, mode);
  }

  /**
   * A: physical high and jealous-controlling moderate at intake, physical stopped and J&C standard at
   * closure, a session; B: physical moderate throughout, sexual not recorded, indirect work only, an
   * empty needs assessment; C: physical standard at intake and no closure assessment; D: nothing
   * recorded.
   */
  static List<PerpetratorCase> fixture() {
    PerpetratorCase a = referred("A")
        .addBehaviour(cm(AssessmentPoint.INTAKE, AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.HIGH,
            AbuseType.JEALOUS_AND_CONTROLLING, Severity.MODERATE))))
        .addBehaviour(cm(AssessmentPoint.CLOSURE, AbuseProfile.of(Map.of(AbuseType.JEALOUS_AND_CONTROLLING, Severity.STANDARD))))
        .addWork(entry(WorkKind.BEHAVIOUR_CHANGE, Agency.PERPETRATOR_SERVICE, WorkMode.FACE_TO_FACE))
        .addWork(entry(WorkKind.MAINTAINING_CONTACT, Agency.PERPETRATOR_SERVICE, WorkMode.TELEPHONE))
        .addWork(entry(WorkKind.MAINTAINING_CONTACT, Agency.PERPETRATOR_SERVICE, WorkMode.TELEPHONE))
        .addNeeds(new NeedsRecord(AssessmentPoint.INTAKE, DAY, Map.of(NeedArea.ALCOHOL, NeedLevel.HIGH, NeedArea.DRUGS, NeedLevel.DONT_KNOW)))
        .addContactAttempts(new ContactAttempt(DAY.plusDays(5), true))
        .addLevers(StatutoryLever.of("ro-1", LeverKind.RESTRAINING_ORDER, DAY), StatutoryLever.of("bail-1", LeverKind.BAIL_CONDITIONS, DAY))
        .addBreaches(new LeverBreach("ro-1", DAY.plusDays(9), Agency.POLICE), new LeverBreach("ro-1", DAY.plusDays(19), Agency.POLICE))
        .build();
    PerpetratorCase b = referred("B")
        .addBehaviour(cm(AssessmentPoint.INTAKE, AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.MODERATE), Set.of(AbuseType.SEXUAL))))
        .addBehaviour(cm(AssessmentPoint.CLOSURE, AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.MODERATE))))
        .addWork(WorkEntry.multiAgency(DAY.plusDays(3), Agency.POLICE, WorkMode.MEETING, WorkObjective.DISRUPT))
        .addWork(entry(WorkKind.CASE_UPDATE, Agency.IDVA_SERVICE, WorkMode.EMAIL))
        .addNeeds(new NeedsRecord(AssessmentPoint.INTAKE, DAY, Map.of()))
        .addContactAttempts(new ContactAttempt(DAY.plusDays(5), false))
        .build();
    PerpetratorCase c = referred("C")
        .addBehaviour(cm(AssessmentPoint.INTAKE, AbuseProfile.of(Map.of(AbuseType.PHYSICAL, Severity.STANDARD))))
        .addWork(entry(WorkKind.DIRECT_SUPPORT, Agency.HOUSING, WorkMode.FACE_TO_FACE))
        .addNeeds(new NeedsRecord(AssessmentPoint.INTAKE, DAY, Map.of(NeedArea.ALCOHOL, NeedLevel.LOW)))
        .addLevers(StatutoryLever.of("ro-9", LeverKind.RESTRAINING_ORDER, DAY))
        .closure(new PerpetratorClosure(DAY.plusDays(300), ExitReason.MOVED_AWAY))
        .build();
    PerpetratorCase d = referred("D").build();
    return List.of(a, b, c, d);
  }

  private static void assertRate(long numerator, long denominator, long missing, String reason, Rate rate) {
    assertEquals(Rate.of(numerator, denominator, missing, reason), rate);
  }

  private static void assertRate(long numerator, long denominator, long missing, String reason, Rate rate, String why) {
    assertEquals(Rate.of(numerator, denominator, missing, reason), rate, why);
  }

  @Test
  void behaviourPrevalenceHasItsOwnCountAtEachPointAndSaysWhatItLeftOut() {
    PerpetratorReport r = PerpetratorReport.of(fixture());
    assertEquals(4, r.cases());
    assertEquals(1, r.closedCases());
    assertEquals(3, r.casesWithoutContact(), "B's attempt made no contact; C and D had none");
    assertRate(0, 1, 3, "case open", r.closurePlanShare());
    assertRate(3, 3, 1, "no intake assessment", r.prevalence(BehaviourSource.CASE_MANAGER, AssessmentPoint.INTAKE, AbuseType.PHYSICAL));
    assertRate(0, 2, 2, "1 no intake assessment, 1 type not recorded",
        r.prevalence(BehaviourSource.CASE_MANAGER, AssessmentPoint.INTAKE, AbuseType.SEXUAL));
    assertRate(1, 2, 2, "no closure assessment", r.prevalence(BehaviourSource.CASE_MANAGER, AssessmentPoint.CLOSURE, AbuseType.PHYSICAL));
    assertRate(1, 3, 1, "no intake assessment",
        r.atSeverity(BehaviourSource.CASE_MANAGER, AssessmentPoint.INTAKE, AbuseType.PHYSICAL, Severity.HIGH));
    assertRate(0, 0, 4, "no intake assessment", r.prevalence(BehaviourSource.IDVA, AssessmentPoint.INTAKE, AbuseType.PHYSICAL));
  }

  @Test
  void stoppedAndDeescalatedPairIntakeWithClosureOverallByExposureAndBySeverityAtIntake() {
    PerpetratorReport r = PerpetratorReport.of(fixture());
    BehaviourSource cm = BehaviourSource.CASE_MANAGER;
    assertRate(1, 2, 1, "no closure assessment", r.stopped(cm, AbuseType.PHYSICAL, Exposure.ALL));
    assertRate(1, 2, 1, "no closure assessment", r.deescalated(cm, AbuseType.PHYSICAL, Exposure.ALL));
    assertRate(1, 1, 0, "", r.stopped(cm, AbuseType.PHYSICAL, Exposure.BEHAVIOUR_CHANGE_SESSION));
    assertRate(0, 1, 1, "no closure assessment", r.stopped(cm, AbuseType.PHYSICAL, Exposure.NO_BEHAVIOUR_CHANGE_SESSION));
    assertRate(0, 1, 0, "", r.stopped(cm, AbuseType.JEALOUS_AND_CONTROLLING, Exposure.ALL));
    assertRate(1, 1, 0, "", r.deescalated(cm, AbuseType.JEALOUS_AND_CONTROLLING, Exposure.ALL));
    assertRate(1, 1, 0, "", r.stoppedFrom(cm, AbuseType.PHYSICAL, Severity.HIGH));
    assertRate(0, 1, 0, "", r.stoppedFrom(cm, AbuseType.PHYSICAL, Severity.MODERATE));
    assertRate(0, 0, 1, "no closure assessment", r.deescalatedFrom(cm, AbuseType.PHYSICAL, Severity.STANDARD));
  }

  @Test
  void theWorkMixIsOfEntriesOnTheirOwnSideAndTheReachIsOfCases() {
    PerpetratorReport r = PerpetratorReport.of(fixture());
    assertEquals(6, r.workEntries());
    assertRate(4, 6, 0, "", r.directShare());
    assertRate(2, 4, 0, "", r.workShare(WorkKind.MAINTAINING_CONTACT));
    assertRate(2, 4, 0, "", r.workShare(WorkKind.MAINTAINING_CONTACT, WorkMode.TELEPHONE));
    assertRate(1, 2, 0, "", r.workShare(WorkKind.MULTI_AGENCY_WORK));
    assertRate(0, 2, 0, "", r.workShare(WorkKind.BACKGROUND_RESEARCH));
    assertRate(1, 1, 0, "", r.agencyShare(WorkKind.CASE_UPDATE, Agency.IDVA_SERVICE));
    assertRate(1, 1, 0, "", r.objectiveShare(WorkObjective.DISRUPT));
    assertRate(1, 1, 0, "", r.agencyShare(WorkObjective.DISRUPT, Agency.POLICE));
    assertRate(0, 0, 0, "", r.agencyShare(WorkObjective.SUPPORT, Agency.POLICE));
    assertRate(2, 4, 0, "", r.directWorkReach());
    assertRate(1, 2, 2, "no direct work", r.sessionReach());
  }

  @Test
  void needsAreCountedTheWayTheCountingSaysWithDontKnowAndNotRatedApart() {
    PerpetratorReport r = PerpetratorReport.of(fixture());
    assertEquals(3, r.needsAssessments(AssessmentPoint.INTAKE));
    assertEquals(1, r.emptyNeedsAssessments(AssessmentPoint.INTAKE));
    assertRate(2, 2, 2, "1 no intake needs assessment, 1 not rated",
        r.needPrevalence(AssessmentPoint.INTAKE, NeedArea.ALCOHOL, NeedCounting.ANY_LEVEL));
    assertRate(1, 2, 2, "1 no intake needs assessment, 1 not rated",
        r.needPrevalence(AssessmentPoint.INTAKE, NeedArea.ALCOHOL, NeedCounting.HIGH_LEVELS));
    assertRate(0, 1, 3, "1 no intake needs assessment, 2 not rated",
        r.needPrevalence(AssessmentPoint.INTAKE, NeedArea.DRUGS, NeedCounting.ANY_LEVEL));
    assertRate(0, 0, 4, "1 no intake needs assessment, 2 not rated, 1 don't know",
        r.needPrevalence(AssessmentPoint.INTAKE, NeedArea.DRUGS, NeedCounting.HIGH_LEVELS));
    assertRate(0, 0, 4, "no midpoint needs assessment", r.needPrevalence(AssessmentPoint.MIDPOINT, NeedArea.DRUGS, NeedCounting.ANY_LEVEL));
    assertThrows(InvalidInputException.class, () -> new NeedCounting(Set.of(NeedLevel.DONT_KNOW), true));
    assertThrows(InvalidInputException.class, () -> new NeedCounting(Set.of(), true));
  }

  @Test
  void leversAreCountedByCaseAndBreachesAmongTheCasesWithTheLever() {
    PerpetratorReport r = PerpetratorReport.of(fixture());
    assertRate(2, 4, 0, "", r.leverReach(LeverKind.RESTRAINING_ORDER));
    assertRate(1, 2, 2, "no such lever", r.breachShare(LeverKind.RESTRAINING_ORDER), "A's two breaches are one case");
    assertRate(0, 1, 3, "no such lever", r.breachShare(LeverKind.BAIL_CONDITIONS));
    assertRate(0, 0, 4, "no such lever", r.breachShare(LeverKind.CHILD_PROTECTION_PLAN));
  }

  /**
   * The Drive-DASH as the evaluation reported it: the mean of the valid scores at each point, each
   * with its own count, and the assessments with 11 or more not known reported as excluded.
   */
  @Test
  void scoresAreMeanedOverTheValidOnesWithTheExcludedCountedApart() {
    List<PerpetratorCase> cases = new ArrayList<>(fixture());
    cases.add(referred("E").addScores(PerpetratorRecordsTest.driveDash(AssessmentPoint.INTAKE, 10, 12, true),
        PerpetratorRecordsTest.driveDash(AssessmentPoint.CLOSURE, 300, 4, true)).build());
    cases.add(referred("F").addScores(PerpetratorRecordsTest.driveDash(AssessmentPoint.INTAKE, 10, 7, true),
        PerpetratorRecordsTest.driveDash(AssessmentPoint.CLOSURE, 300, 0, false)).build());
    cases.add(referred("G").addScores(PerpetratorRecordsTest.driveDash(AssessmentPoint.INTAKE, 10, 0, false)).build());
    PerpetratorReport r = PerpetratorReport.of(cases);
    assertEquals(Set.of("drive-dash"), r.scoredInstruments());
    ScoreTally intake = r.scores(AssessmentPoint.INTAKE, "drive-dash");
    assertEquals(new ScoreTally(2, 1, 4, 19), intake);
    assertEquals(9.5, intake.mean().orElseThrow());
    assertEquals(new ScoreTally(1, 1, 5, 4), r.scores(AssessmentPoint.CLOSURE, "drive-dash"));
    assertEquals(new ScoreTally(0, 0, 7, 0), r.scores(AssessmentPoint.MIDPOINT, "drive-dash"));
    assertTrue(r.scores(AssessmentPoint.MIDPOINT, "drive-dash").mean().isEmpty());
    assertEquals(new ScoreTally(0, 0, 7, 0), r.scores(AssessmentPoint.INTAKE, "no-such-instrument"));
    assertEquals(Set.of("2019"), r.scoredVersions("drive-dash"));
    PerpetratorReport split = PerpetratorReport.of(cases.subList(0, 5)).merge(PerpetratorReport.of(cases.subList(5, 7)));
    assertEquals(r, split);
    assertEquals(r.hashCode(), split.hashCode());
  }

  /** The Drive-DASH's item set changed between years: scores on each version are counted together and apart, never silently mixed. */
  @Test
  void scoresOnTwoVersionsOfAnInstrumentAreReportedTogetherAndApart() {
    org.safeguard.model.Score older = org.safeguard.model.Score.builder().instrumentId("drive-dash").instrumentVersion("2016").value(11)
        .yesCount(11).build();
    List<PerpetratorCase> cases = List.of(
        referred("H").addScores(new ScoreRecord(AssessmentPoint.INTAKE, DAY, older)).build(),
        referred("I").addScores(PerpetratorRecordsTest.driveDash(AssessmentPoint.INTAKE, 10, 5, true)).build());
    PerpetratorReport r = PerpetratorReport.of(cases);
    assertEquals(Set.of("2016", "2019"), r.scoredVersions("drive-dash"));
    assertEquals(new ScoreTally(2, 0, 0, 16), r.scores(AssessmentPoint.INTAKE, "drive-dash"));
    assertEquals(new ScoreTally(1, 0, 1, 11), r.scores(AssessmentPoint.INTAKE, "drive-dash", "2016"));
    assertEquals(Set.of(), r.scoredVersions("other"));
    assertEquals(r, PerpetratorReport.of(cases.subList(1, 2)).merge(PerpetratorReport.of(cases.subList(0, 1))));
  }

  @Test
  void reportsMergeIntoTheReportOfTheirCasesTogether() {
    List<PerpetratorCase> all = fixture();
    PerpetratorReport whole = PerpetratorReport.of(all);
    assertEquals(whole, PerpetratorReport.of(all.subList(0, 1)).merge(PerpetratorReport.of(all.subList(1, 4))));
    assertEquals(whole, whole.merge(PerpetratorReport.empty()));
    assertEquals(PerpetratorReport.empty(), PerpetratorReport.of(List.of()));
  }

  /**
   * <i>Evaluation of the Drive Project</i> (University of Bristol, 2019), Table 7: direct work by
   * action, per cent of direct actions, Year 3. A synthetic cohort is generated with one action per
   * tenth of a per cent of each printed row (1,001 actions), spread over 330 cases; the report gives
   * back the printed rows for maintaining contact, whose actions are channels, and the three
   * category subtotals the text quotes (11%, 21%, 68%). The rows of the other two categories differ
   * by content (a general one-to-one against a behavioural session), which a work mode does not
   * carry, so they meet in their category.
   */
  @Test
  void aCohortGeneratedAtTheRatesOfTable7GivesBackItsDirectWorkMix() {
    Map<WorkMode, Integer> maintaining = new EnumMap<>(WorkMode.class);
    maintaining.put(WorkMode.EMAIL, 121);
    maintaining.put(WorkMode.HOME_VISIT, 3);
    maintaining.put(WorkMode.TELEPHONE, 310);
    maintaining.put(WorkMode.TEXT_MESSAGE, 193);
    maintaining.put(WorkMode.LETTER, 21);
    maintaining.put(WorkMode.MESSAGE_LEFT, 31);
    List<WorkEntry> actions = new ArrayList<>();
    maintaining.forEach((mode, n) -> add(actions, n, WorkKind.MAINTAINING_CONTACT, Agency.PERPETRATOR_SERVICE, mode));
    add(actions, 3 + 8, WorkKind.BEHAVIOUR_CHANGE, Agency.PROBATION, WorkMode.FACE_TO_FACE); // face to face + other agency (+ general) + behaviour change
    add(actions, 32 + 67, WorkKind.BEHAVIOUR_CHANGE, Agency.PERPETRATOR_SERVICE, WorkMode.FACE_TO_FACE); // one to one: behavioural; general + behaviour change
    add(actions, 46 + 46 + 95, WorkKind.DIRECT_SUPPORT, Agency.PERPETRATOR_SERVICE, WorkMode.FACE_TO_FACE); // face-to-face contact; direct contact made; one to one, general
    add(actions, 21, WorkKind.DIRECT_SUPPORT, Agency.PROBATION, WorkMode.FACE_TO_FACE); // face to face + other agency + general
    add(actions, 4, WorkKind.DIRECT_SUPPORT, Agency.HEALTH, WorkMode.FACE_TO_FACE); // support to an appointment
    List<PerpetratorCase> cohort = new ArrayList<>();
    for (int i = 0; i < 330; i++) {
      PerpetratorCase.Builder b = referred("S" + i);
      for (int j = i; j < actions.size(); j += 330) {
        b.addWork(actions.get(j));
      }
      cohort.add(b.build());
    }
    PerpetratorReport r = PerpetratorReport.of(cohort);
    assertEquals(1001, r.workEntries());
    assertEquals("100%", percent(r.directShare(), 0));
    assertEquals("12.1", percent(r.workShare(WorkKind.MAINTAINING_CONTACT, WorkMode.EMAIL), 1));
    assertEquals("0.3", percent(r.workShare(WorkKind.MAINTAINING_CONTACT, WorkMode.HOME_VISIT), 1));
    assertEquals("31.0", percent(r.workShare(WorkKind.MAINTAINING_CONTACT, WorkMode.TELEPHONE), 1));
    assertEquals("19.3", percent(r.workShare(WorkKind.MAINTAINING_CONTACT, WorkMode.TEXT_MESSAGE), 1));
    assertEquals("2.1", percent(r.workShare(WorkKind.MAINTAINING_CONTACT, WorkMode.LETTER), 1));
    assertEquals("3.1", percent(r.workShare(WorkKind.MAINTAINING_CONTACT, WorkMode.MESSAGE_LEFT), 1));
    assertEquals("11.0", percent(r.workShare(WorkKind.BEHAVIOUR_CHANGE), 1));
    assertEquals("21.2", percent(r.workShare(WorkKind.DIRECT_SUPPORT), 1));
    // the printed subtotal is 67.9, the sum of its printed rows; of the 1,001 tenths it is 67.8
    assertEquals("67.8", percent(r.workShare(WorkKind.MAINTAINING_CONTACT), 1));
    assertEquals(List.of("11%", "21%", "68%"), List.of(percent(r.workShare(WorkKind.BEHAVIOUR_CHANGE), 0),
        percent(r.workShare(WorkKind.DIRECT_SUPPORT), 0), percent(r.workShare(WorkKind.MAINTAINING_CONTACT), 0)));
    assertEquals(Rate.of(330, 330, 0, ""), r.directWorkReach());
  }

  private static void add(List<WorkEntry> actions, int n, WorkKind kind, Agency agency, WorkMode mode) {
    for (int i = 0; i < n; i++) {
      actions.add(WorkEntry.of(DAY.plusDays(i % 300), kind, agency, mode));
    }
  }

  private static String percent(Rate rate, int decimals) {
    double pct = 100.0 * rate.numerator() / rate.denominator();
    return decimals == 0 ? Math.round(pct) + "%" : String.format(java.util.Locale.ROOT, "%.1f", pct);
  }

  /**
   * <i>Evaluation of the Drive Project</i> (University of Bristol, 2019), Appendix 7, Table A7.1:
   * the raw midpoint frequencies of drug use (excessive 14, high 35, moderate 17, low 15, none 95,
   * don't know 291) and alcohol (19, 39, 26, 45, 40, 298), and the two prevalences the evaluation
   * took from them: 17% of 467 and 28% of 467 in the main report (any level, "don't know" in the
   * denominator), 28% of 176 and 34% of 169 in the cost report (high and excessive, "don't know"
   * left out).
   */
  @Test
  void theRawFrequenciesOfTableA71GiveBothOfTheEvaluationsPrevalences() {
    NeedLevel[] order = {NeedLevel.EXCESSIVE, NeedLevel.HIGH, NeedLevel.MODERATE, NeedLevel.LOW, NeedLevel.NONE, NeedLevel.DONT_KNOW};
    List<NeedLevel> drugs = spread(order, 14, 35, 17, 15, 95, 291);
    List<NeedLevel> alcohol = spread(order, 19, 39, 26, 45, 40, 298);
    List<PerpetratorCase> cohort = new ArrayList<>();
    for (int i = 0; i < 467; i++) {
      cohort.add(referred("N" + i).addNeeds(new NeedsRecord(AssessmentPoint.MIDPOINT, DAY.plusDays(150),
          Map.of(NeedArea.DRUGS, drugs.get(i), NeedArea.ALCOHOL, alcohol.get(i)))).build());
    }
    PerpetratorReport r = PerpetratorReport.of(cohort);
    Rate drugsMain = r.needPrevalence(AssessmentPoint.MIDPOINT, NeedArea.DRUGS, NeedCounting.ANY_LEVEL);
    Rate drugsCost = r.needPrevalence(AssessmentPoint.MIDPOINT, NeedArea.DRUGS, NeedCounting.HIGH_LEVELS);
    Rate alcoholMain = r.needPrevalence(AssessmentPoint.MIDPOINT, NeedArea.ALCOHOL, NeedCounting.ANY_LEVEL);
    Rate alcoholCost = r.needPrevalence(AssessmentPoint.MIDPOINT, NeedArea.ALCOHOL, NeedCounting.HIGH_LEVELS);
    assertEquals(List.of(467L, 176L, 467L, 169L), List.of(drugsMain.denominator(), drugsCost.denominator(), alcoholMain.denominator(),
        alcoholCost.denominator()));
    assertEquals(List.of("17%", "28%", "28%", "34%"), List.of(percent(drugsMain, 0), percent(drugsCost, 0), percent(alcoholMain, 0),
        percent(alcoholCost, 0)));
    assertEquals(Rate.of(49, 176, 291, "don't know"), drugsCost);
  }

  /**
   * <i>Evaluation of the Drive Project</i> (University of Bristol, 2019), physical abuse as the case
   * managers recorded it: the probability of high at intake 45%, at the midpoint about 7%, at
   * closure about 3%, and of none 38%, about 87% and about 94% (the pooled ordered logit's adjusted
   * probabilities, the nearest the report comes to a prevalence table). A cohort of 1,000 is
   * generated at those shares, the rest of each point split evenly between standard and moderate;
   * the report gives back prevalence (1 less none) and the share at high, each point with its own
   * count, and its pairing of intake with closure finds the stopping the shares imply at least.
   */
  @Test
  void aCohortGeneratedAtTheEvaluationsPhysicalAbuseSharesGivesThemBack() {
    int[][] perThousand = {{380, 85, 85, 450}, {870, 30, 30, 70}, {940, 15, 15, 30}}; // none, standard, moderate, high
    List<List<Severity>> byPoint = new ArrayList<>();
    for (int[] shares : perThousand) {
      List<Severity> levels = new ArrayList<>();
      for (int level = 0; level < 4; level++) {
        for (int n = 0; n < shares[level]; n++) {
          levels.add(level == 0 ? null : Severity.values()[level - 1]);
        }
      }
      byPoint.add(levels); // in order of severity: a case keeps its rank from point to point
    }
    List<PerpetratorCase> cohort = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      PerpetratorCase.Builder b = referred("B" + i);
      for (AssessmentPoint point : AssessmentPoint.values()) {
        Severity level = byPoint.get(point.ordinal()).get(i);
        b.addBehaviour(cm(point, level == null ? AbuseProfile.none() : AbuseProfile.of(Map.of(AbuseType.PHYSICAL, level))));
      }
      cohort.add(b.build());
    }
    PerpetratorReport r = PerpetratorReport.of(cohort);
    BehaviourSource cm = BehaviourSource.CASE_MANAGER;
    assertEquals(List.of("62%", "13%", "6%"), List.of(percent(r.prevalence(cm, AssessmentPoint.INTAKE, AbuseType.PHYSICAL), 0),
        percent(r.prevalence(cm, AssessmentPoint.MIDPOINT, AbuseType.PHYSICAL), 0), percent(r.prevalence(cm, AssessmentPoint.CLOSURE,
        AbuseType.PHYSICAL), 0)));
    assertEquals(List.of("45%", "7%", "3%"), List.of(
        percent(r.atSeverity(cm, AssessmentPoint.INTAKE, AbuseType.PHYSICAL, Severity.HIGH), 0),
        percent(r.atSeverity(cm, AssessmentPoint.MIDPOINT, AbuseType.PHYSICAL, Severity.HIGH), 0),
        percent(r.atSeverity(cm, AssessmentPoint.CLOSURE, AbuseType.PHYSICAL, Severity.HIGH), 0)));
    assertEquals(1000, r.prevalence(cm, AssessmentPoint.MIDPOINT, AbuseType.PHYSICAL).denominator());
    // 620 had it at intake and 60 at closure: at least 560 stopped, and ranked cases stop exactly that many
    assertEquals(Rate.of(560, 620, 0, ""), r.stopped(cm, AbuseType.PHYSICAL, Exposure.ALL));
  }

  private static List<NeedLevel> spread(NeedLevel[] order, int... counts) {
    List<NeedLevel> levels = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      for (int n = 0; n < counts[i]; n++) {
        levels.add(order[i]);
      }
    }
    java.util.Collections.shuffle(levels, new java.util.Random(2019));
    return levels;
  }
}
