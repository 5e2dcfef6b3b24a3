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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguard.core.Safeguard;
import org.safeguard.core.perpetrator.PerpetratorCase;

/** The quickstart's perpetrator side: a case for each referred sample case, each worked to closure, and the section that counts them. */
class PerpetratorSideTest {
  private static final Safeguard SAFEGUARD = Safeguard.builder().build();

  @Test
  void eachCaseReferredToMaracHasAPerpetratorCaseLinkedToItWorkedToClosure() {
    List<SyntheticCase> sample = Fixtures.sample();
    List<ScreenedCase> screened = Quickstart.screen(SAFEGUARD, sample);
    List<String> referred = new ArrayList<>();
    for (ScreenedCase s : screened) {
      if (s.decision().referToMarac()) {
        referred.add(s.caseId());
      }
    }
    assertTrue(referred.size() > 3, "the sample refers several cases: " + referred);
    List<PerpetratorSide.Worked> worked = PerpetratorSide.work(SAFEGUARD, screened, SyntheticCases.SCREENING_DATE);
    List<PerpetratorCase> cases = worked.stream().map(PerpetratorSide.Worked::perpetratorCase).toList();
    List<String> linked = new ArrayList<>();
    for (PerpetratorCase c : cases) {
      linked.add(c.primaryVictim().victimCaseId());
      assertTrue(c.closed(), c.caseId());
      assertEquals(SyntheticCases.SCREENING_DATE, c.referredOn());
    }
    assertEquals(referred, linked);

    for (PerpetratorSide.Worked w : worked) {
      assertEquals(w.perpetratorCase().revision(), w.events().size(), "an event for every revision");
      assertEquals(w.perpetratorCase().revision(), w.events().get(w.events().size() - 1).revision());
      assertTrue(w.perpetratorCase().scoreAt(org.safeguard.core.perpetrator.AssessmentPoint.INTAKE, PerpetratorSide.DRIVE_DASH).isPresent());
      assertTrue(w.perpetratorCase().work().size() >= 5, "research, a disruption and case updates at least");
    }
    List<org.safeguard.core.casework.CaseFile> files = SampleCasework.work(SAFEGUARD, sample, screened).stream()
        .map(SampleCasework.Worked::file).toList();
    String section = PerpetratorSide.render(SAFEGUARD, worked, files);
    assertTrue(section.contains("the " + cases.size() + " linked victims' risk, as their IDVAs rated it: reduced in "), section);
    assertTrue(section.contains("Perpetrator side: " + cases.size() + " Drive-style perpetrator cases"), section);
    Matcher m = Pattern.compile("engaged (\\d+), partially engaged (\\d+), not engaged (\\d+), no contact made (\\d+)").matcher(section);
    assertTrue(m.find(), section);
    int sum = 0;
    for (int g = 1; g <= 4; g++) {
      sum += Integer.parseInt(m.group(g));
    }
    assertEquals(cases.size(), sum, "every case is counted once at closure");
    long contacted = cases.stream().filter(c -> c.contactMadeBy(c.closure().orElseThrow().on())).count();
    assertTrue(section.contains("contact made: " + contacted), section);
    assertEquals(cases.size() - contacted, Long.parseLong(m.group(4)), "no contact made at closure is every case where none was");
    org.safeguard.core.perpetrator.PerpetratorReport report = org.safeguard.core.perpetrator.PerpetratorReport.of(cases);
    assertTrue(section.contains("physical abuse, case manager's view: " + report.prevalence(
        org.safeguard.core.perpetrator.BehaviourSource.CASE_MANAGER, org.safeguard.core.perpetrator.AssessmentPoint.INTAKE,
        org.safeguard.core.outcome.AbuseType.PHYSICAL) + " at intake"), section);
    var dash = report.scores(org.safeguard.core.perpetrator.AssessmentPoint.INTAKE, PerpetratorSide.DRIVE_DASH);
    assertEquals(cases.size(), dash.valid() + dash.excluded(), "every case scored at intake");
    assertTrue(section.contains(dash.valid() + " valid, " + dash.excluded() + " excluded with 11 or more not known"), section);
    assertTrue(section.contains("work log: " + report.workEntries() + " entries"), section);
    assertTrue(section.contains("against a limit of 25"), section);
  }

  @Test
  void theSummaryShowsThePerpetratorSideBesideTheVictimSide(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    QuickstartRun run = QuickstartRun.of("--out", dir.resolve("summary.txt").toString(), "--exports", dir.resolve("exports").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Perpetrator side: "), run.out());
    assertTrue(run.out().indexOf("Perpetrator side: ") > run.out().indexOf("Cohort outcomes for the "), "after the victim side");
  }
}
