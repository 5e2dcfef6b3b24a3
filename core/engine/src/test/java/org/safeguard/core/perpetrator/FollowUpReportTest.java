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
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.safeguard.core.outcome.Rate;
import org.safeguard.model.InvalidInputException;

/**
 * Follow-up after the Drive evaluation (University of Bristol, 2019): MARAC re-appearance and police
 * incidents in the windows before, during and after the work, each over the perpetrators whose data
 * cover it; the control window of 10.5 months from the first MARAC; serial and repeat perpetrators.
 */
class FollowUpReportTest {
  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** P1: a closed programme case, serial and repeat; P2: an open case with no police data; C1: a control. */
  static List<FollowUp> fixture() {
    PerpetratorCase p1Case = PerpetratorCase.builder().caseId("P1").revision(3)
        .addVictims(VictimLink.primary("V1", Relationship.EX_PARTNER, LivingArrangement.LIVING_APART, d("2025-12-20")))
        .addAllocations(new Allocation("cm-1", d("2026-01-01")))
        .closure(new PerpetratorClosure(d("2026-11-01"), ExitReason.COMPLETED)).build();
    PerpetratorHistory p1 = new PerpetratorHistory(
        List.of(new MaracAppearance(d("2025-12-20"), "V1"), new MaracAppearance(d("2026-03-01"), "V1"), new MaracAppearance(d("2027-02-01"), "V2")),
        Optional.of(new DataCoverage(d("2025-01-01"), d("2027-12-31"))),
        List.of(new PoliceIncident(d("2025-09-01"), true, true), new PoliceIncident(d("2026-05-01"), true, false),
            new PoliceIncident(d("2026-12-01"), false, true)),
        Optional.of(new DataCoverage(d("2025-06-01"), d("2027-06-01"))));
    FollowUp p2 = new FollowUp(d("2026-02-01"), d("2026-02-01"), Optional.empty(), Set.of("V-P2"),
        new PerpetratorHistory(List.of(), Optional.of(new DataCoverage(d("2025-01-01"), d("2027-12-31"))), List.of(), Optional.empty()));
    PerpetratorHistory c1 = new PerpetratorHistory(
        List.of(new MaracAppearance(d("2026-01-10"), "V9"), new MaracAppearance(d("2026-06-01"), "V9")),
        Optional.of(new DataCoverage(d("2025-01-01"), d("2026-12-31"))),
        List.of(), Optional.of(new DataCoverage(d("2026-01-01"), d("2027-12-31"))));
    return List.of(FollowUp.of(p1Case, p1), p2, FollowUp.control(d("2026-01-10"), c1, ProgrammeParameters.DRIVE));
  }

  private static void assertRate(long numerator, long denominator, long missing, String reason, Rate rate) {
    assertEquals(Rate.of(numerator, denominator, missing, reason), rate);
  }

  private static void assertRate(long numerator, long denominator, long missing, String reason, Rate rate, String why) {
    assertEquals(Rate.of(numerator, denominator, missing, reason), rate, why);
  }

  @Test
  void aProgrammeCaseRunsFromItsFirstAllocationToItsClosureAndAControlOverTheControlWindow() {
    List<FollowUp> f = fixture();
    assertEquals(d("2026-01-01"), f.get(0).start());
    assertEquals(Optional.of(d("2026-11-01")), f.get(0).end());
    assertEquals(Set.of("V1"), f.get(0).victimCaseIds());
    // 10.5 months: ten months and fifteen days from the first MARAC
    assertEquals(Optional.of(d("2026-11-25")), f.get(2).end());
  }

