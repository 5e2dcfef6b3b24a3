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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.safeguard.core.outcome.AbuseProfile;
import org.safeguard.core.outcome.AbuseType;
import org.safeguard.core.outcome.Rate;
import org.safeguard.core.outcome.Severity;
import org.safeguard.model.Agency;

/**
 * The laws of the perpetrator outcome report over random cohorts: merging is the report of the
 * cases together, associative and commutative with the empty report as identity; whatever stopped
 * also de-escalated; the exposure groups add up to the whole; and a rate's counts with its missing
 * cases account for every case.
 */
class PerpetratorReportProperties {
  static List<PerpetratorCase> cohort(long seed, int size) {
    Random random = new Random(seed);
    List<PerpetratorCase> cases = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      PerpetratorCase.Builder b = PerpetratorReportTest.referred("R" + i);
      for (AssessmentPoint point : AssessmentPoint.values()) {
        for (BehaviourSource source : BehaviourSource.values()) {
          if (random.nextInt(4) > 0) {
            b.addBehaviour(new BehaviourRecord(point, PerpetratorReportTest.DAY.plusDays(point.ordinal() * 150L), source, profile(random)));
          }
        }
        if (random.nextInt(3) > 0) {
          Map<NeedArea, NeedLevel> levels = new EnumMap<>(NeedArea.class);
          for (NeedArea area : NeedArea.values()) {
            int pick = random.nextInt(NeedLevel.values().length + 1);
            if (pick < NeedLevel.values().length) {
              levels.put(area, NeedLevel.values()[pick]);
            }
          }
          b.addNeeds(new NeedsRecord(point, PerpetratorReportTest.DAY.plusDays(point.ordinal() * 150L), levels));
        }
      }
      for (AssessmentPoint point : AssessmentPoint.values()) {
        if (random.nextInt(3) > 0) {
          b.addScores(PerpetratorRecordsTest.driveDash(point, point.ordinal() * 150, random.nextInt(21), random.nextInt(4) > 0));
        }
      }
      for (int w = random.nextInt(6); w > 0; w--) {
        WorkKind kind = WorkKind.values()[random.nextInt(WorkKind.values().length)];
        Agency agency = Agency.values()[random.nextInt(Agency.values().length)];
        WorkMode mode = WorkMode.values()[random.nextInt(WorkMode.values().length)];
        b.addWork(kind == WorkKind.MULTI_AGENCY_WORK
            ? WorkEntry.multiAgency(PerpetratorReportTest.DAY, agency, mode, WorkObjective.values()[random.nextInt(3)])
            : WorkEntry.of(PerpetratorReportTest.DAY, kind, agency, mode));
      }
      cases.add(b.build());
    }
    return cases;
  }

  private static AbuseProfile profile(Random random) {
    Map<AbuseType, Severity> present = new EnumMap<>(AbuseType.class);
    Set<AbuseType> notRecorded = new HashSet<>();
    for (AbuseType type : AbuseType.values()) {
      int pick = random.nextInt(5);
      if (pick < 3) {
        present.put(type, Severity.values()[pick]);
      } else if (pick == 3 && random.nextBoolean()) {
        notRecorded.add(type);
      }
    }
    return AbuseProfile.of(present, notRecorded);
  }

  @Property(tries = 200)
  void mergingIsTheReportOfTheCasesTogether(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size,
      @ForAll @IntRange(min = 0, max = 40) int cut, @ForAll @IntRange(min = 0, max = 40) int cut2) {
    List<PerpetratorCase> cases = cohort(seed, size);
    int i = Math.min(cut, size);
    int j = Math.max(i, Math.min(cut2, size));
    PerpetratorReport a = PerpetratorReport.of(cases.subList(0, i));
    PerpetratorReport b = PerpetratorReport.of(cases.subList(i, j));
    PerpetratorReport c = PerpetratorReport.of(cases.subList(j, size));
    PerpetratorReport whole = PerpetratorReport.of(cases);
    assertEquals(whole, a.merge(b).merge(c));
    assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
    assertEquals(a.merge(b), b.merge(a));
    assertEquals(a, a.merge(PerpetratorReport.empty()));
    assertEquals(whole.hashCode(), c.merge(b).merge(a).hashCode());
  }

  @Property(tries = 200)
  void whatStoppedDeescalatedAndTheExposureGroupsAddUpToTheWhole(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int size) {
    PerpetratorReport r = PerpetratorReport.of(cohort(seed, size));
    for (BehaviourSource source : BehaviourSource.values()) {
      for (AbuseType type : AbuseType.values()) {
        Rate stopped = r.stopped(source, type, Exposure.ALL);
        Rate deescalated = r.deescalated(source, type, Exposure.ALL);
        assertEquals(stopped.denominator(), deescalated.denominator());
        assertTrue(stopped.numerator() <= deescalated.numerator(), "stopping is de-escalating");
        Rate with = r.stopped(source, type, Exposure.BEHAVIOUR_CHANGE_SESSION);
        Rate without = r.stopped(source, type, Exposure.NO_BEHAVIOUR_CHANGE_SESSION);
        assertEquals(stopped.numerator(), with.numerator() + without.numerator());
        assertEquals(stopped.denominator() + stopped.missing(), with.denominator() + with.missing() + without.denominator() + without.missing());
        long bySeverity = 0;
        for (Severity s : Severity.values()) {
          bySeverity += r.stoppedFrom(source, type, s).numerator();
        }
        assertEquals(stopped.numerator(), bySeverity);
        for (AssessmentPoint point : AssessmentPoint.values()) {
          Rate p = r.prevalence(source, point, type);
          assertEquals(r.cases(), p.denominator() + p.missing(), "every case counted or left out with a reason");
        }
      }
    }
    for (AssessmentPoint point : AssessmentPoint.values()) {
      for (NeedArea area : NeedArea.values()) {
        Rate any = r.needPrevalence(point, area, NeedCounting.ANY_LEVEL);
        Rate high = r.needPrevalence(point, area, NeedCounting.HIGH_LEVELS);
        assertEquals(r.cases(), any.denominator() + any.missing());
        assertEquals(r.cases(), high.denominator() + high.missing());
        assertTrue(high.numerator() <= any.numerator());
      }
    }
    long shares = 0;
    for (WorkKind kind : WorkKind.values()) {
      shares += r.workShare(kind).numerator();
    }
    assertEquals(r.workEntries(), shares);
  }
}