  @Test
  void eachWindowCountsOverThePerpetratorsWhoseDataCoverIt() {
    FollowUpReport r = FollowUpReport.of(fixture(), ProgrammeParameters.DRIVE);
    assertEquals(3, r.perpetrators());
    assertRate(2, 2, 1, "case open", r.maracReappearance(FollowUpWindow.DURING));
    assertEquals(2, r.maracAppearances(FollowUpWindow.DURING), "P1's and the control's: the control's first MARAC, which referred it, is left out");
    assertRate(1, 1, 2, "1 case open, 1 data do not cover the window", r.maracReappearance(FollowUpWindow.POST_6_MONTHS));
    assertRate(0, 3, 0, "", r.maracReappearance(FollowUpWindow.BEFORE_6_MONTHS), "P1's MARAC before its allocation is its referral");
    assertRate(0, 1, 2, "1 case open, 1 data do not cover the window", r.maracReappearance(FollowUpWindow.AFTER_12_MONTHS));
    assertRate(1, 2, 1, "no police data", r.policeIncidents(FollowUpWindow.DURING, IncidentClass.DOMESTIC_ABUSE));
    assertRate(0, 2, 1, "no police data", r.policeIncidents(FollowUpWindow.DURING, IncidentClass.DOMESTIC_ABUSE_CRIMED));
    assertRate(1, 1, 2, "1 no police data, 1 data do not cover the window",
        r.policeIncidents(FollowUpWindow.BEFORE_6_MONTHS, IncidentClass.DOMESTIC_ABUSE_CRIMED));
    assertRate(1, 2, 1, "no police data", r.policeIncidents(FollowUpWindow.POST_6_MONTHS, IncidentClass.OTHER_CRIMED));
    assertRate(0, 1, 2, "1 no police data, 1 data do not cover the window",
        r.policeIncidents(FollowUpWindow.POST_12_MONTHS, IncidentClass.DOMESTIC_ABUSE));
    assertEquals(1, r.incidents(FollowUpWindow.POST_6_MONTHS, IncidentClass.OTHER));
  }

  @Test
  void aSerialPerpetratorHasTwoVictimsAcrossTheLinksAndTheMaracAndARepeatOneTwoDomesticAbuseIncidents() {
    FollowUpReport r = FollowUpReport.of(fixture(), ProgrammeParameters.DRIVE);
    assertRate(1, 3, 0, "", r.serial());
    assertRate(1, 2, 1, "no police data", r.repeat());
    FollowUp p1 = fixture().get(0);
    assertTrue(p1.serial(ProgrammeParameters.DRIVE));
    ProgrammeParameters strict = new ProgrammeParameters(25, 6, java.time.Period.ofMonths(10).plusDays(15), 3, 3);
    assertFalse(p1.serial(strict), "two victims are not serial where serial takes three");
    assertFalse(p1.repeat(strict));
    FollowUp alone = new FollowUp(d("2026-01-01"), d("2026-01-01"), Optional.empty(), Set.of("V1", "V2"), PerpetratorHistory.none());
    assertTrue(alone.serial(ProgrammeParameters.DRIVE), "two linked victims are serial with no MARAC data");
    assertRate(0, 0, 1, "no MARAC data", FollowUpReport.of(List.of(new FollowUp(d("2026-01-01"), d("2026-01-01"), Optional.empty(), Set.of("V1"),
        PerpetratorHistory.none())), ProgrammeParameters.DRIVE).serial());
  }

  @Test
  void theWindowsMeetWithoutGapOrOverlapAtTheirBoundaryDays() {
    LocalDate start = d("2026-01-31");
    LocalDate end = d("2026-08-31");
    assertEquals(List.of(FollowUpWindow.BEFORE_6_MONTHS), windowsOf(d("2025-07-31"), start, end));
    assertEquals(List.of(), windowsOf(d("2025-07-30"), start, end));
    assertEquals(List.of(FollowUpWindow.BEFORE_6_MONTHS), windowsOf(d("2026-01-30"), start, end));
    assertEquals(List.of(FollowUpWindow.DURING), windowsOf(start, start, end));
    assertEquals(List.of(FollowUpWindow.DURING), windowsOf(end, start, end));
    assertEquals(List.of(FollowUpWindow.POST_6_MONTHS), windowsOf(d("2026-09-01"), start, end));
    assertEquals(List.of(FollowUpWindow.POST_6_MONTHS), windowsOf(d("2027-02-28"), start, end));
    assertEquals(List.of(FollowUpWindow.POST_12_MONTHS), windowsOf(d("2027-03-01"), start, end));
    assertEquals(List.of(FollowUpWindow.POST_12_MONTHS), windowsOf(d("2027-08-31"), start, end));
    assertEquals(List.of(FollowUpWindow.AFTER_12_MONTHS), windowsOf(d("2027-09-01"), start, end));
  }

  /** A window is covered by data that run over its own days, whatever they cover before it. */
  @Test
  void aWindowIsCoveredByDataOverItsOwnDays() {
    LocalDate start = d("2026-01-31");
    LocalDate end = d("2026-08-31");
    DataCoverage afterSix = new DataCoverage(d("2027-03-01"), d("2027-08-31"));
    assertTrue(FollowUpWindow.POST_12_MONTHS.coveredBy(afterSix, start, end));
    assertFalse(FollowUpWindow.POST_6_MONTHS.coveredBy(afterSix, start, end));
    assertFalse(FollowUpWindow.POST_12_MONTHS.coveredBy(new DataCoverage(d("2027-03-02"), d("2027-08-31")), start, end));
    assertFalse(FollowUpWindow.POST_12_MONTHS.coveredBy(new DataCoverage(d("2027-03-01"), d("2027-08-30")), start, end));
    assertTrue(FollowUpWindow.AFTER_12_MONTHS.coveredBy(new DataCoverage(d("2027-09-01"), d("2027-09-01")), start, end));
    assertFalse(FollowUpWindow.AFTER_12_MONTHS.coveredBy(new DataCoverage(d("2026-01-01"), d("2027-08-31")), start, end));
    assertTrue(FollowUpWindow.DURING.coveredBy(new DataCoverage(start, end), start, end));
    assertFalse(FollowUpWindow.DURING.coveredBy(new DataCoverage(start.plusDays(1), end), start, end));
    assertTrue(FollowUpWindow.BEFORE_6_MONTHS.coveredBy(new DataCoverage(d("2025-07-31"), d("2026-01-30")), start, end));
    assertFalse(FollowUpWindow.BEFORE_6_MONTHS.coveredBy(new DataCoverage(d("2025-07-31"), d("2026-01-29")), start, end));
  }

  /** Only the one appearance that referred the perpetrator is left out; another that day is counted. */
  @Test
  void theReferringMaracIsNoReappearanceButAnotherThatDayIs() {
    LocalDate day = d("2026-03-02");
    PerpetratorHistory twice = new PerpetratorHistory(List.of(new MaracAppearance(day, "V1"), new MaracAppearance(day, "V2")),
        Optional.of(new DataCoverage(d("2025-01-01"), d("2028-01-01"))), List.of(), Optional.empty());
    FollowUpReport r = FollowUpReport.of(List.of(FollowUp.control(day, twice, ProgrammeParameters.DRIVE)), ProgrammeParameters.DRIVE);
    assertEquals(1, r.maracAppearances(FollowUpWindow.DURING));
    assertRate(1, 1, 0, "", r.serial(), "two victims at one MARAC");
  }

  private static List<FollowUpWindow> windowsOf(LocalDate day, LocalDate start, LocalDate end) {
    List<FollowUpWindow> in = new ArrayList<>();
    for (FollowUpWindow w : FollowUpWindow.values()) {
      if (w.contains(day, start, end)) {
        in.add(w);
      }
    }
    return in;
  }

  @Test
  void historyOutsideItsCoverageIsRefusedNotCounted() {
    InvalidInputException outside = assertThrows(InvalidInputException.class, () -> new PerpetratorHistory(
        List.of(new MaracAppearance(d("2024-01-01"), "V1")), Optional.of(new DataCoverage(d("2025-01-01"), d("2026-01-01"))),
        List.of(), Optional.empty()));
    assertEquals("marac.on", outside.field());
    assertEquals("incidents.on", assertThrows(InvalidInputException.class, () -> new PerpetratorHistory(List.of(), Optional.empty(),
        List.of(new PoliceIncident(d("2025-03-01"), true, false)), Optional.empty())).field());
    assertThrows(InvalidInputException.class, () -> new DataCoverage(d("2026-01-02"), d("2026-01-01")));
    assertThrows(InvalidInputException.class, () -> new FollowUp(d("2026-01-02"), d("2026-01-02"), Optional.of(d("2026-01-01")), Set.of(),
        PerpetratorHistory.none()));
    assertEquals("start", assertThrows(InvalidInputException.class, () -> new FollowUp(d("2026-01-02"), d("2026-01-01"), Optional.empty(),
        Set.of(), PerpetratorHistory.none())).field());
  }

  @Test
  void reportsUnderDifferentDefinitionsDoNotMerge() {
    FollowUpReport drive = FollowUpReport.of(fixture(), ProgrammeParameters.DRIVE);
    FollowUpReport other = FollowUpReport.empty(new ProgrammeParameters(25, 6, java.time.Period.ofMonths(10), 3, 2));
    assertEquals("other", assertThrows(InvalidInputException.class, () -> drive.merge(other)).field());
    assertEquals(drive, drive.merge(FollowUpReport.empty(ProgrammeParameters.DRIVE)));
  }

  @Property(tries = 200)
  void mergingIsTheReportOfThePerpetratorsTogether(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int size,
      @ForAll @IntRange(min = 0, max = 30) int cut) {
    List<FollowUp> all = cohort(seed, size);
    int i = Math.min(cut, size);
    FollowUpReport whole = FollowUpReport.of(all, ProgrammeParameters.DRIVE);
    FollowUpReport a = FollowUpReport.of(all.subList(0, i), ProgrammeParameters.DRIVE);
    FollowUpReport b = FollowUpReport.of(all.subList(i, size), ProgrammeParameters.DRIVE);
    assertEquals(whole, a.merge(b));
    assertEquals(whole, b.merge(a));
    for (FollowUpWindow w : FollowUpWindow.values()) {
      Rate marac = whole.maracReappearance(w);
      assertEquals(whole.perpetrators(), marac.denominator() + marac.missing(), "every perpetrator counted or left out with a reason");
      for (IncidentClass c : IncidentClass.values()) {
        Rate police = whole.policeIncidents(w, c);
        assertEquals(whole.perpetrators(), police.denominator() + police.missing());
      }
      assertTrue(whole.policeIncidents(w, IncidentClass.DOMESTIC_ABUSE_CRIMED).numerator()
          <= whole.policeIncidents(w, IncidentClass.DOMESTIC_ABUSE).numerator());
    }
  }

  static List<FollowUp> cohort(long seed, int size) {
    Random random = new Random(seed);
    List<FollowUp> all = new ArrayList<>();
    LocalDate base = d("2026-01-01");
    for (int n = 0; n < size; n++) {
      LocalDate start = base.plusDays(random.nextInt(200));
      Optional<LocalDate> end = random.nextInt(4) == 0 ? Optional.empty() : Optional.of(start.plusDays(200 + random.nextInt(200)));
      Optional<DataCoverage> marac = random.nextInt(4) == 0 ? Optional.empty()
          : Optional.of(new DataCoverage(start.minusDays(random.nextInt(400)), start.plusDays(random.nextInt(1200))));
      Optional<DataCoverage> police = random.nextInt(4) == 0 ? Optional.empty()
          : Optional.of(new DataCoverage(start.minusDays(random.nextInt(400)), start.plusDays(random.nextInt(1200))));
      List<MaracAppearance> appearances = new ArrayList<>();
      List<PoliceIncident> incidents = new ArrayList<>();
      for (int k = random.nextInt(5); k > 0 && marac.isPresent(); k--) {
        DataCoverage c = marac.get();
        appearances.add(new MaracAppearance(c.from().plusDays(random.nextInt((int) (c.until().toEpochDay() - c.from().toEpochDay()) + 1)),
            "V" + random.nextInt(3)));
      }
      for (int k = random.nextInt(8); k > 0 && police.isPresent(); k--) {
        DataCoverage c = police.get();
        incidents.add(new PoliceIncident(c.from().plusDays(random.nextInt((int) (c.until().toEpochDay() - c.from().toEpochDay()) + 1)),
            random.nextBoolean(), random.nextBoolean()));
      }
      all.add(new FollowUp(start.minusDays(random.nextInt(10)), start, end, Set.of("V" + random.nextInt(3)),
          new PerpetratorHistory(appearances, marac, incidents, police)));
    }
    return all;
  }
}
